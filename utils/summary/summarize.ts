import type { BlockKind } from '../article/types';
import type { Summary } from '../report';
import { bodySentences, type BodySentence } from './candidates';
import { centrality } from './centrality';
import { selectKeyFacts } from './key-fact-select';
import { targetSentenceCount, type SummaryLength } from './length';
import { mmrSelect } from './mmr';
import { findPublisherPoints } from './publisher-points';
import { cosine, matrix, tfidfVectors } from './similarity';
import { contentTerms, fold } from './terms';
import { truncateSentence } from './truncate';

export type { SummaryLength } from './length';

/**
 * Lede's extractive summary. Sentences are scored by four signals, each normalised to 0..1:
 *  - centrality: continuous LexRank (PageRank over the TF-IDF cosine graph of the body sentences);
 *  - lead: news puts the essentials first (inverted pyramid), so earlier sentences weigh more;
 *  - title: share of the headline's content words the sentence repeats;
 *  - entities: density of the companies and names the article is about.
 * Then MMR picks the best non-redundant set, shown in article order.
 */

export interface SummaryInput {
  title: string | null;
  lang: string | null;
  /** Article blocks in order, promo blocks already removed. */
  blocks: readonly { text: string; kind: BlockKind }[];
  /** Names of the entities found in the article (companies, cryptos), when known. */
  entityNames?: string[];
}

/** Weight of graph centrality: what the article keeps coming back to. */
const WEIGHT_CENTRALITY = 0.35;
/** Weight of the lead prior: news writing front-loads the who/what/how much. */
const WEIGHT_LEAD = 0.4;
/** Weight of overlap with the headline: the editor's own one-line summary. */
const WEIGHT_TITLE = 0.15;
/** Weight of entity density: sentences naming the actors carry the facts. */
const WEIGHT_ENTITIES = 0.1;
/** Lead prior halves every this many sentences: 1 for the first, 0.5 for the fourth, 0.25 for the seventh. */
const LEAD_HALF_LIFE = 3;
/** Paragraph openers are topic sentences: a small bonus on the lead prior (before clamping to 1). */
const PARAGRAPH_OPENER_BONUS = 0.15;
/** Sentences shorter than this many words carry little: their score is scaled by SHORT_SENTENCE_FACTOR. */
const SHORT_SENTENCE_WORDS = 10;
const SHORT_SENTENCE_FACTOR = 0.75;
/** Questions rarely summarise a news story (they set up the next paragraph): subtracted from the score. */
const QUESTION_PENALTY = 0.15;
/** A sentence that opens with a quotation mark is mostly a quote: colour, not facts. Subtracted. */
const QUOTE_OPENING_PENALTY = 0.1;

