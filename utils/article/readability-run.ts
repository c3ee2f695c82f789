import { Readability } from '@mozilla/readability';
import type { ReadabilityVerdict } from './types';
import { collapseWhitespace } from '../whitespace';

/**
 * Runs Readability on a document it may rewrite (a clone, or a copy parsed from the page's HTML) and
 * returns its verdict as plain data: the metadata, and the text nodes it kept, each with its position
 * among the document's text nodes BEFORE the parse, which is how the live page's nodes are found again.
 */

export interface ReadabilityOptions {
  /** Readability's element budget: beyond it, parse() throws; we return null instead. */
  maxElemsToParse?: number;
  /** Run Readability's whole parse() (tests compare the two). */
  fullParse?: boolean;
}

/** Keep embeds: the promo stage must see a "Watch:" line's video to hide both. */
const VIDEO_HOSTS = /\/\/(www\.)?(youtube(-nocookie)?\.com|player\.vimeo\.com|dailymotion\.com|twitter\.com|x\.com|facebook\.com)/i;

/** Every text node of the document in document order, with its position: the numbering both sides share. */
function eachTextNode(doc: Document, visit: (t: Text, position: number) => void): void {
  if (!doc.documentElement) return;
  const walker = doc.createTreeWalker(doc.documentElement, 0x4 /* SHOW_TEXT */);
  let i = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) visit(n as Text, i++);
}

export function allTextNodes(doc: Document): Text[] {
  const out: Text[] = [];
  eachTextNode(doc, (t) => out.push(t));
  return out;
}

/**
 * Each text node of the copy carries its position under a symbol of Lede's: the copy is Lede's own, thrown
 * away after the parse, and a property costs a third of what a Map of all its text nodes does (0.1 ms on a
 * 3,000-node page). Nodes the parse makes (when it starts over from the HTML it saved) have none, and are
 * found again by their text (extract.ts).
 */
const POSITION = Symbol('lede.position');
type Numbered = Text & { [POSITION]?: number };

const numberTextNodes = (doc: Document): void => eachTextNode(doc, (t, i) => void ((t as Numbered)[POSITION] = i));
const positionOf = (t: Text): number => (t as Numbered)[POSITION] ?? -1;

const clean = (s: string | null | undefined) => (s && collapseWhitespace(s)) || null;

/**
 * What Lede reads of a parse: the kept content and the metadata. Everything else parse() does after
 * choosing the content is presentation, which Lede never shows: absolute URLs for links and images, nested
 * <div>s flattened (neither adds or drops a text with letters in it), the text's length, and a debug line
 * that serialises the whole article even with logging off (Readability guards its other HTML-logging
 * lines for speed; this one it does not). Together a median 5% of a parse over 18 corpus pages, up to 16%.
 */
interface Kept {
  content: Element;
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  lang?: string | null;
  publishedTime?: string | null;
  excerpt?: string | null;
}

/** Readability's own steps before and including the choice of content, in parse()'s order (0.6). */
interface ReadabilitySteps {
  _unwrapNoscriptImages(doc: Document): void;
  _getJSONLD(doc: Document): Record<string, string>;
  _removeScripts(doc: Document): void;
  _prepDocument(): void;
  _getArticleMetadata(jsonLd: Record<string, string>): Record<string, string | undefined>;
  _grabArticle(): Element | null;
  _metadata: unknown;
  _articleTitle: string | null;
  _articleByline: string | null;
  _articleSiteName: string | null;
  _articleLang?: string | null;
}

const STEP_NAMES = ['_unwrapNoscriptImages', '_getJSONLD', '_removeScripts', '_prepDocument', '_getArticleMetadata', '_grabArticle'] as const;

/** Are the steps there (a later Readability may rename them)? Else the caller runs parse() itself. */
export const hasSteps = (reader: object): boolean => STEP_NAMES.every((k) => typeof (reader as Record<string, unknown>)[k] === 'function');

function keptBySteps(r: ReadabilitySteps, doc: Document, maxElems: number): Kept | null {
  if (maxElems > 0 && doc.getElementsByTagName('*').length > maxElems) return null;
  r._unwrapNoscriptImages(doc);
  const jsonLd = r._getJSONLD(doc);
  r._removeScripts(doc);
  r._prepDocument();
  const metadata = r._getArticleMetadata(jsonLd);
  r._metadata = metadata;
  r._articleTitle = metadata.title ?? null;
  const content = r._grabArticle();
  if (!content) return null;
  return {
    content,
    title: r._articleTitle,
    byline: metadata.byline || r._articleByline,
    siteName: metadata.siteName || r._articleSiteName,
    lang: r._articleLang,
    publishedTime: metadata.publishedTime,
    excerpt: metadata.excerpt || content.getElementsByTagName('p')[0]?.textContent?.trim(),
  };
}

export function runReadability(doc: Document, options: ReadabilityOptions = {}): ReadabilityVerdict | null {
  if (!doc.documentElement || !doc.body) return null;
  numberTextNodes(doc);
  const maxElems = options.maxElemsToParse ?? 0;
  let kept: Kept | null;
  try {
    const reader = new Readability<Node>(doc, {
      // Where parse() runs (steps renamed), only the kept text nodes are read: no HTML to write, and no class
      // attributes to strip from the copy (its last walk over the article, 3–5% of a parse).
      serializer: (el) => el,
      keepClasses: true,
      maxElemsToParse: maxElems,
      allowedVideoRegex: VIDEO_HOSTS,
    });
    if (options.fullParse || !hasSteps(reader)) {
      const parsed = reader.parse();
      kept = parsed?.content ? { ...parsed, content: parsed.content as Element } : null;
    } else {
      kept = keptBySteps(reader as unknown as ReadabilitySteps, doc, maxElems);
    }
  } catch {
    return null;
  }
  if (!kept) return null;
  const texts: ReadabilityVerdict['texts'] = [];
  const walker = doc.createTreeWalker(kept.content, 0x4);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    if (n.data.trim()) texts.push({ index: positionOf(n), data: n.data });
  }
  return {
    title: clean(kept.title),
    byline: clean(kept.byline),
    siteName: kept.siteName?.trim() || null,
    lang: kept.lang?.trim() || null,
    publishedTime: kept.publishedTime?.trim() || null,
    excerpt: clean(kept.excerpt),
    texts,
  };
}
