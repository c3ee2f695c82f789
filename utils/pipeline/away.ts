import type { AwayPromoRequest, ParsedArticle } from './wire';
import { runReadability } from '../article/readability-run';
import { promosOnCopy } from './promos-on-copy';

/**
 * The extension's side of the split: Readability on a page's serialised HTML, in a document of our own (the
 * offscreen document on Chrome, the background page on Firefox), so that the page's main thread pays only
 * for serialising and mapping back. With `promos`, the promo stage runs here too, on the parsed page before
 * Readability rewrote it (it parses a clone), and says how long it took. DOMParser documents never run
 * scripts nor load anything.
 */
export function parseAway(html: string, promos?: AwayPromoRequest): ParsedArticle | null {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  if (!promos) return runReadability(doc);
  const parsed = runReadability(doc.cloneNode(true) as Document);
  if (!parsed) return null;
  const t = performance.now();
  const found = promosOnCopy(doc, parsed, promos);
  return found ? { ...parsed, promos: { ...found, ms: Math.round((performance.now() - t) * 100) / 100 } } : parsed;
}
