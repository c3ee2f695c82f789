/**
 * `npm run bench`: Lede in real Chromium, with budgets to read (it reports; it never fails on a number).
 *  1. in-page pass (no extension): per page, Lede's stages vs Readability.parse, mark.js and a TreeWalker
 *     floor, in the same load (cli/bench/in-page.ts, bundled with esbuild and injected after load);
 *  2. with/without-extension pass: long tasks the content script adds, and the JS heap it adds on the
 *     largest page (built extension, cli/chromium-lede.ts);
 *  3. bundle sizes of the built extension, and the recogniser micro-benchmark (cli/bench-recognizer.ts).
 * Writes bench-results/bench-<timestamp>.json, latest.json and latest.md (latest-filtered.* for a --filter run).
 * Options: see cli/bench/options.ts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, launchLede, tabIdOf } from './chromium-lede';
import { bundleInPage, PROJECT_ROOT } from './bench/bundle';
import { corpusPages } from './bench/corpus';
import { servePages, plainUrl } from './bench/serve';
import { launchPlain } from './bench/browser';
import { runInPage } from './bench/run-in-page';
import { runLongTasks, type LongTaskRow } from './bench/run-longtasks';
import { measureHeap, type HeapResult } from './bench/heap';
import { bundleSizes } from './bench/sizes';
import { pageRow, summarize } from './bench/report';
import { PAGE_HEADERS, pageCells, summaryText, table, type Meta } from './bench/format';
import { parseOptions } from './bench/options';

const OUT = join(PROJECT_ROOT, 'bench-results');
const RECOGNIZER_JSON = join(OUT, 'recognizer.json');

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  const opts = parseOptions(process.argv.slice(2));
  const started = Date.now();
  const log = (line: string) => {
    if (!opts.quiet) console.log(line);
  };
  mkdirSync(OUT, { recursive: true });

  if (opts.recognizer === 'always' || (opts.recognizer === 'auto' && !existsSync(RECOGNIZER_JSON))) {
    log('recogniser micro-benchmark: npx tsx cli/bench-recognizer.ts');
    spawnSync('npx', ['tsx', join('cli', 'bench-recognizer.ts')], { cwd: PROJECT_ROOT, stdio: opts.quiet ? 'ignore' : 'inherit' });
  }

  const harness = await bundleInPage();
  if (harness.wxtImporters.length) console.warn(`in-page harness imports wxt through: ${harness.wxtImporters.join(', ')}`);
  const pages = corpusPages(opts.filter);
  if (pages.length === 0) throw new Error(`no page matches --filter ${opts.filter}`);
  const server = await servePages(pages);
  const blocked: string[] = [];
  const plain = await launchPlain(server, blocked);
  const chromium = plain.browser()?.version() ?? 'Chromium';

  let longRows: LongTaskRow[] = [];
  let heap: HeapResult | null = null;
  try {
    log(`in-page pass: ${pages.length} pages × (1 warm-up + ${opts.reps} repetitions), no extension`);
    const inPage = await runInPage(plain, server, pages, harness.code, opts.reps, log);

    if (opts.extension) {
      log(`with/without-extension pass: ${pages.length} pages × ${opts.loads} load(s) each`);
      const lede = await launchLede(server);
      try {
        longRows = await runLongTasks(lede, plain, pages, opts.loads, log);
        const largest = [...pages].sort((a, b) => b.html.length - a.html.length)[0];
        if (opts.heapLoads > 0) {
          log(`heap: ${largest.name} (${largest.kb} KB) × ${opts.heapLoads} loads with and without the extension`);
          heap = await measureHeap(lede, plain, largest.name, plainUrl(server, largest), opts.heapLoads, (p: Page) => tabIdOf(lede, p));
        }
        if (lede.violations.length) log(`requests blocked (extension context): ${lede.violations.length}`);
      } finally {
        await lede.close();
      }
    }

    const byName = new Map(longRows.map((r) => [r.name, r]));
    const rows = inPage.map((r) => pageRow(r, byName.get(r.name) ?? null));
    const sizes = existsSync(EXTENSION_DIR) ? bundleSizes(EXTENSION_DIR) : null;
    const summary = summarize(rows, sizes, heap);
    const recognizer = readJson(RECOGNIZER_JSON);
    const date = new Date().toISOString();
    const meta: Meta = {
      date, chromium, reps: opts.reps, loads: opts.loads, crossOriginIsolated: inPage.every((r) => r.error || r.crossOriginIsolated),
      harnessKB: Math.round(harness.bytes / 102.4) / 10, wxtImporters: harness.wxtImporters, durationS: (Date.now() - started) / 1000,
    };

    const text = [table(PAGE_HEADERS, rows.map(pageCells)), summaryText(summary, meta, recognizer)].join('\n\n');
    console.log(`\n${text}\n`);
    const md = [
      summaryText(summary, meta, recognizer, true),
      '### Per page (ms)',
      'Columns: Lede stages run in the page on one thread (asm = report assembly), total = detect+extract+promos+entities+asm+highlight, ' +
        'total+sum adds the side panel summary; Rd.parse = Readability.parse() on a clone; mark.js = the same terms over the same ' +
        'article root; floor = TreeWalker over its text nodes; LT = max long task with / without the extension and the difference ' +
        '(≥DCL: tasks started at or after DOMContentLoaded only); ext total / ext longest = the shipped content script\'s own Report timings ' +
        'in that load (all its slices on the page\'s thread: stages, serialising and sending the page, applying the changes; and the longest slice). ' +
        'Highlight ratios only count pages with at least one mention.',
      `<details><summary>${rows.length} pages</summary>\n\n${table(PAGE_HEADERS, rows.map(pageCells), true)}\n\n</details>`,
    ].join('\n\n');
    const json = JSON.stringify({ meta, options: opts, summary, recognizer, blockedRequests: blocked.length, pages: rows }, null, 1);
    const stamp = date.replace(/[:.]/g, '-');
    writeFileSync(join(OUT, `bench-${stamp}.json`), json + '\n');
    // A --filter run is a partial picture: it never replaces the full run's latest.json / latest.md.
    const latest = opts.filter ? 'latest-filtered' : 'latest';
    writeFileSync(join(OUT, `${latest}.json`), json + '\n');
    writeFileSync(join(OUT, `${latest}.md`), md + '\n');
    log(`wrote bench-results/bench-${stamp}.json, ${latest}.json, ${latest}.md (${meta.durationS.toFixed(0)} s)`);
  } finally {
    await plain.close();
    await server.stop();
  }
}

main().catch((e: unknown) => {
  console.error('bench:', e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
