import { fork } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { PageRequest, PageResult } from './eval/page-worker';
import { PUBLISHED, REALWORLD, realworldPages, type RealworldPage } from './eval/realworld';
import { addCounts, scores, type Counts } from './eval/score';

/**
 * `npm run eval:extraction -- [--filter substring] [--verbose] [--jobs N] [--root DIR] [--out FILE]`
 * Lede's Report text on every page of ../shared/corpus/realworld/, scored by the set's rule (cli/eval/score.ts),
 * beside the published figures of other extractors. --out writes every page's result as JSON. A benchmark, not a test: it prints, it does not judge.
 */

const USAGE = 'npm run eval:extraction -- [--filter substring] [--verbose] [--jobs N] [--root DIR] [--out FILE]';

interface EvalOptions {
  filter?: string;
  verbose: boolean;
  jobs: number;
  root: string;
  out?: string;
}

function parseArgs(argv: string[]): EvalOptions {
  const o: EvalOptions = { verbose: false, jobs: Math.min(2, availableParallelism()), root: REALWORLD };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--verbose') o.verbose = true;
    else if (a === '--filter') o.filter = argv[++i];
    else if (a === '--root') o.root = argv[++i];
    else if (a === '--out') o.out = argv[++i];
    else if (a === '--jobs' && Number(argv[i + 1]) >= 1) o.jobs = Number(argv[++i]);
    else throw new Error(`unknown option ${a}\n${USAGE}`);
  }
  return o;
}

/** Pages spread over `jobs` worker processes (jsdom is single-threaded; each process keeps its own heap). */
function runAll(pages: RealworldPage[], root: string, jobs: number, onResult: (r: PageResult, done: number) => void): Promise<PageResult[]> {
  const worker = fileURLToPath(new URL('./eval/page-worker.ts', import.meta.url));
  const results: PageResult[] = new Array(pages.length);
  let next = 0;
  let done = 0;
  return new Promise((resolve, reject) => {
    const workers = Array.from({ length: Math.min(jobs, pages.length) }, () => fork(worker, [], { execArgv: ['--import', 'tsx'] }));
    if (workers.length === 0) resolve([]);
    for (const w of workers) {
      let current = -1;
      const send = () => {
        if (next >= pages.length) return void w.kill();
        current = next++;
        w.send({ root, page: pages[current] } satisfies PageRequest);
      };
      w.on('message', (r: PageResult) => {
        results[current] = r;
        onResult(r, ++done);
        if (done === pages.length) resolve(results);
        send();
      });
      w.on('exit', (code) => {
        if (code && next <= pages.length && done < pages.length) reject(new Error(`worker exited with ${code} on ${pages[current]?.page}`));
      });
      send();
    }
  });
}

const f3 = (x: number) => x.toFixed(3);

function table(total: Counts): string {
  const s = scores(total);
  const rows = [
    '| extractor | precision | recall | accuracy | F |',
    '|---|---|---|---|---|',
    `| **Lede** (Report text) | ${f3(s.precision)} | ${f3(s.recall)} | ${f3(s.accuracy)} | ${f3(s.f)} |`,
    ...PUBLISHED.map((p) => `| ${p.name} (published) | ${f3(p.precision)} | ${f3(p.recall)} | – | ${f3(p.f)} |`),
  ];
  return rows.join('\n');
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  const pages = realworldPages(o.root).filter((p) => !o.filter || p.page.includes(o.filter) || p.url.includes(o.filter));
  const t0 = performance.now();
  const tty = process.stderr.isTTY;
  const results = await runAll(pages, o.root, o.jobs, (r, done) => {
    if (tty || done % 50 === 0 || done === pages.length) process.stderr.write(`${tty ? '\r' : ''}${done}/${pages.length} pages${tty ? '' : '\n'}`);
    if (o.verbose && (r.missed.length || r.leaked.length || r.error)) {
      const lines = [`${tty ? '\n' : ''}${r.page}${r.isArticle ? '' : ' (not taken for an article)'}`];
      if (r.error) lines.push(`  error:  ${r.error}`);
      for (const m of r.missed) lines.push(`  missed: ${m}`);
      for (const l of r.leaked) lines.push(`  leaked: ${l}`);
      process.stdout.write(lines.join('\n') + '\n');
    }
  });
  if (tty) process.stderr.write('\n');
  const total = results.reduce<Counts>((acc, r) => addCounts(acc, r), { tp: 0, fn: 0, fp: 0, tn: 0 });
  const errors = results.filter((r) => r.error);
  const articles = results.filter((r) => r.isArticle).length;
  process.stdout.write(`\n${table(total)}\n\n`);
  process.stdout.write(`${pages.length} pages, ${total.tp + total.fn} text and ${total.fp + total.tn} boilerplate segments: tp ${total.tp}, fn ${total.fn}, fp ${total.fp}, tn ${total.tn}\n`);
  process.stdout.write(`taken for articles: ${articles} of ${pages.length}; errors: ${errors.length}; ${((performance.now() - t0) / 1000).toFixed(0)} s with ${o.jobs} processes\n`);
  for (const e of errors) process.stdout.write(`  error: ${e.page}: ${e.error}\n`);
  if (o.out) writeFileSync(o.out, JSON.stringify(results, null, 1));
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
