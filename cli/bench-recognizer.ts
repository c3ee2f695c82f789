/**
 * Recogniser micro-benchmark: throughput (MB/s of block text) and per-article latency (p50/p95) over the
 * readability corpus + the seed page, with the gazetteer at full size and at 10× (synthetic names added).
 * Run: npx tsx cli/bench-recognizer.ts. Prints a table; writes bench-results/recognizer.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHtml, readabilityCorpus, ROOT, seed } from '../test/helpers/dom';
import { extractArticle } from '../utils/article/extract';
import { createRecognizer } from '../utils/entities/recognize';
import { compileGazetteer, defaultRawEntries, type RawEntry } from '../utils/entities/gazetteer';
import { COMPANIES } from '../utils/entities/data/companies';
import { CRYPTOS } from '../utils/entities/data/cryptos';

interface Doc {
  name: string;
  blocks: { text: string }[];
  lang: string | null;
  bytes: number;
}

const num = (x: number, d = 2): number => (Number.isFinite(x) ? Math.round(x * 10 ** d) / 10 ** d : 0);
const pct = (xs: number[], p: number): number => {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

function loadDocs(): Doc[] {
  const docs: Doc[] = [];
  const add = (name: string, doc: Document): void => {
    try {
      const a = extractArticle(doc);
      if (!a) return;
      const blocks = a.blocks.map((b) => ({ text: b.text }));
      docs.push({ name, blocks, lang: a.lang, bytes: Buffer.byteLength(blocks.map((b) => b.text).join('\n')) });
    } catch {
      // A page that cannot be read is left out of the benchmark.
    }
  };
  add('seed', seed().doc);
  for (const p of readabilityCorpus()) add(p.name, parseHtml(p.html));
  return docs;
}

/** Synthetic companies: made-up names of 1–4 words, shaped like real ones. */
function synthetic(n: number): RawEntry[] {
  const syll = ['zor', 'blax', 'quin', 'tar', 'vel', 'mor', 'dex', 'ly', 'nov', 'ara', 'kim', 'sol', 'tri', 'pex', 'ion', 'gra'];
  const tails = ['Holdings', 'Systems', 'Technologies', 'Group', 'Industries', 'Labs', 'Energy', 'Capital'];
  let seedN = 12345;
  const rnd = (k: number): number => ((seedN = (seedN * 1103515245 + 12345) & 0x7fffffff) >>> 16) % k;
  const out: RawEntry[] = [];
  for (let i = 0; i < n; i++) {
    const word = (): string => {
      const w = Array.from({ length: 2 + rnd(2) }, () => syll[rnd(syll.length)]).join('');
      return w[0].toUpperCase() + w.slice(1);
    };
    const words = Array.from({ length: 1 + rnd(2) }, word);
    const name = `${words.join(' ')} ${tails[rnd(tails.length)]} Inc.`;
    out.push({ kind: 'company', names: [name], ambiguous: new Set(), tickers: [{ ticker: `X${i.toString(36).toUpperCase()}`, exchange: 'NYSE' }], flags: '', facts: { country: 'US' } });
  }
  return out;
}

interface Setup {
  label: string;
  entries: number;
  buildMs: number;
  recognize: ReturnType<typeof createRecognizer>;
  lat: number[];
  secs: number;
  bytes: number;
  entities: number;
}

function setup(label: string, raw: RawEntry[], docs: Doc[]): Setup {
  const t0 = performance.now();
  const gz = compileGazetteer(raw);
  const buildMs = performance.now() - t0;
  const recognize = createRecognizer(gz);
  let entities = 0;
  for (const d of docs) entities += recognize(d.blocks, d.lang).length; // warm-up
  return { label, entries: gz.entries.length, buildMs, recognize, lat: [], secs: 0, bytes: 0, entities };
}

/** One timed pass over every article. */
function pass(s: Setup, docs: Doc[]): void {
  const t1 = performance.now();
  for (const d of docs) {
    const t = performance.now();
    s.recognize(d.blocks, d.lang);
    s.lat.push(performance.now() - t);
    s.bytes += d.bytes;
  }
  s.secs += (performance.now() - t1) / 1000;
}

/**
 * The gazetteers take turns, pass by pass (A B A B …), so that neither is favoured by running later, on
 * code the JIT has optimised further, or earlier, on a quieter machine.
 */
function run(setups: Setup[], docs: Doc[], rounds = 6): Record<string, number | string>[] {
  for (let r = 0; r < rounds; r++) for (const s of r % 2 ? [...setups].reverse() : setups) pass(s, docs);
  return setups.map((s) => ({
    gazetteer: s.label, entries: s.entries, buildMs: num(s.buildMs, 1), mbPerSec: num(s.bytes / 1e6 / (s.secs || 1e-9)),
    p50ms: num(pct(s.lat, 50), 3), p95ms: num(pct(s.lat, 95), 3), entities: s.entities,
  }));
}

function main(): void {
  const docs = loadDocs();
  const base = defaultRawEntries();
  const rows = run([setup('1×', base, docs), setup('10×', [...base, ...synthetic(base.length * 9)], docs)], docs);
  const dataGzipKb = num(gzipSync(COMPANIES + CRYPTOS).length / 1024, 1);
  const totalMb = num(docs.reduce((n, d) => n + d.bytes, 0) / 1e6, 3);
  const cols = ['gazetteer', 'entries', 'buildMs', 'mbPerSec', 'p50ms', 'p95ms', 'entities'] as const;
  console.log(`articles: ${docs.length}, text: ${totalMb} MB, gazetteer data: ${dataGzipKb} KB gzip`);
  console.log(cols.map((c) => c.padStart(10)).join(''));
  for (const r of rows) console.log(cols.map((c) => String(r[c]).padStart(10)).join(''));
  const out = join(ROOT, 'bench-results');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'recognizer.json'), JSON.stringify({ date: new Date().toISOString(), articles: docs.length, textMB: totalMb, dataGzipKB: dataGzipKb, rows }, null, 2) + '\n');
}

try {
  main();
} catch (e) {
  console.error('bench-recognizer:', e instanceof Error ? e.message : e);
}
