/**
 * The one data shape shared by the content script, the side panel and the CLI.
 * Everything that crosses a message boundary is one of these types: plain JSON, no DOM.
 * Field names are stable: later stages extend, never rename.
 */

import type { Sector } from './entities/entry-facts';

/** Where a mention sits: block index in Article.blocks, and UTF-16 offsets into that block's text. */
export interface Mention {
  block: number;
  start: number;
  end: number;
  /** The mention as it reads on the page. */
  text: string;
}

export type EntityKind = 'company' | 'crypto';

export interface Entity {
  /** Stable id: the gazetteer id when known ("intel"), else a slug of the name. */
  id: string;
  kind: EntityKind;
  /** Canonical name ("Intel Corporation"). */
  name: string;
  ticker?: string;
  exchange?: string;
  /** Where the text gave the listing: the gazetteer's other listings of the company. */
  alsoListed?: { ticker: string; exchange?: string }[];
  /** A company Lede does not know, recognised from the text: how it was introduced. */
  foundBy?: FoundBy;
  /** What the gazetteer says of a company it knows: ISO country code, sector, owner, whether it runs exchanges. */
  country?: string;
  sector?: Sector;
  parent?: { id: string; name: string };
  exchangeOperator?: true;
  mentions: Mention[];
}

/** How a company Lede does not know was recognised: its legal form ("AG"), or a noun that introduces it. */
export interface FoundBy {
  cue: 'legal-form' | 'company-noun';
  /** The words that said so, as written ("GmbH", "the asset manager"). */
  words: string;
}

export interface Promo {
  /** Indexes into Article.blocks of the blocks hidden together (a "Watch:" line and its embed count as one). */
  blocks: number[];
  /** Text of the hidden block(s), whitespace-collapsed. */
  text: string;
  ruleId: string;
  /** Why it was hidden, in words a reader understands. */
  reason: string;
  /** False when the reader chose "show" for this one. */
  hidden: boolean;
}

/** Kinds of page furniture: blocks of the publisher's layout inside the article, not the story. */
export type FurnitureKind =
  | 'caption' | 'byline' | 'dateline' | 'breadcrumb' | 'reading-time' | 'copyright' | 'comments' | 'consent'
  | 'script-note' | 'toc' | 'share' | 'tags' | 'author-bio' | 'disclaimer';

/**
 * Blocks set aside from the text Lede reads (the summary, key facts and recogniser never see them), but left
 * as they are on the page: they are the publisher's layout, not ads.
 */
export interface SetAside {
  /** Indexes into Article.blocks, ascending. */
  blocks: number[];
  kind: FurnitureKind;
  /** What gave it away: "figcaption", "class byline", "phrase", "credit", "date only"… */
  signal: string;
  /** Text of the block(s), whitespace-collapsed, joined by a space. */
  text: string;
}

export type KeyFactKind = 'money' | 'percent' | 'year' | 'date' | 'number';

export interface KeyFact {
  kind: KeyFactKind;
  text: string;
  sentence: string;
}

export interface Summary {
  sentences: string[];
  keyFacts: KeyFact[];
  /** The publisher's own key points ("Key takeaways", a leading bullet list), when the article has them. */
  publisherPoints: string[];
}

/** One thing that spoke for or against the page being one article (utils/article/detect.ts). */
export interface DetectionSignal {
  /** Stable name ("og-article", "teasers-many", "too-large"): the panel words it in the reader's language. */
  id: string;
  /** Its weight in log-odds: positive for "an article", negative for "a list of articles" or "not an article". */
  weight: number;
  /** What was seen, where it helps ("NewsArticle", "article.opinion", "31,204 elements"). */
  detail?: string;
}

export interface Detection {
  /** The verdict: the prior plus the signals' weights is positive. */
  isArticle: boolean;
  /** 0..1: the logistic of that sum. */
  confidence: number;
  signals: DetectionSignal[];
}

export type BlockKind = 'paragraph' | 'heading' | 'list-item' | 'quote' | 'caption' | 'preformatted' | 'cell' | 'other';

/** One block of the article as Lede reads it (promos excluded): what the summary is computed from. */
export interface ReportBlock {
  text: string;
  kind: BlockKind;
}

export interface Report {
  url: string | null;
  /** Analysed as an article: detected as one, or the reader chose "Analyze anyway" (detection keeps the verdict). */
  isArticle: boolean;
  detection: Detection;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  /** BCP 47 primary tag, e.g. "fr". */
  lang: string | null;
  publishedTime: string | null;
  /** The article's plain text as Lede reads it, promos excluded, paragraphs separated by blank lines. */
  text: string;
  /** The same text, block by block with its kind (promos excluded). */
  blocks: ReportBlock[];
  readingMinutes: number;
  entities: Entity[];
  promos: Promo[];
  /** Page furniture inside the article (captions, bylines, datelines…): visible, but not read. */
  setAside: SetAside[];
  /**
   * Filled by the pipeline when asked (the CLI), else by the side panel from `blocks`: the content script
   * leaves it null so that the summariser (and its stopword lists) never weighs on pages whose reader
   * does not open the panel.
   */
  summary: Summary | null;
  /** What the run cost, in milliseconds (utils/pipeline/clock.ts). */
  timings: Timings;
}

/** The pipeline's stages, in order (utils/pipeline/stages.ts). */
export type StageName = 'detect' | 'extract' | 'promos' | 'entities' | 'assemble' | 'summary';

/** Milliseconds by stage, and what a run on a page's thread cost it (utils/pipeline/split.ts). */
export interface Timings extends Partial<Record<StageName, number>> {
  /** The stages together. */
  total?: number;
  /** The promo stage as run away from the page, on its copy (when the page took its answer). */
  promosOnCopy?: number;
  /** Serialising the page to send it away. */
  serialize?: number;
  /** Waiting for the work done away. */
  away?: number;
  /** Hiding and highlighting after the run. */
  apply?: number;
  /** The longest uninterrupted slice on the page's thread, and all its slices together. */
  longestTask?: number;
  mainThread?: number;
  /** mainThread of every run on this page so far (re-runs, superseded runs). */
  mainThreadAllRuns?: number;
  /** Runs on this page so far. */
  runs?: number;
}

/** What an article says about itself (Readability's metadata). */
export interface ArticleMeta {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  /** As the page gives it in ParsedArticle; a BCP 47 primary tag ("fr") in Article. */
  lang: string | null;
  publishedTime: string | null;
  excerpt: string | null;
}

/** A rule the reader added in the options page. */
export interface UserRule {
  id: string;
  /** 'phrase': the block's leading text; 'selector': a CSS selector matched on blocks and their ancestors. */
  kind: 'phrase' | 'selector';
  value: string;
  /** A host ("coingeek.com"), or null for every site. */
  site: string | null;
}

/** A page that could not be read at all (CLI): Report-shaped error line. */
export interface ReportError {
  path: string;
  error: string;
}
