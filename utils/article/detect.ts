import { isProbablyReaderable } from '@mozilla/readability';
import type { Detection, DetectionSignal } from '../report';
import { jsonLdTypes } from './json-ld';
import { pageShape } from './page-shape';
import { WEIGHTS, type SignalId } from './signal-weights';

/**
 * Is this page one article? Cheap page signals only (meta tags, JSON-LD, microdata, the URL, a few counts
 * of the page's elements, Readability's isProbablyReaderable): no parse. Each signal found adds its weight,
 * in log-odds, to a prior that says "not an article"; the page is an article when the sum is positive, and
 * the confidence is the sum's logistic. Negative signals weigh as much as positive ones, so that no single
 * signal decides: a news home page is "readerable" (its teasers are long enough), a section front may say
 * og:type=article, an article may say og:type=website or end in a long list of related stories.
 *
 * After extraction, listing.ts adds what Readability's choice of content shows (mostly links, several
 * headline links) and the verdict is taken again (reweigh).
 */

/** JSON-LD @type values that mean "this page is one article" (a live blog is one). */
const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|AskPublicNewsArticle|BlogPosting|LiveBlogPosting|TechArticle|ScholarlyArticle|Report|SocialMediaPosting)$/;
/** JSON-LD @type values of pages that list or describe other things: listings, search, profiles, media. */
const LISTING_TYPES = /^(?:CollectionPage|SearchResultsPage|ProfilePage|ImageGallery|MediaGallery|VideoGallery|VideoObject)$/;
/** JSON-LD @type values every page of a site may carry: not a verdict on their own. */
const SITE_TYPES = /^(?:WebSite|WebPage|Organization|NewsMediaOrganization|BreadcrumbList|SiteNavigationElement|Person|ImageObject)$/;



/** The page's <meta> values by property or name, the first of a key deciding (even empty): one pass for all. */
function metaValues(doc: Document): (key: string) => string | null {
  const values = new Map<string, string>();
  for (const el of doc.getElementsByTagName('meta')) {
    const content = el.getAttribute('content')?.trim() ?? '';
    for (const attr of ['property', 'name']) {
      const key = el.getAttribute(attr)?.toLowerCase();
      if (key && !values.has(key)) values.set(key, content);
    }
  }
  return (key) => values.get(key) || null;
}

/** The verdict for a score (the prior included): positive is an article. */
function verdict(signals: readonly DetectionSignal[]): Pick<Detection, 'isArticle' | 'confidence'> {
  const score = signals.reduce<number>((s, x) => s + x.weight, WEIGHTS.prior);
  return { isArticle: score > 0, confidence: Math.round(100 / (1 + Math.exp(-score))) / 100 };
}

/** The detection again with more signals (what the extracted article shows): listing.ts. */
export function reweigh(d: Detection, more: readonly DetectionSignal[]): Detection {
  if (more.length === 0) return d;
  const signals = [...d.signals, ...more];
  return { ...verdict(signals), signals };
}

export function detectArticle(doc: Document, url: string | null = doc.URL): Detection {
  const signals: DetectionSignal[] = [];
  const add = (id: SignalId, detail?: string) => signals.push(detail ? { id, weight: WEIGHTS[id], detail } : { id, weight: WEIGHTS[id] });
  if (!doc.body || !doc.documentElement) return { isArticle: false, confidence: 0, signals: [] };

  const meta = metaValues(doc);
  const ogType = meta('og:type')?.toLowerCase() ?? null;
  if (ogType === 'article' || ogType?.startsWith('article.')) add('og-article', ogType);
  else if (ogType === 'website') add('og-website');
  else if (ogType === 'profile') add('og-profile');
  else if (ogType?.startsWith('video') || ogType?.startsWith('music')) add('og-media', ogType);

  const ld = jsonLdTypes(doc);
  const ldArticle = ld.find((t) => ARTICLE_TYPES.test(t));
  const ldListing = ld.find((t) => LISTING_TYPES.test(t));
  if (ldArticle) add('json-ld-article', ldArticle);
  else if (ldListing) add('json-ld-listing', ldListing);
  else if (ld.length > 0 && ld.every((t) => SITE_TYPES.test(t))) add('json-ld-site-only');

  if (doc.querySelector('[itemprop~="articleBody"]')) add('article-body-markup');
  const articles = doc.getElementsByTagName('article');
  if (articles.length === 1 && articles[0].querySelector('h1')) add('article-headline');
  if (meta('article:published_time') || doc.querySelector('[itemprop="datePublished"]')) add('published-time');

  let readerable = false;
  try {
    readerable = isProbablyReaderable(doc);
  } catch {
    readerable = false;
  }
  if (readerable) add('readerable');
  if (/\bnoindex\b/i.test(meta('robots') ?? '')) add('no-index');

  // "No prose" only when Readability finds none either (it also counts <pre> text and longer runs).
  for (const id of pageShape(doc, url)) if (id !== 'no-prose' || !readerable) add(id);
  return { ...verdict(signals), signals };
}
