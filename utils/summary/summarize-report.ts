import { summarize } from './summarize';
import type { Report, Summary } from '../report';
import type { SummaryLength } from '../extension/site-settings';

/** The summary stage on a Report's own data: the pipeline (CLI) and the side panel both call this. */
export function summarizeReport(report: Report, length?: SummaryLength): Summary | null {
  if (!report.isArticle && report.blocks.length === 0) return null;
  return summarize(
    { title: report.title, lang: report.lang, blocks: report.blocks, entityNames: report.entities.map((e) => e.name) },
    { length },
  );
}
