/**
 * The in-page harness: bundled by cli/bench/bundle.ts (esbuild, IIFE) and injected into a served corpus
 * page after it loaded, without the extension. `window.__ledeBench(reps)` times, in this page and this
 * load, Lede's stages on the live document next to two anchors and a floor:
 *   - Lede: the pipeline's stages one by one (detect → extract → promos → entities → report assembly),
 *     then highlightMentions in CSS Custom Highlight mode (and its undo), hideElements, summarizeReport;
 *   - anchor 1: Readability.parse() alone on a clone of the document;
 *   - anchor 2: mark.js marking the same terms (the mention texts Lede found) over the same article root;
 *   - floor: a bare TreeWalker (SHOW_TEXT) pass over the article root, touching each node's length, looped
 *     until 2 ms have passed (it is below the timer's resolution); highlight + undo is also timed that way.
 * It also times the page-thread share of the shipped split (types.ts `pageThread`), the same way.
 * One warm-up repetition, then `reps` timed ones (the anchor alternately before and after Lede's stages);
 * the result holds medians and raw samples, and the
 * warm-up's stage times as `cold` (first run in a fresh page: lazy gazetteer compile, cold JIT), which is
 * what the content script pays once per page load. The warm-up starts with the anchor's own first parse
 * (`readabilityCold`), so Lede's cold stages run with Readability's code already warm.
 */
import { Readability } from '@mozilla/readability';
import Mark from 'mark.js';
import { analyzePage } from '../../utils/pipeline/local';
import { pipelineStages } from '../../utils/pipeline/stages';
import { runSplit } from '../../utils/pipeline/split';
import { SliceClock, timingsRecorder, type OnStage } from '../../utils/pipeline/clock';
import type { Analysis } from '../../utils/pipeline/stages';
import type { Article } from '../../utils/article/types';
import type { PromoMatch } from '../../utils/promo';
import type { Report } from '../../utils/report';
import { highlightMentions, type HighlightHandle, type HighlightWindow } from '../../utils/dom/highlight';
import { hideElements } from '../../utils/dom/hide';
import { summarizeReport } from '../../utils/summary/summarize-report';
import { parseAway } from '../../utils/pipeline/away';
import { median } from './stats';
import { STAGES, type InPageResult, type Stage } from './types';

declare global {
  interface Window {
    __ledeBench?: (reps: number) => Promise<InPageResult>;
  }
}

interface Run {
  article: Article | null;
  report: Report;
  promoMatches: PromoMatch[];
  laps: Partial<Record<Stage, number>>;
}

/** Adds each stage's time, as the pipeline's timing hook reports it, to `laps`. */
const lapsInto = (laps: Partial<Record<string, number>>): OnStage => (step, ms) => void (laps[step] = (laps[step] ?? 0) + ms);

/**
 * The pipeline on this thread (utils/pipeline/local.ts, default settings), each stage timed through the
 * pipeline's own hook. A non-article stops after detect, as in the content script.
 */
function runStages(doc: Document): Run {
  const laps: Partial<Record<Stage, number>> = {};
  const { article, report, promoMatches }: Analysis = analyzePage(doc, {}, lapsInto(laps));
  return { article, report, promoMatches, laps };
}

/**
 * The extension's split (utils/pipeline/split.ts) on this thread: what stays on the page's thread is timed
 * through the same hook; the parse and the promo stage on the copy (parseAway, away in the extension) run
 * in a later task, uncounted. Null when the copy's answer is not taken.
 */
async function runPageThread(doc: Document, run: Run): Promise<InPageResult['pageThread']> {
  const laps: Partial<Record<string, number>> = {};
  const { onStage, timings } = timingsRecorder(lapsInto(laps));
  const stages = pipelineStages(doc, { url: doc.URL });
  const done = await runSplit(doc, stages, {
    pause: async () => {},
    current: () => true,
    // The message as sent: a stand-in for the copy Chrome makes, at least as dear as its structured clone.
    parseAway: (html, promos) => {
      JSON.stringify({ lede: 'parseArticle', data: { html, promos } });
      return new Promise((resolve) => setTimeout(() => resolve(parseAway(html, promos))));
    },
    recognizeAway: async () => run.report.entities,
  }, new SliceClock(), onStage);
  const article = done?.analysis.article;
  if (!article || timings.promosOnCopy === undefined) return null;
  const matches = done.analysis.promoMatches;
  const [hl, highlight] = time(() => highlightMentions(article, run.report.entities, { mode: 'css' }));
  hl.undo();
  const [hd, hide] = time(() => hideElements(doc, matches.flatMap((m) => m.elements)));
  hd.undo();
  const detect = laps.detect ?? 0;
  const serialize = laps.serialize ?? 0;
  const map = (laps.extract ?? 0) + (laps.promos ?? 0) + (laps.entities ?? 0);
  const assemble = laps.assemble ?? 0;
  return { detect, serialize, map, assemble, highlight, hide, total: detect + serialize + map + assemble + highlight + hide };
}

