/**
 * The benchmark's results as data: per-page rows joined from the passes, and the summary (ratios'
 * median/p95, slowest pages, long tasks, sizes, heap, non-article cost). Pure: no I/O.
 */
import { max, median, percentile, ratio, round } from './stats';
import { STAGES, type Stage } from './types';
import type { InPageRow } from './run-in-page';
import type { LongTaskRow } from './run-longtasks';
import type { BundleSizes } from './sizes';
import type { HeapResult } from './heap';

export interface PageRow extends InPageRow {
  ratios: {
    shippedOverReadability: number | null;
    shippedOverReadabilityCold: number | null;
    pageThreadOverReadability: number | null;
    totalOverReadability: number | null;
    highlightOverMarkjs: number | null;
    highlightOverFloor: number | null;
    highlightWarmOverFloor: number | null;
    highlightOverFloorOnce: number | null;
    apiOnceOverFloorOnce: number | null;
  };
  /** The stage with the largest median on this page, and its share of `total`. */
  dominant: { stage: string; ms: number; share: number } | null;
  longTask: LongTaskRow | null;
}

export type RatioKey = keyof PageRow['ratios'];

interface RatioDef {
  label: string;
  /** Column names of the numerator and denominator in the slowest-pages tables. */
  numName: string;
  denName: string;
  num: (r: InPageRow, lt: LongTaskRow | null) => number | null;
  den: (r: InPageRow) => number | null;
  /** Highlight ratios only where there is something to highlight (else both sides are fixed overhead). */
  needsMentions: boolean;
  /** The stages the numerator is made of, for the slowest pages' "dominant stage" (default: the in-page ones). */
  parts?: (r: InPageRow, lt: LongTaskRow | null) => Record<string, number | null | undefined>;
}

/**
 * What the content script's run cost the page's thread in its load, from its Report.timings (utils/dom/lede-page.ts
 * runSliced), every run in the load included: its stages (parse, promos and recognition run away),
 * serialising and sending the page, and applying the changes (hide, highlight). The parts are the last run's.
 */
const SHIPPED_PARTS = ['detect', 'serialize', 'extract', 'promos', 'entities', 'apply'] as const;
const shippedParts = (_: InPageRow, lt: LongTaskRow | null) => Object.fromEntries(SHIPPED_PARTS.map((s) => [s, lt?.ledeTimings?.[s]]));
const shipped = (_: InPageRow, lt: LongTaskRow | null) => lt?.ledeTimings?.mainThreadAllRuns ?? null;

export const RATIOS: Record<RatioKey, RatioDef> = {
  shippedOverReadability: {
    label: 'content script as shipped (page thread) / Readability.parse', numName: 'shipped', denName: 'Rd.parse',
    num: shipped, den: (r) => r.readability, needsMentions: false, parts: shippedParts,
  },
  shippedOverReadabilityCold: {
    label: 'content script as shipped (page thread) / Readability.parse cold (first parse in its page load)', numName: 'shipped', denName: 'Rd cold',
    num: shipped, den: (r) => r.readabilityCold, needsMentions: false, parts: shippedParts,
  },
  pageThreadOverReadability: {
    label: 'page-thread share of the shipped split, warm / Readability.parse', numName: 'page thread', denName: 'Rd.parse',
    num: (r) => r.pageThread?.total ?? null, den: (r) => r.readability, needsMentions: false,
    parts: (r) => {
      const { total: _, ...parts } = r.pageThread ?? {};
      return parts;
    },
  },
  totalOverReadability: { label: 'all stages on one thread / Readability.parse', numName: 'total', denName: 'Rd.parse', num: (r) => r.total, den: (r) => r.readability, needsMentions: false },
  highlightOverMarkjs: { label: 'highlight / mark.js', numName: 'highlight', denName: 'mark.js', num: (r) => r.stages.highlight, den: (r) => r.markjs, needsMentions: true },
  highlightOverFloor: { label: 'highlight, one run / floor', numName: 'highlight', denName: 'floor', num: (r) => r.stages.highlight, den: (r) => r.floor, needsMentions: true },
  highlightWarmOverFloor: { label: 'highlight+undo, looped like the floor / floor', numName: 'hl warm', denName: 'floor', num: (r) => r.highlightWarm, den: (r) => r.floor, needsMentions: true },
  apiOnceOverFloorOnce: { label: "the Highlight API's least job (one Range, registered), one run / floor, one run", numName: 'API once', denName: 'floor once', num: (r) => r.apiOnce, den: (r) => r.floorOnce, needsMentions: true },
  highlightOverFloorOnce: { label: 'highlight, one run / floor, one run beside it', numName: 'highlight', denName: 'floor once', num: (r) => r.stages.highlight, den: (r) => r.floorOnce, needsMentions: true },
};
export const RATIO_KEYS = Object.keys(RATIOS) as RatioKey[];

