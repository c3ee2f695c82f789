/**
 * Types of the promo stage: the rules (data), the matches (output) and the user's own rules.
 * Pure data: no browser globals. Elements in a PromoMatch are the live page's own.
 */
import type { Article } from '../article/types';
import type { ShapeCache } from './shape';
import type { UserRule } from '../report';

/** A block's links and how much of its text they hold (links.ts). */
export interface LinkStats {
  /** Links that hold some of the block's own text. */
  links: Element[];
  /** Non-space characters of own text inside links / in total. */
  linkChars: number;
  totalChars: number;
  /** linkChars / totalChars (0 for an empty block). */
  density: number;
}

export type { UserRule };

/** One promotional block (or group: a "Watch:" line and its embed) found inside the article. */
export interface PromoMatch {
  /**
   * Indexes into article.blocks, ascending. Empty for a box inside the article body that Readability
   * left out of its result (an aside, an ad slot): hidden all the same, since it sits in the story.
   */
  blocks: number[];
  /** The live elements to hide: block elements, a promo box container, the embed of a "Watch:" line. */
  elements: Element[];
  ruleId: string;
  /** Why, in words a reader understands ({site} already filled in). */
  reason: string;
  /** The matched blocks' text, whitespace-collapsed, joined by a space. */
  text: string;
}

export interface FindPromosOptions {
  userRules?: UserRule[];
  /** Built-in rule or heuristic ids the reader switched off. */
  disabledRuleIds?: string[];
  /** The page's host; defaults to the article URL's host. */
  host?: string | null;
}

/**
 * A built-in rule, written as data in the spirit of uBlock Origin's cosmetic filters. Every condition
 * given must hold (they are AND-ed); a rule gives at least one of lead, text, link, shape.
 * Phrases and patterns are matched against the NORMALISED block text (see normalize.ts): lower case,
 * accents removed, curly quotes straightened, one space between words, no space before : ; ? ! ».
 */
export interface PromoRule {
  /** Stable id, shown in the panel and used to switch the rule off ("en-new-to-blockchain"). */
  id: string;
  /** BCP 47 primary tags the rule applies to, or 'all'. */
  langs: readonly string[] | 'all';
  /** The block starts with one of these phrases (written naturally; normalised when compiled). */
  lead?: readonly string[];
  /** A pattern over the normalised block text. */
  text?: RegExp;
  /** A link inside the block whose text and/or absolute target have this shape. */
  link?: { text?: RegExp; href?: RegExp };
  /**
   * The block, or an ancestor below the article root, has a class/id/role token matching this.
   * Tokens are class names and the id split on - and _ (and camelCase), lower-cased.
   */
  shape?: RegExp;
  /** The whole normalised block text equals one of these labels ("publicite", "advertisement"). */
  label?: readonly string[];
  /** Longest block (normalised characters) the rule may match. Default 700; promo lines are short. */
  maxChars?: number;
  /**
   * 'required': match only when an embed (video iframe…) follows the line, and hide both.
   * 'optional': hide the following embed too when there is one.
   */
  embed?: 'required' | 'optional';
  /** Hide the small box around the line (newsletter form, sponsored insert) when there is one. */
  box?: boolean;
  /**
   * When the line is only the phrase ("Read more:", "Lire aussi :"), the short link lines right after it
   * are its list and are hidden with it (The Washington Post's "Read more:" then three headlines).
   */
  thenLinks?: boolean;
  /**
   * Only headings: the title of a box of links ("More from Business", "Weitere Beiträge aus der Kolumne"),
   * whose words begin many a sentence. With `thenLinks`, the link lines under it go with it.
   */
  headingOnly?: boolean;
  /** Why, for the reader. "{site}" is replaced by the site's name. */
  reason: string;
}

/** What heuristics and rule matching see: the article plus what is known about the site. */
export interface PromoContext {
  article: Article;
  /** Normalised texts of the blocks, parallel to article.blocks. */
  norm: string[];
  /** The first word of each block's lead (match-rule.ts leadText, then firstWord), parallel to norm. */
  leadWord: string[];
  /** Page host without "www.", lower case, or null. */
  host: string | null;
  /** The site's display name (og:site_name, else derived from the host), or null. */
  siteName: string | null;
  /** Normalised names the site goes by: "coingeek", "le monde", "lemonde". */
  siteNames: string[];
  lang: string | null;
  /** Index of the first block of the article's tail (closing boilerplate lives there). */
  tailStart: number;
  /** Shape terms of the elements asked about in this pass (shape.ts). */
  shapes: ShapeCache;
  /** isPlainBlock's answers in this pass, by block (four heuristics ask about the same tail blocks). */
  plain: (boolean | undefined)[];
  /** Link statistics in this pass, by block (links.ts blockLinkStats). */
  links: (LinkStats | undefined)[];
}

/** A heuristic: one file, one idea, one reason. Returns candidate groups of block indexes. */
export interface Heuristic {
  id: string;
  reason: string;
  find(ctx: PromoContext): Candidate[];
}

/** A candidate before de-duplication: blocks, plus extra elements (embed, box) to hide with them. */
export interface Candidate {
  blocks: number[];
  /** Elements to hide instead of the blocks' own elements (a box that contains them) or in addition (an embed). */
  containers?: Element[];
  extras?: Element[];
  ruleId: string;
  /** As the rule or heuristic writes it: "{site}" is filled in for the candidates find.ts keeps. */
  reason: string;
  /** Text to report when the candidate has no blocks (a leftover box Readability dropped). */
  text?: string;
}

/** Language data the heuristics use (not rules by themselves). */
export interface PromoWords {
  /**
   * Imperatives that invite the reader elsewhere ("check out", "consultez"). With the site's own name
   * and a link to the same site, they make a house ad.
   */
  invite: readonly string[];
}
