import { Readability } from '@mozilla/readability';
import type { ParsedArticle } from '../report';
import { collapseWhitespace } from '../whitespace';

/**
 * Runs Readability on a document it may rewrite (a clone, or a copy parsed from the page's HTML) and
 * returns its verdict as plain data: the metadata, and the text nodes it kept, each with its position
 * among the document's text nodes BEFORE the parse, which is how the live page's nodes are found again.
 */

export interface ReadabilityOptions {
  /** Readability's element budget: beyond it, parse() throws; we return null instead. */
  maxElemsToParse?: number;
}

/** Keep embeds: the promo stage must see a "Watch:" line's video to hide both. */
const VIDEO_HOSTS = /\/\/(www\.)?(youtube(-nocookie)?\.com|player\.vimeo\.com|dailymotion\.com|twitter\.com|x\.com|facebook\.com)/i;

export function allTextNodes(doc: Document): Text[] {
  const out: Text[] = [];
  if (!doc.documentElement) return out;
  const walker = doc.createTreeWalker(doc.documentElement, 0x4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

const clean = (s: string | null | undefined) => (s && collapseWhitespace(s)) || null;

export function runReadability(doc: Document, options: ReadabilityOptions = {}): ParsedArticle | null {
  if (!doc.documentElement || !doc.body) return null;
  const position = new Map<Text, number>();
  allTextNodes(doc).forEach((t, i) => position.set(t, i));
  let parsed: ReturnType<Readability<Node>['parse']>;
  try {
    parsed = new Readability<Node>(doc, {
      // Only the kept text nodes are read: no HTML to write, and no class attributes to strip from the copy
      // (its last walk over the article, 3–5% of a parse).
      serializer: (el) => el,
      keepClasses: true,
      maxElemsToParse: options.maxElemsToParse ?? 0,
      allowedVideoRegex: VIDEO_HOSTS,
    }).parse();
  } catch {
    return null;
  }
  if (!parsed?.content) return null;
  const texts: ParsedArticle['texts'] = [];
  const walker = doc.createTreeWalker(parsed.content, 0x4);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    if (n.data.trim()) texts.push({ index: position.get(n) ?? -1, data: n.data });
  }
  return {
    title: clean(parsed.title),
    byline: clean(parsed.byline),
    siteName: parsed.siteName?.trim() || null,
    lang: parsed.lang?.trim() || null,
    publishedTime: parsed.publishedTime?.trim() || null,
    excerpt: clean(parsed.excerpt),
    texts,
  };
}
