import type { Detection } from '../report';
import type { SignalId } from './signal-weights';

/** Signals that say "a list of articles" rather than "some other page" (detect.ts, page-shape.ts, listing.ts). */
const LISTING_IDS = new Set<string>(['teasers-some', 'teasers-many', 'teasers-most', 'teaser-cards', 'json-ld-listing', 'search-page', 'pagination', 'listing-url', 'home-url', 'candidate-links', 'candidate-headlines'] satisfies SignalId[]);

/** Does the detection say the page is a list of articles (the panel's words for a page left alone)? */
export const isListing = (d: Detection): boolean => !d.isArticle && d.signals.some((s) => LISTING_IDS.has(s.id));