export interface Dist {
  n: number;
  median: number | null;
  p95: number | null;
  max: number | null;
}

export interface SlowPage {
  page: string;
  ratio: number;
  numerator: number;
  denominator: number;
  dominant: PageRow['dominant'];
  mentions: number;
  blocks: number;
  kb: number;
}

export interface Summary {
  pages: number;
  articles: number;
  errors: string[];
  ratios: Record<RatioKey, Dist>;
  slowest: Record<RatioKey, SlowPage[]>;
  /** Median over article pages of each stage, and each stage's share of the summed totals. */
  stages: Record<Stage | 'summary' | 'total' | 'totalWithSummary' | 'readability' | 'markjs' | 'floor', Dist>;
  stageShare: Record<Stage, number>;
  /**
   * Per page, each stage over that page's parse (extract: what it costs beyond the parse it includes); and
   * the same for the pages whose parse takes LARGE_PARSE_MS or more, with the ratios over those pages only
   * (on the corpus' 1–3 KB synthetic pages, fixed costs weigh against a 0.3 ms parse).
   */
  stageOverParse: Record<Stage, Dist>;
  largeParse: { pages: number; ratios: Record<RatioKey, Dist>; stageOverParse: Record<Stage, Dist> };
  /** The first run in a fresh page (what the content script pays once per load), per stage and total; and the anchor's first parse. */
  cold: Record<Stage | 'total' | 'readability', Dist>;
  longTask: {
    /** The longest long task attributed to Lede: max over pages of (max with − max without). */
    worst: { page: string; diffMs: number; withMs: number; withoutMs: number } | null;
    /** The same restricted to long tasks that started at or after DOMContentLoaded (page parsing left out). */
    worstAfterDcl: { page: string; diffMs: number; withMs: number; withoutMs: number } | null;
    diff: Dist;
    diffAfterDcl: Dist;
    withMax: Dist;
    withoutMax: Dist;
    withAfterDcl: Dist;
    withoutAfterDcl: Dist;
    /** The longest animation frame after DOMContentLoaded (rendering included), with and without, and the worst difference. */
    worstFrameAfterDcl: { page: string; diffMs: number; withMs: number; withoutMs: number } | null;
    frameAfterDclWith: Dist;
    frameAfterDclWithout: Dist;
    diffFrameAfterDcl: Dist;
    extensionScriptMax: Dist;
    /** The content script as shipped, from its own Report.timings in that load: its longest slice. */
    shippedLongestSlice: Dist & { page: string | null };
  } | null;
  nonArticles: { count: number; detect: Dist; worst: string | null };
  sizes: BundleSizes | null;
  heap: HeapResult | null;
}

export function dist(xs: readonly (number | null | undefined)[]): Dist {
  const v = xs.filter((x): x is number => typeof x === 'number' && Number.isFinite(x));
  if (v.length === 0) return { n: 0, median: null, p95: null, max: null };
  return { n: v.length, median: round(median(v), 3), p95: round(percentile(v, 95), 3), max: round(max(v), 3) };
}

