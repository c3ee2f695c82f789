/** Tables for the terminal and Markdown (README) from the benchmark's rows and summary. Pure. */
import { LARGE_PARSE_MS, RATIO_KEYS, RATIOS, type Dist, type PageRow, type Summary } from './report';
import { STAGES } from './types';

export type Cell = string | number | null | undefined;

/** Milliseconds: more decimals for small values, '–' for none. */
export function ms(x: number | null | undefined): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '–';
  const a = Math.abs(x);
  return a < 1 ? x.toFixed(3) : a < 10 ? x.toFixed(2) : a < 100 ? x.toFixed(1) : x.toFixed(0);
}

export function times(x: number | null | undefined): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '–';
  return x < 10 ? `${x.toFixed(2)}×` : x < 100 ? `${x.toFixed(1)}×` : `${x.toFixed(0)}×`;
}

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/** A table: aligned text (first column left, others right) or a Markdown pipe table. */
export function table(headers: string[], rows: Cell[][], markdown = false): string {
  const str = rows.map((r) => r.map((c) => (c === null || c === undefined ? '–' : String(c))));
  if (markdown) {
    const esc = (s: string) => s.replace(/\|/g, '\\|');
    return [
      `| ${headers.map(esc).join(' | ')} |`,
      `|${headers.map((_, i) => (i === 0 ? ':--' : '--:')).join('|')}|`,
      ...str.map((r) => `| ${r.map(esc).join(' | ')} |`),
    ].join('\n');
  }
  const w = headers.map((h, i) => Math.max(h.length, ...str.map((r) => r[i]?.length ?? 0)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(w[i]) : c.padStart(w[i]))).join('  ');
  return [line(headers), w.map((n) => '-'.repeat(n)).join('  '), ...str.map(line)].join('\n');
}

export const PAGE_HEADERS = [
  'page', 'KB', 'art', 'detect', 'extract', 'promos', 'entities', 'asm', 'highlight', 'summary', 'total', 'total+sum', 'cold',
  'Rd.parse', 'mark.js', 'floor', 'floor 1×', 'hl warm', 'total/Rd', 'hl/mark', 'hl/floor', 'warm/floor', 'hl/floor 1×', 'LT with', 'LT w/o', 'LT Δ', 'LT Δ≥DCL', 'ext total', 'ext longest',
];

export function pageCells(r: PageRow): Cell[] {
  const s = r.stages;
  const lt = r.longTask;
  return [
    r.error ? `${r.name} (error)` : r.name, r.kb.toFixed(1), r.isArticle ? 'y' : 'n', ms(s.detect), ms(s.extract), ms(s.promos),
    ms(s.entities), ms(s.assemble), ms(s.highlight), ms(r.summary), ms(r.total), ms(r.totalWithSummary), ms(r.isArticle ? r.coldTotal : r.cold.detect), ms(r.readability),
    ms(r.markjs), ms(r.floor), ms(r.floorOnce), ms(r.highlightWarm), times(r.ratios.totalOverReadability), times(r.ratios.highlightOverMarkjs),
    times(r.ratios.highlightOverFloor), times(r.ratios.highlightWarmOverFloor), times(r.ratios.highlightOverFloorOnce), ms(lt?.with?.maxLongTask), ms(lt?.without?.maxLongTask), ms(lt?.diff), ms(lt?.diffAfterDcl), ms(lt?.ledeTimings?.mainThreadAllRuns ?? lt?.ledeTimings?.total), ms(lt?.ledeTimings?.longestTask),
  ];
}

const distCells = (d: Dist, f: (x: number | null) => string): Cell[] => [f(d.median), f(d.p95), f(d.max), d.n];

export interface Meta {
  date: string;
  chromium: string;
  reps: number;
  loads: number;
  crossOriginIsolated: boolean;
  harnessKB: number;
  wxtImporters: string[];
  durationS: number;
}

