import type { Article } from './article/types';
import type { Entity, Promo, Report, Summary } from './report';
import { detectArticle } from './article/detect';
import { extractArticle } from './article/extract';
import type { LangGuesser } from './article/lang';
import { findPromos, type PromoMatch, type UserRule } from './promo';
import { recognizeEntities } from './entities/recognize';
import { readingMinutes } from './article/reading-time';
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
  disabledRules?: string[];
  userRules?: UserRule[];
  /**
   * The summary stage (utils/summarize-report.ts), passed in by the callers that want it here (the CLI).
   * The content script leaves it to the side panel, so its bundle never carries the summariser.
   */
  summarize?: (report: Report, length?: SummaryLength) => Summary | null;
  summaryLength?: SummaryLength;
  /** Readability's element budget (0 = none). */
  maxElemsToParse?: number;
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
    url, isArticle: false, detection: { confidence: 0, signals: [] }, title: null, byline: null, siteName: null,
    lang: null, publishedTime: null, text: '', blocks: [], readingMinutes: 0, entities: [], promos: [], summary: null, timings: {},
  };
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

function hostOf(url: string | null): string | null {
  try {
    return url ? new URL(url).hostname : null;
  } catch {
    return null;
  }
}

export function analyzePage(doc: Document, opts: PipelineOptions = {}): Analysis {
  const now = opts.now ?? (() => performance.now());
  const url = opts.url ?? (doc.URL && doc.URL !== 'about:blank' ? doc.URL : null);
  const report = emptyReport(url);
  const t0 = now();
  let t = t0;
  const lap = (stage: string) => {
    const n = now();
    report.timings[stage] = Math.round((n - t) * 100) / 100;
    t = n;
  };

  const detection = detectArticle(doc);
  report.isArticle = detection.isArticle;
  report.detection = { confidence: detection.confidence, signals: detection.signals };
  lap('detect');
  if (!detection.isArticle && !opts.force) {
    report.timings.total = Math.round((now() - t0) * 100) / 100;
    return { report, article: null, promoMatches: [] };
  }

  const article = extractArticle(doc, { url, guessLang: opts.guessLang, maxElemsToParse: opts.maxElemsToParse });
  lap('extract');
  if (!article) {
    report.isArticle = false;
    report.detection.signals = [...report.detection.signals, 'no-content'];
    report.timings.total = Math.round((now() - t0) * 100) / 100;
    return { report, article: null, promoMatches: [] };
  }
  Object.assign(report, {
    title: article.title, byline: article.byline, siteName: article.siteName, lang: article.lang,
    publishedTime: article.publishedTime,
  });

  const promoMatches = findPromos(article, { userRules: opts.userRules, disabledRuleIds: opts.disabledRules, host: hostOf(url) });
  const promoBlocks = new Set(promoMatches.flatMap((m) => m.blocks));
  report.promos = promoMatches.map((m): Promo => ({ blocks: m.blocks, text: m.text, ruleId: m.ruleId, reason: m.reason, hidden: true }));
  lap('promos');

  // Promo blocks keep their index (empty text) so mentions still point into Article.blocks.
  const readable = article.blocks.map((b, i) => (promoBlocks.has(i) ? { text: '', kind: b.kind } : { text: b.text, kind: b.kind }));
  const entities: Entity[] = recognizeEntities(readable, article.lang);
  report.entities = entities;
  lap('entities');

  report.blocks = readable.filter((b) => b.text.trim()).map((b) => ({ text: collapse(b.text), kind: b.kind }));
  report.text = report.blocks.map((b) => b.text).join('\n\n');
  report.readingMinutes = readingMinutes(report.text, article.lang);
  if (opts.summarize) {
    report.summary = opts.summarize(report, opts.summaryLength);
    lap('summary');
  }
  report.timings.total = Math.round((now() - t0) * 100) / 100;
  return { report, article, promoMatches };
}