/** The largest of `parts` and its share of `total`. */
function dominantOf(parts: Record<string, number | null | undefined>, total: number | null): PageRow['dominant'] {
  const ranked = Object.entries(parts).map(([s, v]) => [s, v ?? 0] as const).sort((a, b) => b[1] - a[1]);
  if (!ranked.length || ranked[0][1] <= 0) return null;
  return { stage: ranked[0][0], ms: ranked[0][1], share: total ? ranked[0][1] / total : 0 };
}

export function pageRow(r: InPageRow, lt: LongTaskRow | null): PageRow {
  return {
    ...r,
    ratios: Object.fromEntries(
      RATIO_KEYS.map((k) => {
        const d = RATIOS[k];
        return [k, r.isArticle && (!d.needsMentions || r.mentions > 0) ? ratio(d.num(r, lt), d.den(r)) : null];
      }),
    ) as PageRow['ratios'],
    dominant: r.isArticle ? dominantOf(r.stages, r.total) : null,
    longTask: lt,
  };
}

function slowest(rows: readonly PageRow[], key: RatioKey, n = 10): SlowPage[] {
  const { num, den, parts } = RATIOS[key];
  return rows
    .filter((r) => r.ratios[key] !== null)
    .sort((a, b) => (b.ratios[key] ?? 0) - (a.ratios[key] ?? 0))
    .slice(0, n)
    .map((r) => ({
      page: r.name, ratio: r.ratios[key]!, numerator: num(r, r.longTask) ?? 0, denominator: den(r) ?? 0,
      dominant: parts ? dominantOf(parts(r, r.longTask), num(r, r.longTask)) : r.dominant, mentions: r.mentions, blocks: r.blocks, kb: r.kb,
    }));
}

/** A parse this long or longer: a real article page rather than one of the corpus' tiny synthetic ones. */
export const LARGE_PARSE_MS = 2;

/** Per page, each stage over the page's parse; extract counts only what it costs beyond that parse. */
function stagesOverParse(arts: readonly PageRow[]): Record<Stage, Dist> {
  const over = (r: PageRow, st: Stage) => {
    const v = r.stages[st];
    return v === null || !(r.readability > 0) ? null : (st === 'extract' ? v - r.readability : v) / r.readability;
  };
  return Object.fromEntries(STAGES.map((st) => [st, dist(arts.map((r) => over(r, st)))])) as Record<Stage, Dist>;
}

