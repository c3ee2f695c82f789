import type { Article, Block } from './article/types';
import { collapseWhitespace } from './whitespace';
import type { AwayPromoRequest, Entity, ParsedArticle, Promo, Report, Summary } from './report';
import { detectArticle, reweigh } from './article/detect';
import { listingSignals } from './article/listing';
import { articleFromLiveTexts, extractArticle, mapToLive } from './article/extract';
import type { LangGuesser } from './article/lang';
import { findPromosAndFurniture, type PromoMatch, type UserRule } from './promo';
import { promosFromCopy } from './promo/away';
import { readingMinutes } from './article/reading-time';
import { siteKey } from './host';
import type { SummaryLength } from './site-settings';

/**
 * The pipeline, one direction, plain data between stages:
 *   detect → extract → promos → entities → (summary) → Report.
 * The same function serves the content script (live page) and the CLI (jsdom). It never changes the
 * document: hiding and highlighting are applied afterwards by utils/dom/, from what it returns.
 */

export interface PipelineOptions {
  url?: string | null;
  /** Run extraction even when detection says "not an article" (the panel's "Analyze anyway"). */
  force?: boolean;
  guessLang?: LangGuesser;
  /** The page's language when it declares none, as already guessed (the browser's detector); before guessLang. */
  langHint?: string | null;
  disabledRules?: string[];
  userRules?: UserRule[];
  /**
   * The summary stage (utils/summarize-report.ts), passed in by the callers that want it here (the CLI).
   * The content script leaves it to the side panel, so its bundle never carries the summariser.
   */
  summarize?: (report: Report, length?: SummaryLength) => Summary | null;
  summaryLength?: SummaryLength;
  /** The recogniser to run here (utils/entities/recognize.ts); without it, the caller is asked. */
  recognize?: Recognizer;
  /** Readability's element budget (0 = none). */
  maxElemsToParse?: number;
  /**
   * On a page's main thread, pages beyond this budget are not extracted unless forced: Readability's parse
   * is one uninterruptible task, seconds long on a multi-megabyte page. The report says why.
   */
  budget?: { maxElements: number; maxTextChars: number };
  now?: () => number;
}

export interface Analysis {
  report: Report;
  /** The live article, or null when there is none. */
  article: Article | null;
  /** The promo matches with their live elements (Report.promos is their plain-data view). */
  promoMatches: PromoMatch[];
}

export function emptyReport(url: string | null): Report {
  return {
    url, isArticle: false, detection: { isArticle: false, confidence: 0, signals: [] }, title: null, byline: null, siteName: null,
    lang: null, publishedTime: null, text: '', blocks: [], readingMinutes: 0, entities: [], promos: [], setAside: [], summary: null, timings: {},
  };
}

/** What is beyond the budget ("31,204 elements"), else null. Both counts are cheap (no layout, no copy). */
function overBudget(doc: Document, budget: PipelineOptions['budget']): string | null {
  if (!budget) return null;
  const elements = doc.getElementsByTagName('*').length;
  if (elements > budget.maxElements) return `${elements} elements`;
  const chars = doc.body?.textContent?.length ?? 0;
  if (chars > budget.maxTextChars) return `${chars} characters`;
  return null;
}

export type Stage = 'detect' | 'extract' | 'promos' | 'entities' | 'summary';
/** The recogniser's input: the article's blocks of text (promo blocks emptied) and their language. */
export interface RecognizeRequest {
  blocks: { text: string }[];
  lang: string | null;
}
export type Recognizer = (blocks: readonly { text: string }[], lang: string | null) => Entity[];

/**
 * What the pipeline yields: a stage it finished, or a request that the caller may answer with work done
 * elsewhere (the extension does both away from the page's main thread):
 * - `parse`: Readability's verdict (next(parsed); null: no article; no answer: it runs here on a clone),
 *   with the promo stage's options so that it can run on the same copy (ParsedArticle.promos; used only
 *   when the copy matches the page, else the promo stage runs here);
 * - `recognize`: the entities of these blocks (next(entities); no answer: opts.recognize, else none).
 */
export type Step = { stage: Stage } | { request: 'parse'; promos: AwayPromoRequest } | { request: 'recognize'; input: RecognizeRequest };
export type Answer = ParsedArticle | Entity[] | null | undefined;

/**
 * The article's blocks with the text of promo and furniture blocks emptied: they keep their index, so
 * mentions still point into Article.blocks.
 */
export function readableBlocks(article: Article, unread: ReadonlySet<number>): { text: string; kind: Block['kind'] }[] {
  return article.blocks.map((b, i) => ({ text: unread.has(i) ? '' : b.text, kind: b.kind }));
}

