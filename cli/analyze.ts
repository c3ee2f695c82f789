import { analyzePage } from '../utils/pipeline/local';
import { summarizeReport } from '../utils/summary/summarize-report';
import type { Report, ReportError } from '../utils/report';
import { pageFiles, loadPage, closePage, nextTurn, isStyleError, pageUrl, francGuesser } from './page-reader';
import { formatReport } from './format-report';

/**
 * `npm run -s analyze -- PATH... [--json] [--force]`
 * Runs Lede's pipeline on saved pages and prints one Report per page: JSON Lines with --json, else a
 * readable summary. A page that cannot be read prints {"path","error"} and the run goes on; the exit
 * status is the number of pages that failed (capped at 100). A page whose CSS jsdom cannot parse is read
 * again without its styles (a note on stderr says so).
 * Memory stays flat however many pages: one page's window is open at a time, and closed before the next.
 */

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function analyzeFile(path: string, force: boolean): Report {
  const read = (styles: boolean): Report => {
    const doc = loadPage(path, undefined, { styles });
    try {
      return analyzePage(doc, { url: pageUrl(doc) ?? doc.URL, force, guessLang: francGuesser, summarize: summarizeReport }).report;
    } finally {
      closePage(doc);
    }
  };
  try {
    return read(true);
  } catch (e) {
    if (!isStyleError(e)) throw e;
    process.stderr.write(`${path}: read without its styles (jsdom's CSS parser: ${errorText(e)})\n`);
    return read(false);
  }
}

async function main(argv: string[]): Promise<number> {
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
      const report: Report & { path?: string } = analyzeFile(path, force);
      line = json ? JSON.stringify({ path, ...report }) : formatReport(path, report);
    } catch (e) {
      failed++;
      const err: ReportError = { path, error: errorText(e) };
      line = json ? JSON.stringify(err) : `${path}\n  error: ${err.error}\n`;
      // With --json stdout usually goes to a file: say it where the reader is looking too.
      if (json) process.stderr.write(`${path}: error: ${err.error}\n`);
    }
    // Waits for stdout to take the line (a slow pipe must not pile lines up in memory), and lets the
    // closed window's teardown run before the next page.
    if (!process.stdout.write(line + '\n')) await new Promise((resolve) => process.stdout.once('drain', resolve));
    await nextTurn();
  }
  return Math.min(failed, 100);
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
