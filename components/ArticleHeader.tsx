import type { DetectionSignal, Report } from '@/utils/report';
import { DetectionReasons } from './DetectionReasons';

interface Props {
  report: Report;
  labels: { detected: string; notDetected: string; minutes: string; signals: string; language: string; signal: (s: DetectionSignal) => string };
}

function formatDate(iso: string | null, lang: string): string | null {
  if (!iso) return null;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }).format(d);
}

/** Title, site, byline, date, language, reading time and the detection verdict with its signals. */
export function ArticleHeader({ report, labels }: Props) {
  const uiLang = typeof navigator !== 'undefined' ? navigator.language : 'en';
  const date = formatDate(report.publishedTime, uiLang);
  return (
    <header class="article-header">
      <p class={`verdict ${report.isArticle ? 'yes' : 'no'}`} data-testid="verdict">
        {report.isArticle ? labels.detected : labels.notDetected}
        <span class="confidence"> · {Math.round(report.detection.confidence * 100)}%</span>
      </p>
      <h1 data-testid="title" lang={report.lang ?? undefined}>{report.title}</h1>
      <p class="meta">
        {[report.siteName, report.byline, date].filter(Boolean).join(' · ')}
      </p>
      <p class="meta">
        {report.lang && <span>{labels.language}: {report.lang}</span>}
        {report.readingMinutes > 0 && <span> · {labels.minutes}</span>}
      </p>
      <DetectionReasons signals={report.detection.signals} word={labels.signal} title={labels.signals} />
    </header>
  );
}
