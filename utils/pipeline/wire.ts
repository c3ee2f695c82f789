/**
 * What crosses the boundary between the page and the extension (utils/pipeline/split.ts sends it, the
 * offscreen document or the Firefox background page answers through utils/pipeline/away.ts). Plain data:
 * it is structured-cloned by runtime messaging.
 */
import type { Entity, SetAside, UserRule } from '../report';
import type { ReadabilityVerdict } from '../article/types';

/** Readability's verdict on the page's copy, and the promo stage run on the same copy when it was asked for. */
export interface ParsedArticle extends ReadabilityVerdict {
  promos?: AwayPromos;
}

/** What the promo stage needs to run on the copy, away from the page, exactly as it would on the page. */
export interface AwayPromoRequest {
  /** The page's base URL: the copy's links resolve against it. */
  baseURI: string;
  host: string | null;
  /** The page's language when it declares none, as the page's side will take it. */
  langHint: string | null;
  userRules: UserRule[];
  disabledRuleIds: string[];
}

/**
 * The promo stage's result on a copy of the page. Elements are given by where they are (a path from the
 * article's root) and what they are (`sig`: tag, id, class, src, text length and start); the page's
 * side takes the result only when its own article has the same blocks and every element is found where the
 * copy had it.
 */
export interface AwayPromos {
  lang: string | null;
  /** How long the promo stage took on the copy (ms). */
  ms: number;
  /** The copy's article blocks: tag name and text length. */
  blocks: { tag: string; length: number }[];
  /** The copy's page furniture, by block index (the same blocks as the page's when `blocks` agree). */
  setAside: SetAside[];
  matches: {
    blocks: number[];
    /** `up` levels above the article's root, then the child positions `down` (utils/dom/element-path.ts). */
    elements: { up: number; down: number[]; sig: string }[];
    ruleId: string;
    reason: string;
    text: string;
  }[];
}

/** The recogniser's input: the article's blocks of text (promo and furniture blocks emptied) and their language. */
export interface RecognizeRequest {
  blocks: { text: string }[];
  lang: string | null;
}

export type Recognizer = (blocks: readonly { text: string }[], lang: string | null) => Entity[];
