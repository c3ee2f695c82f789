import type { Report } from '../report';

/** What the toolbar badge says for a tab: the number of companies found on an article, else nothing. */
export function badgeFor(report: Report | null): { text: string; title: string | null } {
  if (!report || !report.isArticle) return { text: '', title: null };
  const companies = report.entities.filter((e) => e.kind === 'company').length;
  return { text: companies > 0 ? String(companies > 99 ? '99+' : companies) : '✓', title: report.title };
}
