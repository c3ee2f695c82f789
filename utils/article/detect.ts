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

function meta(doc: Document, key: string): string | null {
  const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
  const v = el?.getAttribute('content')?.trim();
  return v ? v : null;
}

export function detectArticle(doc: Document): Detection {
  const signals: string[] = [];
  let miss = 1;
  const add = (signal: string, weight: number) => {
    signals.push(signal);
    miss *= 1 - weight;
  };

  const ogType = meta(doc, 'og:type')?.toLowerCase() ?? null;
  if (ogType === 'article' || ogType?.startsWith('article.')) add(`og:type=${ogType}`, WEIGHTS['og:type=article']);

  const ldType = jsonLdTypes(doc).find((t) => ARTICLE_TYPES.test(t));
  if (ldType) add(`json-ld:${ldType}`, WEIGHTS['json-ld']);

  if (doc.querySelector('[itemprop~="articleBody"]')) add('itemprop=articleBody', WEIGHTS['itemprop=articleBody']);

  const articles = doc.getElementsByTagName('article');
  if (articles.length === 1 && articles[0].querySelector('h1')) add('article+h1', WEIGHTS['article+h1']);

  if (meta(doc, 'article:published_time') || doc.querySelector('[itemprop="datePublished"]'))
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