export function summarize(rows: readonly PageRow[], sizes: BundleSizes | null, heap: HeapResult | null): Summary {
  const ok = rows.filter((r) => !r.error);
  const arts = ok.filter((r) => r.isArticle);
  const non = ok.filter((r) => !r.isArticle);
  const ratios = Object.fromEntries(RATIO_KEYS.map((k) => [k, dist(arts.map((r) => r.ratios[k]))])) as Record<RatioKey, Dist>;
  const slow = Object.fromEntries(RATIO_KEYS.map((k) => [k, slowest(arts, k)])) as Record<RatioKey, SlowPage[]>;
  const stageDists = Object.fromEntries(STAGES.map((s) => [s, dist(arts.map((r) => r.stages[s]))])) as Summary['stages'];
  stageDists.summary = dist(arts.map((r) => r.summary));
  stageDists.total = dist(arts.map((r) => r.total));
  stageDists.totalWithSummary = dist(arts.map((r) => r.totalWithSummary));
  stageDists.readability = dist(arts.map((r) => r.readability));
  stageDists.markjs = dist(arts.map((r) => r.markjs));
  stageDists.floor = dist(arts.map((r) => r.floor));
  const sumTotal = arts.reduce((n, r) => n + r.total, 0);
  const stageShare = Object.fromEntries(
    STAGES.map((s) => [s, sumTotal > 0 ? round(arts.reduce((n, r) => n + (r.stages[s] ?? 0), 0) / sumTotal, 3) ?? 0 : 0]),
  ) as Record<Stage, number>;

  const large = arts.filter((r) => r.readability >= LARGE_PARSE_MS);
  const largeParse = {
    pages: large.length,
    ratios: Object.fromEntries(RATIO_KEYS.map((k) => [k, dist(large.map((r) => r.ratios[k]))])) as Record<RatioKey, Dist>,
    stageOverParse: stagesOverParse(large),
  };

  const cold = Object.fromEntries(STAGES.map((s) => [s, dist(arts.map((r) => r.cold[s]))])) as Summary['cold'];
  cold.total = dist(arts.map((r) => r.coldTotal));
  cold.readability = dist(arts.map((r) => r.readabilityCold || null));

  const lt = rows.filter((r) => r.longTask?.with && r.longTask.without);
  let longTask: Summary['longTask'] = null;
  if (lt.length) {
    const worstBy = (diff: 'diff' | 'diffAfterDcl' | 'diffFrameAfterDcl', field: 'maxLongTask' | 'maxAfterDcl' | 'maxFrameAfterDcl') => {
      const w = [...lt].sort((a, b) => (b.longTask![diff] ?? -Infinity) - (a.longTask![diff] ?? -Infinity))[0];
      return {
        page: w.name, diffMs: round(w.longTask![diff], 1) ?? 0,
        withMs: round(w.longTask!.with![field], 1) ?? 0, withoutMs: round(w.longTask!.without![field], 1) ?? 0,
      };
    };
    longTask = {
      worst: worstBy('diff', 'maxLongTask'),
      worstAfterDcl: worstBy('diffAfterDcl', 'maxAfterDcl'),
      diff: dist(lt.map((r) => r.longTask!.diff)),
      diffAfterDcl: dist(lt.map((r) => r.longTask!.diffAfterDcl)),
      withAfterDcl: dist(lt.map((r) => r.longTask!.with!.maxAfterDcl)),
      withoutAfterDcl: dist(lt.map((r) => r.longTask!.without!.maxAfterDcl)),
      worstFrameAfterDcl: worstBy('diffFrameAfterDcl', 'maxFrameAfterDcl'),
      frameAfterDclWith: dist(lt.map((r) => r.longTask!.with!.maxFrameAfterDcl)),
      frameAfterDclWithout: dist(lt.map((r) => r.longTask!.without!.maxFrameAfterDcl)),
      diffFrameAfterDcl: dist(lt.map((r) => r.longTask!.diffFrameAfterDcl)),
      withMax: dist(lt.map((r) => r.longTask!.with!.maxLongTask)),
      withoutMax: dist(lt.map((r) => r.longTask!.without!.maxLongTask)),
      extensionScriptMax: dist(lt.map((r) => r.longTask!.with!.extensionScriptMax)),
      shippedLongestSlice: {
        ...dist(lt.map((r) => r.longTask!.ledeTimings?.longestTask)),
        page: [...lt].sort((a, b) => (b.longTask!.ledeTimings?.longestTask ?? 0) - (a.longTask!.ledeTimings?.longestTask ?? 0))[0]?.name ?? null,
      },
    };
  }
  const worstNon = [...non].sort((a, b) => (b.stages.detect ?? 0) - (a.stages.detect ?? 0))[0];
  return {
    pages: rows.length,
    articles: arts.length,
    errors: rows.filter((r) => r.error || r.longTask?.error).map((r) => `${r.name}: ${r.error ?? r.longTask?.error}`),
    ratios,
    slowest: slow,
    stages: stageDists,
    stageShare,
    stageOverParse: stagesOverParse(arts),
    largeParse,
    cold,
    longTask,
    nonArticles: { count: non.length, detect: dist(non.map((r) => r.stages.detect)), worst: worstNon?.name ?? null },
    sizes,
    heap,
  };
}