/** The summary as text blocks (titles + tables); `markdown` switches headings and table syntax. */
export function summaryText(s: Summary, meta: Meta, recognizer: unknown, markdown = false): string {
  const h = (t: string) => (markdown ? `### ${t}` : `== ${t} ==`);
  const out: string[] = [];
  out.push(h('Lede benchmark'));
  out.push(
    `${meta.date} · ${meta.chromium} · ${s.pages} pages (${s.articles} articles) · medians of ${meta.reps} repetitions after a warm-up · ` +
      `timer ${meta.crossOriginIsolated ? '5 µs (cross-origin isolated)' : '100 µs'} · ${meta.durationS.toFixed(0)} s`,
  );
  out.push(h('Ratios over article pages'));
  out.push(table(['ratio', 'median', 'p95', 'max', 'pages'], RATIO_KEYS.map((k) => [RATIOS[k].label, ...distCells(s.ratios[k], times)]), markdown));
  out.push(h(`The same ratios over the ${s.largeParse.pages} pages whose parse takes ${LARGE_PARSE_MS} ms or more`));
  out.push(table(['ratio', 'median', 'p95', 'max', 'pages'], RATIO_KEYS.map((k) => [RATIOS[k].label, ...distCells(s.largeParse.ratios[k], times)]), markdown));
  out.push(h('Each stage over its page\'s parse (extract: beyond the parse it includes), medians per page'));
  out.push(
    table(
      ['stage', 'all articles', 'p95', `parse ≥ ${LARGE_PARSE_MS} ms`, 'p95'],
      STAGES.map((st) => [st, times(s.stageOverParse[st].median), times(s.stageOverParse[st].p95), times(s.largeParse.stageOverParse[st].median), times(s.largeParse.stageOverParse[st].p95)]),
      markdown,
    ),
  );
  out.push(h('Stages over article pages (ms)'));
  const stageRows: Cell[][] = (Object.keys(s.stages) as (keyof Summary['stages'])[]).map((k) => [
    k, ...distCells(s.stages[k], ms), k in s.stageShare ? `${((s.stageShare as Record<string, number>)[k] * 100).toFixed(1)}%` : '',
  ]);
  out.push(table(['stage', 'median', 'p95', 'max', 'pages', 'share of total'], stageRows, markdown));
  out.push(h('First run in a fresh page (cold: lazy gazetteer compile, cold JIT; readability = the anchor\'s first parse, timed before any Lede code), ms'));
  out.push(table(['stage', 'median', 'p95', 'max', 'pages'], (Object.keys(s.cold) as (keyof Summary['cold'])[]).map((k) => [k, ...distCells(s.cold[k], ms)]), markdown));
  for (const k of RATIO_KEYS) {
    const { label, numName: num, denName: den } = RATIOS[k];
    out.push(h(`10 slowest pages by ${label}`));
    out.push(
      table(
        ['page', 'ratio', num, den, 'dominant stage', 'KB', 'blocks', 'mentions'],
        s.slowest[k].map((p) => [
          p.page, times(p.ratio), ms(p.numerator), ms(p.denominator),
          p.dominant ? `${p.dominant.stage} ${ms(p.dominant.ms)} (${(p.dominant.share * 100).toFixed(0)}%)` : '–', p.kb.toFixed(1), p.blocks, p.mentions,
        ]),
        markdown,
      ),
    );
  }
  out.push(h('Main thread: long tasks with vs without the extension (ms)'));
  if (s.longTask) {
    const w = s.longTask.worst;
    const wd = s.longTask.worstAfterDcl;
    out.push(w ? `Longest long task caused by the content script: ${ms(w.diffMs)} ms more on ${w.page} (${ms(w.withMs)} ms with Lede, ${ms(w.withoutMs)} ms without).` : '');
    if (wd) out.push(`Counting only tasks that started at or after DOMContentLoaded (the content script runs at document_idle): ${ms(wd.diffMs)} ms more on ${wd.page} (${ms(wd.withMs)} vs ${ms(wd.withoutMs)} ms).`);
    const wf = s.longTask.worstFrameAfterDcl;
    if (wf) out.push(`Long animation frames after DOMContentLoaded (they include the style, layout and paint Lede's changes cause): ${ms(wf.diffMs)} ms more on ${wf.page} (${ms(wf.withMs)} vs ${ms(wf.withoutMs)} ms).`);
    out.push(
      table(
        ['per page', 'median', 'p95', 'max', 'pages'],
        [
          ['max long task, with Lede', ...distCells(s.longTask.withMax, ms)],
          ['max long task, without', ...distCells(s.longTask.withoutMax, ms)],
          ['difference (with − without)', ...distCells(s.longTask.diff, ms)],
          ['max long task after DOMContentLoaded, with Lede', ...distCells(s.longTask.withAfterDcl, ms)],
          ['max long task after DOMContentLoaded, without', ...distCells(s.longTask.withoutAfterDcl, ms)],
          ['difference after DOMContentLoaded', ...distCells(s.longTask.diffAfterDcl, ms)],
          ['longest animation frame after DOMContentLoaded (rendering included), with Lede', ...distCells(s.longTask.frameAfterDclWith, ms)],
          ['longest animation frame after DOMContentLoaded, without', ...distCells(s.longTask.frameAfterDclWithout, ms)],
          ['difference, frames after DOMContentLoaded', ...distCells(s.longTask.diffFrameAfterDcl, ms)],
          [`content script as shipped: longest slice (max: ${s.longTask.shippedLongestSlice.page ?? '–'})`, ...distCells(s.longTask.shippedLongestSlice, ms)],
        ],
        markdown,
      ),
    );
    out.push('Long tasks are observed in the main world by an init script; Chromium does not attribute isolated-world (content script) code in long-animation-frame entries, so attribution is by difference.');
  } else out.push('(skipped: --no-extension)');
  out.push(h('Pages that are not articles (detect only)'));
  out.push(`${s.nonArticles.count} pages · detect median ${ms(s.nonArticles.detect.median)} ms, p95 ${ms(s.nonArticles.detect.p95)} ms, max ${ms(s.nonArticles.detect.max)} ms${s.nonArticles.worst ? ` (${s.nonArticles.worst})` : ''}`);
  out.push(h('Bundle sizes (gzip -9)'));
  if (s.sizes) {
    const rows: Cell[][] = [];
    if (s.sizes.content) rows.push(['content script (content-scripts/content.js)', kb(s.sizes.content.bytes), kb(s.sizes.content.gzip)]);
    for (const f of s.sizes.sidepanel) rows.push([`side panel: ${f.file}`, kb(f.bytes), kb(f.gzip)]);
    rows.push(['side panel JS, total', kb(s.sizes.sidepanelTotal.bytes), kb(s.sizes.sidepanelTotal.gzip)]);
    out.push(table(['file', 'minified', 'gzip'], rows, markdown));
  }
  out.push(h('JS heap added by the content script'));
  if (s.heap) {
    const x = s.heap;
    out.push(
      `On ${x.page} (largest page), CDP JSHeapUsedSize, median of ${x.loads} loads: peak ${x.with.peakMB.toFixed(2)} MB with Lede vs ` +
        `${x.without.peakMB.toFixed(2)} MB without (+${x.peakAddedMB.toFixed(2)} MB); after GC ${x.with.retainedMB.toFixed(2)} vs ` +
        `${x.without.retainedMB.toFixed(2)} MB (+${x.retainedAddedMB.toFixed(2)} MB retained).`,
    );
  } else out.push('(skipped)');
  out.push(h('Recogniser micro-benchmark (bench-results/recognizer.json)'));
  const rec = recognizer as { rows?: Record<string, unknown>[]; articles?: number; textMB?: number; dataGzipKB?: number } | null;
  if (rec?.rows?.length) {
    const cols = Object.keys(rec.rows[0]);
    out.push(`${rec.articles} articles, ${rec.textMB} MB of text, gazetteer data ${rec.dataGzipKB} KB gzip (Node, jsdom-extracted text)`);
    out.push(table(cols, rec.rows.map((r) => cols.map((c) => r[c] as Cell)), markdown));
  } else out.push('(none)');
  if (meta.wxtImporters.length) out.push(`WARNING: the in-page harness pulls in wxt via ${meta.wxtImporters.join(', ')}`);
  if (s.errors.length) {
    out.push(h('Errors'));
    out.push(s.errors.map((e) => `- ${e}`).join('\n'));
  }
  return out.join('\n\n');
}