function time<T>(fn: () => T): [T, number] {
  const t = performance.now();
  const out = fn();
  return [out, performance.now() - t];
}

/** One TreeWalker pass over the root's text nodes; returns [nodes, chars]. */
function walk(root: Node): [number, number] {
  const w = root.ownerDocument!.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let nodes = 0;
  let chars = 0;
  for (let n = w.nextNode(); n; n = w.nextNode()) {
    nodes++;
    chars += (n as Text).data.length;
  }
  return [nodes, chars];
}

const PROBE = 'lede-bench-probe';

/**
 * The least any one call of a CSS Custom Highlight job costs: a Range over the first mention's first text
 * node, in a new Highlight, registered and removed. Null where the API is missing (jsdom) or nothing is
 * mentioned.
 */
function apiMinimum(article: Article, report: Report): (() => void) | null {
  const m = report.entities[0]?.mentions[0];
  const node = m ? article.blocks[m.block]?.nodes[0] : undefined;
  const win = window as HighlightWindow;
  const registry = win.CSS?.highlights;
  const HighlightCtor = win.Highlight;
  if (!node || !registry || !HighlightCtor) return null;
  return () => {
    const range = document.createRange();
    range.setStart(node, 0);
    range.setEnd(node, Math.min(1, node.data.length));
    registry.set(PROBE, new HighlightCtor(range));
    registry.delete(PROBE);
  };
}

/** Far below the timer's resolution on small pages: run `fn` until 2 ms have passed, per pass. */
function loopTime(fn: () => void): number {
  let n = 0;
  const t = performance.now();
  let el = 0;
  while (n < 10_000 && (el = performance.now() - t) < 2) {
    fn();
    n++;
  }
  return el / n;
}

const MARK_OPTIONS = {
  separateWordSearch: false,
  acrossElements: true,
  // Exact mention texts: no diacritic folding, case as written (the cheapest faithful configuration).
  diacritics: false,
  caseSensitive: true,
  accuracy: 'partially' as const,
};