const QUOTE_OPENING = /^[«“"„‘']/u;
const CAPITALISED_INNER_WORD = /(?<=[\s(])\p{Lu}[\p{L}\p{N}&.-]*/gu;

function normaliseMax(values: number[]): number[] {
  const max = Math.max(0, ...values);
  return max > 0 ? values.map((v) => v / max) : values.map(() => 0);
}

function leadPrior(s: BodySentence): number {
  const base = Math.pow(0.5, s.position / LEAD_HALF_LIFE);
  return Math.min(1, base + (s.firstInBlock ? PARAGRAPH_OPENER_BONUS * base : 0));
}

function titleOverlap(s: BodySentence, titleTerms: Set<string>): number {
  if (titleTerms.size === 0) return 0;
  let shared = 0;
  for (const t of new Set(s.terms)) if (titleTerms.has(t)) shared++;
  return shared / titleTerms.size;
}

/**
 * Mentions of the given entity names per word; without names, capitalised words inside the sentence
 * (proper nouns in cased scripts) stand in for them.
 */
function entityDensity(s: BodySentence, names: readonly string[]): number {
  const words = Math.max(1, s.wordCount);
  if (names.length) {
    const text = fold(s.text);
    let hits = 0;
    for (const n of names) {
      const f = fold(n);
      if (f.length < 2) continue;
      for (let i = text.indexOf(f); i >= 0; i = text.indexOf(f, i + f.length)) hits++;
    }
    return hits / Math.sqrt(words);
  }
  return (s.text.match(CAPITALISED_INNER_WORD)?.length ?? 0) / Math.sqrt(words);
}

/** Final score of each sentence of the pool. Exported for the evaluation and tests. */
export function scoreSentences(pool: readonly BodySentence[], title: string | null, lang: string | null, entityNames: readonly string[] = []): number[] {
  const vectors = tfidfVectors(pool.map((s) => s.terms));
  const central = normaliseMax(centrality(matrix(vectors, cosine)));
  const titleTerms = new Set(title ? contentTerms(title, lang) : []);
  const titleScores = normaliseMax(pool.map((s) => titleOverlap(s, titleTerms)));
  const entityScores = normaliseMax(pool.map((s) => entityDensity(s, entityNames)));
  return pool.map((s, i) => {
    let score =
      WEIGHT_CENTRALITY * central[i] + WEIGHT_LEAD * leadPrior(s) + WEIGHT_TITLE * titleScores[i] + WEIGHT_ENTITIES * entityScores[i];
    if (s.wordCount < SHORT_SENTENCE_WORDS) score *= SHORT_SENTENCE_FACTOR;
    if (/[?？]\s*[»”"]?$/u.test(s.text)) score -= QUESTION_PENALTY;
    if (QUOTE_OPENING.test(s.text)) score -= QUOTE_OPENING_PENALTY;
    return score;
  });
}

/**
 * Centrality compares every pair of candidates, so its cost grows with the square of their number. A news
 * story has 20–80 sentences; past this many (Wikipedia-length pages) only the first ones compete, where
 * the lead prior would have put the summary anyway.
 */
export const MAX_CANDIDATES = 150;

/** The sentences a summary may choose from: the eligible ones, or any when none is (a very short text). */
export function summaryPool(all: readonly BodySentence[]): BodySentence[] {
  const eligible = all.filter((s) => s.eligible);
  return (eligible.length ? eligible : [...all]).slice(0, MAX_CANDIDATES);
}

/** A sentence holding this share of a publisher's point's content words says that point again. */
const RESTATES_POINT = 0.6;

/**
 * The panel shows the publisher's points above the summary: a sentence that says one of them again is left
 * out, while enough sentences remain to choose from.
 */
function withoutRestatements(pool: BodySentence[], points: readonly string[], lang: string | null): BodySentence[] {
  if (points.length === 0) return pool;
  const pointTerms = points.map((p) => new Set(contentTerms(p, lang))).filter((t) => t.size > 0);
  const restates = (s: BodySentence) => {
    const own = new Set(s.terms);
    return pointTerms.some((p) => [...p].filter((t) => own.has(t)).length / p.size >= RESTATES_POINT);
  };
  const kept = pool.filter((s) => !restates(s));
  return kept.length >= MIN_POOL_AFTER_RESTATEMENTS ? kept : pool;
}
const MIN_POOL_AFTER_RESTATEMENTS = 3;

export function summarize(input: SummaryInput, opts: { length?: SummaryLength } = {}): Summary {
  const publisher = findPublisherPoints(input.blocks);
  const all = bodySentences(input.blocks, input.title, input.lang, new Set(publisher.blocks));
  const pool = withoutRestatements(summaryPool(all), publisher.points, input.lang);

  const bodyWords = all.reduce((n, s) => n + s.wordCount, 0);
  const count = targetSentenceCount(opts.length ?? 'medium', bodyWords, pool.length);
  const scores = scoreSentences(pool, input.title, input.lang, input.entityNames);
  const vectors = tfidfVectors(pool.map((s) => s.terms));
  const chosen = mmrSelect(scores, (i, j) => cosine(vectors[i], vectors[j]), count)
    .map((i) => pool[i])
    .sort((a, b) => a.position - b.position);

  const sentences = chosen.map((s) => truncateSentence(s.text));
  return {
    sentences,
    // Facts the summary and the publisher's points do not already give, from the body's sentences in order.
    keyFacts: selectKeyFacts(
      all.map((s) => s.text),
      input.lang,
      [...publisher.points, ...chosen.map((s) => s.text)],
    ),
    publisherPoints: publisher.points,
  };
}
