import type { Article } from '../article/types';
import type { Detection, Entity, Promo, Report, StageName, Summary, UserRule } from '../report';
import type { AwayPromoRequest, ParsedArticle, RecognizeRequest, Recognizer } from './wire';
import { detectArticle, reweigh } from '../article/detect';
import { listingSignals } from '../article/listing';
import { articleFromLiveTexts, extractArticle, mapToLive } from '../article/extract';
import type { LangGuesser } from '../article/lang';
import { findPromosAndFurniture, type PromoMatch } from '../promo';
import { promosFromCopy } from './promos-on-copy';
import { siteKey } from '../host';
import type { SummaryLength } from '../extension/site-settings';
import { emptyReport, readableBlocks, reportText } from './report-text';

/**
 * The pipeline, one direction, plain data between stages:
 *   detect → extract → promos → entities → assemble → (summary) → Report.
 * It never changes the document (hiding and highlighting are applied afterwards by utils/dom/ from what it
 * returns) and holds no clock: the drivers (local.ts on one thread, split.ts on a page) time its steps.
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
   * The summary stage (utils/summary/summarize-report.ts), passed in by the callers that want it here (the CLI).
   * The content script leaves it to the side panel, so its bundle never carries the summariser.
   */
  summarize?: (report: Report, length?: SummaryLength) => Summary | null;
  summaryLength?: SummaryLength;
  /** The recogniser to run here (utils/entities/recognize.ts); without it, the driver is asked. */
  recognize?: Recognizer;
  /** Readability's element budget (0 = none). */
  maxElemsToParse?: number;
  /**
   * On a page's main thread, pages beyond this budget are not extracted unless forced: Readability's parse
   * is one uninterruptible task, seconds long on a multi-megabyte page. The report says why.
   */
  budget?: { maxElements: number; maxTextChars: number };
}

export interface Analysis {
  report: Report;
  /** The live article, or null when there is none. */
  article: Article | null;
  /** The promo matches with their live elements (Report.promos is their plain-data view). */
  promoMatches: PromoMatch[];
}

/**
 * What the pipeline yields: the stage whose work it just did (`awayMs`: part of it was done away, this long),
 * or a request the driver may answer with work done elsewhere (the extension does both away from the
 * page's thread):
 * - `parse`: Readability's verdict ({ parsed }; null: no article; no answer: it runs here on a clone), with
 *   the promo stage's options so that it can run on the same copy (used only when the copy matches the
 *   page, else the promo stage runs here);
 * - `recognize`: the entities of these blocks ({ entities }; no answer: opts.recognize, else none).
 */
export type Step =
  | { stage: StageName; awayMs?: number }
  | { stage: StageName; request: 'parse'; promos: AwayPromoRequest }
  | { stage: StageName; request: 'recognize'; input: RecognizeRequest };
export type Answer = { parsed?: ParsedArticle | null; entities?: Entity[] } | undefined;
/** The pipeline's end: the analysis, and the stage whose work came last. */
export interface Done {
  stage: StageName;
  analysis: Analysis;
}
type Stages<T> = Generator<Step, T, Answer>;

const nothing = (report: Report): Analysis => ({ report, article: null, promoMatches: [] });

/** What is beyond the budget ("31,204 elements"), else null. Both counts are cheap (no layout, no copy). */
function overBudget(doc: Document, budget: PipelineOptions['budget']): string | null {
  if (!budget) return null;
  const elements = doc.getElementsByTagName('*').length;
  if (elements > budget.maxElements) return `${elements} elements`;
  const chars = doc.body?.textContent?.length ?? 0;
  if (chars > budget.maxTextChars) return `${chars} characters`;
  return null;
}

/** With an added signal that overrides the verdict: the page is not read. */
const notRead = (d: Detection, id: string, detail?: string): Detection => ({
  ...d, isArticle: false, signals: [...d.signals, detail === undefined ? { id, weight: 0 } : { id, weight: 0, detail }],
});

/**
 * The stages in order. A driver on a page's main thread gives the page its turn at every step (split.ts);
 * one on its own thread runs them straight through (local.ts).
 */