async function bench(reps: number): Promise<InPageResult> {
  const doc = document;
  const samples: Record<string, number[]> = {};
  const push = (k: string, v: number | null | undefined) => {
    if (v === null || v === undefined) return;
    (samples[k] ??= []).push(v);
  };
  let terms: string[] = [];
  let last: Run | null = null;
  let ledeMarks = 0;
  let cold: Partial<Record<Stage, number>> = {};
  let markjsMarks = 0;

  let readabilityCold = 0;
  const anchor = () => time(() => new Readability(doc.cloneNode(true) as Document).parse())[1];
  for (let r = -1; r < reps; r++) {
    const record = r >= 0;
    // The anchor's first parse in this page, before any of Lede's code (which runs Readability too) warmed it.
    if (!record) readabilityCold = anchor();
    // Whatever runs right before a parse warms or chills it: a parse just after another one (the copy's, in
    // the page-thread share below) is faster than one after the loops that end a repetition. So the anchor
    // and Lede take turns going first (ABBA): on even repetitions the anchor runs before Lede's stages, on odd
    // ones after them, and each gets half its samples in each place.
    const anchorFirst = record && r % 2 === 0;
    if (anchorFirst) push('readability', anchor());
    const run = runStages(doc);
    const { article, laps } = run;
    last = run;
    if (record) for (const s of STAGES) push(s, laps[s]);
    else cold = laps;
    if (r === -1) terms = [...new Set(run.report.entities.flatMap((e) => e.mentions.map((m) => m.text)))];

    if (article) {
      // Three single calls take turns for the place right after the pipeline (what runs first pays most): the
      // floor's pass, the API's least job, and Lede's highlight.
      const root = article.root;
      const api = apiMinimum(article, run.report);
      let hl!: [HighlightHandle, number];
      const once = [
        () => root && record && push('floorOnce', time(() => walk(root))[1]),
        () => api && record && push('apiOnce', time(api)[1]),
        () => (hl = time(() => highlightMentions(article, run.report.entities, { mode: 'css' }))),
      ];
      for (let j = 0; j < once.length; j++) once[(r + 1 + j) % once.length]();
      const [handle, tHl] = hl;
      ledeMarks = handle.count;
      if (!record) cold.highlight = tHl;
      const [, tUndo] = time(() => handle.undo());
      const [hide, tHide] = time(() => hideElements(doc, run.promoMatches.flatMap((m) => m.elements)));
      hide.undo();
      const [, tSum] = time(() => summarizeReport(run.report));
      if (record) {
        push('highlight', tHl);
        push('highlightUndo', tUndo);
        push('hide', tHide);
        push('summary', tSum);
      }
    }

    if (article) {
      const pt = await runPageThread(doc, run);
      if (pt && record) for (const [k, v] of Object.entries(pt)) push(`pageThread.${k}`, v);
    }

    if (record && !anchorFirst) push('readability', anchor());

    if (article?.root) {
      const root = article.root;
      const marker = new Mark(root as HTMLElement);
      let count = 0;
      const [, tMark] = time(() => marker.mark(terms, { ...MARK_OPTIONS, done: (n: number) => void (count = n) }));
      markjsMarks = count;
      const [, tUnmark] = time(() => marker.unmark());
      const tFloor = loopTime(() => walk(root));
      const tHlWarm = loopTime(() => highlightMentions(article, run.report.entities, { mode: 'css' }).undo());
      if (record) {
        push('markjs', tMark);
        push('markjsUnmark', tUnmark);
        push('floor', tFloor);
        push('highlightWarm', tHlWarm);
      }
    }
  }

  // Cross-check: the pipeline's own total (Report.timings.total), median of 3 runs.
  const pipelineTotal = median([0, 1, 2].map(() => analyzePage(doc).report.timings.total ?? NaN));

  const med = (k: string): number | null => (samples[k]?.length ? median(samples[k]) : null);
  const stages = Object.fromEntries(STAGES.map((s) => [s, med(s)])) as Record<Stage, number | null>;
  const total = STAGES.reduce((n, s) => n + (stages[s] ?? 0), 0);
  const summary = med('summary');
  const article = last?.article ?? null;
  const [rootTextNodes, rootChars] = article?.root ? walk(article.root) : [0, 0];
  return {
    url: location.href,
    isArticle: !!article,
    blocks: article?.blocks.length ?? 0,
    mentions: last?.report.entities.reduce((n, e) => n + e.mentions.length, 0) ?? 0,
    terms: terms.length,
    ledeMarks,
    markjsMarks,
    rootTextNodes,
    rootChars,
    reps,
    stages,
    total,
    cold: Object.fromEntries(STAGES.map((s) => [s, cold[s] ?? null])) as Record<Stage, number | null>,
    coldTotal: STAGES.reduce((n, s) => n + (cold[s] ?? 0), 0),
    summary,
    totalWithSummary: total + (summary ?? 0),
    highlightUndo: med('highlightUndo'),
    hide: med('hide'),
    readability: med('readability') ?? 0,
    readabilityCold,
    markjs: med('markjs'),
    markjsUnmark: med('markjsUnmark'),
    floor: med('floor'),
    floorOnce: med('floorOnce'),
    apiOnce: med('apiOnce'),
    highlightWarm: med('highlightWarm'),
    pageThread: samples['pageThread.total']?.length
      ? (Object.fromEntries(['detect', 'serialize', 'map', 'assemble', 'highlight', 'hide', 'total'].map((k) => [k, med(`pageThread.${k}`)])) as NonNullable<InPageResult['pageThread']>)
      : null,
    pipelineTotal,
    samples,
    crossOriginIsolated: self.crossOriginIsolated === true,
  };
}

window.__ledeBench = async (reps: number): Promise<InPageResult> => {
  try {
    return await bench(Math.max(1, Math.floor(reps)));
  } catch (e) {
    throw new Error(`lede bench: ${e instanceof Error ? `${e.message}\n${e.stack}` : String(e)}`);
  }
};

// The harness arrives as a <script> holding its whole bundle (page.addScriptTag): take it out again, so that
// every measure (serialising the page, cloning it for Readability) sees the page as served.
document.currentScript?.remove();
