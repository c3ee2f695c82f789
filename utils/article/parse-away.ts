import type { ParsedArticle } from '../report';
import { runReadability } from './readability-run';

/**
 * Readability on a page's serialised HTML, in a document of our own (the offscreen document on Chrome,
 * the background page on Firefox): the page's main thread pays only for serialising and mapping back.
 * DOMParser documents never run scripts nor load anything.
 */
export function parseAway(html: string): ParsedArticle | null {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return runReadability(doc);
}