export function* pipelineStages(doc: Document, opts: PipelineOptions = {}): Generator<Step, Done, Answer> {
  const url = opts.url ?? (doc.URL && doc.URL !== 'about:blank' ? doc.URL : null);
  const report = emptyReport(url);
  report.detection = detectArticle(doc, url);
  report.isArticle = report.detection.isArticle;
  if (!report.isArticle && !opts.force) return { stage: 'detect', analysis: nothing(report) };
  const over = opts.force ? null : overBudget(doc, opts.budget);
  if (over) {
    report.detection = notRead(report.detection, 'too-large', over);
    report.isArticle = false;
    return { stage: 'detect', analysis: nothing(report) };
  }
  yield { stage: 'detect' };

  const promoOptions = { userRules: opts.userRules ?? [], disabledRuleIds: opts.disabledRules ?? [], host: siteKey(url) };
  const { article, parsed } = yield* extractStage(doc, url, opts, { ...promoOptions, baseURI: doc.baseURI || url || '', langHint: opts.langHint ?? null });
  if (!article) {
    report.detection = notRead(report.detection, 'no-content');
    report.isArticle = false;
    return { stage: 'extract', analysis: nothing(report) };
  }
  // What Readability chose may show a list of links or headlines: the verdict is taken again.
  report.detection = reweigh(report.detection, listingSignals(article));
  report.isArticle = report.detection.isArticle || !!opts.force;
  if (!report.isArticle) return { stage: 'extract', analysis: nothing(report) };
  const { title, byline, siteName, lang, publishedTime } = article;
  Object.assign(report, { title, byline, siteName, lang, publishedTime });
  yield { stage: 'extract' };

  const onCopy = parsed?.promos;
  const fromCopy = onCopy ? promosFromCopy(article, onCopy) : null;
  const { promos: promoMatches, furniture } = fromCopy ?? findPromosAndFurniture(article, promoOptions);
  report.promos = promoMatches.map((m): Promo => ({ blocks: m.blocks, text: m.text, ruleId: m.ruleId, reason: m.reason, hidden: true }));
  report.setAside = furniture;
  yield onCopy && fromCopy ? { stage: 'promos', awayMs: onCopy.ms } : { stage: 'promos' };

  const readable = readableBlocks(article, new Set([...promoMatches, ...furniture].flatMap((m) => m.blocks)));
  report.entities = yield* entityStage(readable, article.lang, opts.recognize);
  yield { stage: 'entities' };

  Object.assign(report, reportText(readable, article.lang));
  const analysis = { report, article, promoMatches };
  if (!opts.summarize) return { stage: 'assemble', analysis };
  yield { stage: 'assemble' };

  report.summary = opts.summarize(report, opts.summaryLength);
  return { stage: 'summary', analysis };
}

/** Readability's verdict, from away (the driver's answer) or here on a clone; then the live article. */
function* extractStage(doc: Document, url: string | null, opts: PipelineOptions, promos: AwayPromoRequest): Stages<{ article: Article | null; parsed: ParsedArticle | null | undefined }> {
  const answer = yield { stage: 'extract', request: 'parse', promos };
  const langHint = promos.langHint;
  const extractOptions = { url, guessLang: langHint ? () => langHint : opts.guessLang, maxElemsToParse: opts.maxElemsToParse };
  // The parse done elsewhere: a verdict, or null (no article); undefined when nobody answered.
  const parsed = answer?.parsed;
  if (parsed === undefined) return { article: extractArticle(doc, extractOptions), parsed };
  if (parsed === null) return { article: null, parsed };
  const liveTexts = mapToLive(parsed.texts, doc);
  yield { stage: 'extract' };
  return { article: articleFromLiveTexts(doc, parsed, liveTexts, extractOptions), parsed };
}

/** The recogniser here, or the driver's answer. */
function* entityStage(readable: readonly { text: string }[], lang: string | null, recognize?: Recognizer): Stages<Entity[]> {
  if (recognize) return recognize(readable, lang);
  const answer = yield { stage: 'entities', request: 'recognize', input: { blocks: readable.map((b) => ({ text: b.text })), lang } };
  return answer?.entities ?? [];
}
