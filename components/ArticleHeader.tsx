import type { ComponentChildren } from 'preact';
import type { Report } from '@/utils/report';

interface Props {
  report: Report;
  /** The article's date, its language's name and its reading time, already in the reader's language. */
  labels: { date: string | null; language: string | null; minutes: string | null };
  /** "Why": how Lede knows this is an article, closed by default. */
  children?: ComponentChildren;
}

/** What the article is: its headline (in the page's language), source, byline, date, reading time, language. */
export function ArticleHeader({ report, labels, children }: Props) {
  const meta = [report.siteName, report.byline, labels.date, labels.minutes, labels.language].filter(Boolean);
  return (
    <header class="article-header">
      <h1 data-testid="title" lang={report.lang ?? undefined}>{report.title}</h1>
      {meta.length > 0 && <p class="meta" data-testid="article-meta">{meta.join(' · ')}</p>}
      {children}
    </header>
  );
}
