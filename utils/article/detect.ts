import { isProbablyReaderable } from '@mozilla/readability';
import type { Detection } from '../report';
import { jsonLdTypes } from './json-ld';

/**
 * Is this page a news article? Cheap page signals first (meta tags, JSON-LD, microdata, <article>),
 * then Readability's isProbablyReaderable (a querySelectorAll over p/pre and a length sum: no parse).
 *
 * Each signal has a weight; the confidence is 1 - Π(1 - w) over the signals found, so independent
 * signals reinforce each other without ever reaching 1 on their own. A page is an article when the
 * confidence reaches ARTICLE_THRESHOLD. Negative signals (og:type=website on a page that is not
 * readerable, a page whose main content is a form) only lower it.
 */

/** JSON-LD @type values that mean "this page is one article". */
const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|AskPublicNewsArticle|BlogPosting|LiveBlogPosting|TechArticle|ScholarlyArticle|Report|SocialMediaPosting)$/;

const WEIGHTS = {
  readerable: 0.6,
  'og:type=article': 0.45,
  'json-ld': 0.55,
  'itemprop=articleBody': 0.45,
  'article+h1': 0.3,
  'article:published_time': 0.25,
} as const;

export const ARTICLE_THRESHOLD = 0.55;

/**
 * For each key, the trimmed content of the first <meta> whose property or name is that key (null when
 * that first one has none), as `meta[property=key], meta[name=key]` would find it: one pass over the
 * page's metas for all keys. A selector per key walked the whole page whenever the tag was missing
 * (wikipedia-2: 0.26 ms each).
 */
function metaContents<K extends string>(doc: Document, keys: readonly K[]): Record<K, string | null> {
  const out = {} as Record<K, string | null>;
  const seen = new Set<string>();
  for (const el of doc.getElementsByTagName('meta')) {
    if (seen.size === keys.length) break;
    const property = el.getAttribute('property');
    const name = el.getAttribute('name');
    for (const k of keys) {
      if (seen.has(k) || (property !== k && name !== k)) continue;
      seen.add(k);
      out[k] = el.getAttribute('content')?.trim() || null;
    }
  }
  for (const k of keys) if (!seen.has(k)) out[k] = null;
  return out;
}

const ASCII_WHITESPACE = /[\t\n\f\r ]+/;

/** Microdata on the page, from one query: an element `[itemprop~=articleBody]`, one `[itemprop=datePublished]`. */
function microdata(doc: Document): { articleBody: boolean; datePublished: boolean } {
  let articleBody = false;
  let datePublished = false;
  for (const el of doc.querySelectorAll('[itemprop]')) {
    const v = el.getAttribute('itemprop') ?? '';
    if (v === 'datePublished') datePublished = true;
    if (!articleBody && v.includes('articleBody') && v.split(ASCII_WHITESPACE).includes('articleBody')) articleBody = true;
    if (articleBody && datePublished) break;
  }
  return { articleBody, datePublished };
}

export function detectArticle(doc: Document): Detection {
  const signals: string[] = [];
  let miss = 1;
  const add = (signal: string, weight: number) => {
    signals.push(signal);
    miss *= 1 - weight;
  };

  const metas = metaContents(doc, ['og:type', 'article:published_time']);
  const items = microdata(doc);
  const ogType = metas['og:type']?.toLowerCase() ?? null;
  if (ogType === 'article' || ogType?.startsWith('article.')) add(`og:type=${ogType}`, WEIGHTS['og:type=article']);

  const ldType = jsonLdTypes(doc).find((t) => ARTICLE_TYPES.test(t));
  if (ldType) add(`json-ld:${ldType}`, WEIGHTS['json-ld']);

  if (items.articleBody) add('itemprop=articleBody', WEIGHTS['itemprop=articleBody']);

  const articles = doc.getElementsByTagName('article');
  if (articles.length === 1 && articles[0].querySelector('h1')) add('article+h1', WEIGHTS['article+h1']);

  if (metas['article:published_time'] || items.datePublished)
    add('article:published_time', WEIGHTS['article:published_time']);

  let readerable = false;
  try {
    readerable = !!doc.body && isProbablyReaderable(doc);
  } catch {
    readerable = false;
  }
  if (readerable) add('readerable', WEIGHTS.readerable);

  // A page that says it is a website (home page, section front) and has no article body is not one.
  if (ogType === 'website' && !readerable) {
    signals.push('og:type=website');
    miss = Math.max(miss, 0.9);
  }

  const confidence = Math.round((1 - miss) * 100) / 100;
  return { isArticle: confidence >= ARTICLE_THRESHOLD, confidence, signals };
}
