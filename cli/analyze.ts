import { analyzePage } from '../utils/analyze-page';
import { summarizeReport } from '../utils/summarize-report';
import type { Report, ReportError } from '../utils/report';
import { pageFiles, loadPage, pageUrl, francGuesser } from './page-reader';
import { formatReport } from './format-report';

/**
 * `npm run -s analyze -- PATH... [--json] [--force]`
 * Runs Lede's pipeline on saved pages and prints one Report per page: JSON Lines with --json, else a
 * readable summary. A page that cannot be read prints {"path","error"}; the exit status is the number of
 * pages that failed (capped at 100).
 */

function main(argv: string[]): number {
  const json = argv.includes('--json');
  const force = argv.includes('--force');
  const paths = argv.filter((a) => !a.startsWith('--'));
  if (paths.length === 0) {
    process.stderr.write('usage: npm run -s analyze -- PATH... [--json] [--force]\n  PATH: saved HTML pages, or folders of them\n');
    return 2;
  }
  let failed = 0;
  for (const path of pageFiles(paths)) {
    let line: string;
    try {
      const doc = loadPage(path);
      const report: Report & { path?: string } = analyzePage(doc, { url: pageUrl(doc) ?? doc.URL, force, guessLang: francGuesser, summarize: summarizeReport }).report;
      line = json ? JSON.stringify({ path, ...report }) : formatReport(path, report);
    } catch (e) {
      failed++;
      const err: ReportError = { path, error: e instanceof Error ? e.message : String(e) };
      line = json ? JSON.stringify(err) : `${path}\n  error: ${err.error}\n`;
    }
    process.stdout.write(line + '\n');
  }
  return Math.min(failed, 100);
}

process.exitCode = main(process.argv.slice(2));