/** The Report's text fields: the non-empty blocks, whitespace collapsed, and the reading time of their text. */
export function reportText(readable: readonly { text: string; kind: Block['kind'] }[], lang: string | null): Pick<Report, 'blocks' | 'text' | 'readingMinutes'> {
  const blocks = readable.filter((b) => b.text.trim()).map((b) => ({ text: collapseWhitespace(b.text), kind: b.kind }));
  const text = blocks.map((b) => b.text).join('\n\n');
  return { blocks, text, readingMinutes: readingMinutes(text, lang) };
}

/**
 * The pipeline as a sequence of stages: it yields after each one, so that a caller on a page's main thread
 * can give the page its turn between stages (the content script), while analyzePage (analyze-page.ts)
 * runs it straight through (the CLI). Timings count each stage's own work, not the pauses between them.
 */
export function* pipelineStages(doc: Document, opts: PipelineOptions = {}): Generator<Step, Analysis, Answer> {
  const now = opts.now ?? (() => performance.now());
  const url = opts.url ?? (doc.URL && doc.URL !== 'about:blank' ? doc.URL : null);
  const report = emptyReport(url);
  let t = now();
  const lap = (stage: Stage): Step => {
    const n = now();
    report.timings[stage] = Math.round(((report.timings[stage] ?? 0) + n - t) * 100) / 100;
    report.timings.total = Math.round(((report.timings.total ?? 0) + (n - t)) * 100) / 100;
    return { stage };
  };
  const resume = () => {
    t = now();
  };

  const detection = detectArticle(doc, url);
  report.isArticle = detection.isArticle;
  report.detection = detection;
  if (!detection.isArticle && !opts.force) {
    lap('detect');
    return { report, article: null, promoMatches: [] };
  }
  const over = opts.force ? null : overBudget(doc, opts.budget);
  if (over) {
    lap('detect');
    report.isArticle = false;
    report.detection = { ...detection, isArticle: false, signals: [...detection.signals, { id: 'too-large', weight: 0, detail: over }] };
    return { report, article: null, promoMatches: [] };
  }
  yield lap('detect');
  const promoOptions = { userRules: opts.userRules ?? [], disabledRuleIds: opts.disabledRules ?? [], host: siteKey(url) };
  const langHint = opts.langHint ?? null;
  const away = yield { request: 'parse', promos: { ...promoOptions, baseURI: doc.baseURI || url || '', langHint } };
  resume();

  const guessLang = langHint ? () => langHint : opts.guessLang;
  const extractOptions = { url, guessLang, maxElemsToParse: opts.maxElemsToParse };
  // The parse done elsewhere: a verdict, or null (no article); undefined when nobody answered.
  const parsed = Array.isArray(away) ? undefined : away;
  let article: Article | null = null;
  if (parsed === undefined) article = extractArticle(doc, extractOptions);
  else if (parsed) {
    const liveTexts = mapToLive(parsed.texts, doc);
    yield lap('extract');
    resume();
    article = articleFromLiveTexts(doc, parsed, liveTexts, extractOptions);
  }
  if (!article) {
    lap('extract');
    report.isArticle = false;
    report.detection = { ...report.detection, isArticle: false, signals: [...report.detection.signals, { id: 'no-content', weight: 0 }] };
    return { report, article: null, promoMatches: [] };
  }
  // What Readability chose may show a list of links or headlines: the verdict is taken again.
  report.detection = reweigh(report.detection, listingSignals(article));
  report.isArticle = report.detection.isArticle || !!opts.force;
  if (!report.isArticle) {
    lap('extract');
    return { report, article: null, promoMatches: [] };
  }
  Object.assign(report, {
    title: article.title, byline: article.byline, siteName: article.siteName, lang: article.lang,
    publishedTime: article.publishedTime,
  });
  yield lap('extract');
  resume();

  const onCopy = parsed?.promos;
  const fromCopy = onCopy ? promosFromCopy(article, onCopy) : null;
  const { promos: promoMatches, furniture } = fromCopy ?? findPromosAndFurniture(article, promoOptions);
  if (onCopy && fromCopy) report.timings.promosOnCopy = onCopy.ms;
  report.promos = promoMatches.map((m): Promo => ({ blocks: m.blocks, text: m.text, ruleId: m.ruleId, reason: m.reason, hidden: true }));
  report.setAside = furniture;
  yield lap('promos');
  resume();

  const unread = new Set([...promoMatches, ...furniture].flatMap((m) => m.blocks));
  const readable = readableBlocks(article, unread);
  let entities: Entity[];
  if (opts.recognize) entities = opts.recognize(readable, article.lang);
  else {
    lap('entities');
    const answer = yield { request: 'recognize', input: { blocks: readable.map((b) => ({ text: b.text })), lang: article.lang } };
    resume();
    entities = Array.isArray(answer) ? answer : [];
  }
  report.entities = entities;
  Object.assign(report, reportText(readable, article.lang));
  if (!opts.summarize) {
    lap('entities');
    return { report, article, promoMatches };
  }
  yield lap('entities');
  resume();

  report.summary = opts.summarize(report, opts.summaryLength);
  lap('summary');
  return { report, article, promoMatches };
}

