/**
 * What the in-page harness (cli/bench/in-page.ts) returns for one page, and what the runner adds.
 * Plain JSON: it crosses page.evaluate. Times are milliseconds (medians over the repetitions).
 */

/** Lede's stages, in pipeline order. `assemble` is analyzePage's tail (report blocks, text, reading time). */
export const STAGES = ['detect', 'extract', 'promos', 'entities', 'assemble', 'highlight'] as const;
export type Stage = (typeof STAGES)[number];

export interface InPageResult {
  url: string;
  isArticle: boolean;
  /** The Readability-kept blocks Lede works on, the mentions it found, and their distinct texts (mark.js terms). */
  blocks: number;
  mentions: number;
  terms: number;
  /** Marks placed: Lede's highlight count vs mark.js's. */
  ledeMarks: number;
  markjsMarks: number;
  /** Text nodes and characters under the article root (the floor's work). */
  rootTextNodes: number;
  rootChars: number;
  reps: number;
  /** Per-stage medians; null when the stage did not run (a non-article stops after detect). */
  stages: Record<Stage, number | null>;
  /** Sum of the content-script stages (detect … highlight), as the content script pays it. */
  total: number;
  /** The warm-up repetition's stage times: the first run in this page (lazy gazetteer compile, cold JIT). */
  cold: Record<Stage, number | null>;
  coldTotal: number;
  /** utils/summary/summarize-report.ts on the Report (side panel). */
  summary: number | null;
  totalWithSummary: number;
  /** Not in `total`: undo of the highlight, and hiding/unhiding the promos (utils/dom/hide.ts). */
  highlightUndo: number | null;
  hide: number | null;
  /** Anchors and floor. */
  readability: number;
  /** The first Readability.parse() in this page load (cold JIT), timed before any of Lede's code ran. */
  readabilityCold: number;
  markjs: number | null;
  markjsUnmark: number | null;
  floor: number | null;
  /**
   * The floor's pass once, right next to the highlight's one call (alternately just before and just after it):
   * the floor as lukewarm as `stages.highlight`, timed the same way.
   */
  floorOnce: number | null;
  /**
   * The Highlight API's least job timed the same way (one Range, in a Highlight registered and removed):
   * what any CSS-highlight highlighter pays per call whatever the article. Null without the API.
   */
  apiOnce: number | null;
  /**
   * Highlight + undo timed like the floor (looped until 2 ms, per pass): both sides warm, where `stages.highlight`
   * is one call per repetition right after the pipeline ran, as the content script makes it.
   */
  highlightWarm: number | null;
  /**
   * The page-thread work of the shipped split, warm (medians like the stages): detect (the same call as the
   * one-thread run's, so its time is reused), the page's HTML as
   * sent (pageHtml + JSON.stringify of the message: a stand-in for the copy Chrome makes, at least as dear as
   * the structured clone it now uses), mapping the copy's
   * parse and promos back (articleFromParsed + promosFromCopy), the report's assembly, highlight and hide.
   * The parse and the promo stage on the copy run here too, uncounted: in the extension they run away.
   */
  pageThread: { detect: number; serialize: number; map: number; assemble: number; highlight: number; hide: number; total: number } | null;
  /** analyzePage's own timings.total median of 3 extra runs (a cross-check of `total` minus highlight). */
  pipelineTotal: number | null;
  /** Raw per-repetition samples, for whoever wants the spread. */
  samples: Record<string, number[]>;
  crossOriginIsolated: boolean;
  error?: string;
}
