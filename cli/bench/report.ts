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
  ratios: { totalOverReadability: number | null; highlightOverMarkjs: number | null; highlightOverFloor: number | null; highlightWarmOverFloor: number | null };
  /** The stage with the largest median on this page, and its share of `total`. */
  dominant: { stage: Stage; ms: number; share: number } | null;
  longTask: LongTaskRow | null;
}

export type RatioKey = keyof PageRow['ratios'];

interface RatioDef {
  label: string;
  /** Column names of the numerator and denominator in the slowest-pages tables. */
  numName: string;
  denName: string;
  num: (r: InPageRow) => number | null;
  den: (r: InPageRow) => number | null;
  /** Highlight ratios only where there is something to highlight (else both sides are fixed overhead). */
  needsMentions: boolean;
}

export const RATIOS: Record<RatioKey, RatioDef> = {
  totalOverReadability: { label: 'total / Readability.parse', numName: 'total', denName: 'Rd.parse', num: (r) => r.total, den: (r) => r.readability, needsMentions: false },
  highlightOverMarkjs: { label: 'highlight / mark.js', numName: 'highlight', denName: 'mark.js', num: (r) => r.stages.highlight, den: (r) => r.markjs, needsMentions: true },
  highlightOverFloor: { label: 'highlight / floor', numName: 'highlight', denName: 'floor', num: (r) => r.stages.highlight, den: (r) => r.floor, needsMentions: true },
  highlightWarmOverFloor: { label: 'highlight+undo warm / floor', numName: 'hl warm', denName: 'floor', num: (r) => r.highlightWarm, den: (r) => r.floor, needsMentions: true },
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
  /** The first run in a fresh page (what the content script pays once per load), per stage and total. */
  cold: Record<Stage | 'total', Dist>;
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
    extensionScriptMax: Dist;
    /**
     * The content script as shipped, from its own Report.timings in that load (parse and recognition away
     * from the page): its main-thread total over the in-page Readability.parse, and its longest slice.
     */
    shippedOverReadability: Dist;
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

export function pageRow(r: InPageRow, lt: LongTaskRow | null): PageRow {
  const ranked = STAGES.map((s) => [s, r.stages[s] ?? 0] as const).sort((a, b) => b[1] - a[1]);
  const dominant = r.isArticle && ranked[0][1] > 0 ? { stage: ranked[0][0], ms: ranked[0][1], share: r.total > 0 ? ranked[0][1] / r.total : 0 } : null;
  return {
    ...r,
    ratios: Object.fromEntries(
      RATIO_KEYS.map((k) => {
        const d = RATIOS[k];
        return [k, r.isArticle && (!d.needsMentions || r.mentions > 0) ? ratio(d.num(r), d.den(r)) : null];
      }),
    ) as PageRow['ratios'],
    dominant,
    longTask: lt,
  };
}

function slowest(rows: readonly PageRow[], key: RatioKey, n = 10): SlowPage[] {
  const { num, den } = RATIOS[key];
  return rows
    .filter((r) => r.ratios[key] !== null)
    .sort((a, b) => (b.ratios[key] ?? 0) - (a.ratios[key] ?? 0))
    .slice(0, n)
    .map((r) => ({ page: r.name, ratio: r.ratios[key]!, numerator: num(r) ?? 0, denominator: den(r) ?? 0, dominant: r.dominant, mentions: r.mentions, blocks: r.blocks, kb: r.kb }));
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

  const cold = Object.fromEntries(STAGES.map((s) => [s, dist(arts.map((r) => r.cold[s]))])) as Summary['cold'];
  cold.total = dist(arts.map((r) => r.coldTotal));

  const lt = rows.filter((r) => r.longTask?.with && r.longTask.without);
  let longTask: Summary['longTask'] = null;
  if (lt.length) {
    const worstBy = (diff: 'diff' | 'diffAfterDcl', field: 'maxLongTask' | 'maxAfterDcl') => {
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
      withMax: dist(lt.map((r) => r.longTask!.with!.maxLongTask)),
      withoutMax: dist(lt.map((r) => r.longTask!.without!.maxLongTask)),
      extensionScriptMax: dist(lt.map((r) => r.longTask!.with!.extensionScriptMax)),
      shippedOverReadability: dist(lt.filter((r) => r.isArticle).map((r) => ratio(r.longTask!.ledeTimings?.total, r.readability))),
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
    cold,
    longTask,
    nonArticles: { count: non.length, detect: dist(non.map((r) => r.stages.detect)), worst: worstNon?.name ?? null },
    sizes,
    heap,
  };
}
