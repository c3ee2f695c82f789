import { BOILERPLATE } from './data/boilerplate';
import { fold } from './terms';

/**
 * Recognisers for lines that are not part of the story: bylines, credits, the headline repeated, a
 * key-points heading. Every language's data applies (a French page may carry "By Reuters").
 */

/** A byline or credit is short: beyond this many characters, a line starting with "Par" is a sentence. */
const MAX_BYLINE_CHARS = 90;
/** A key-points heading is a short line. */
const MAX_HEADING_CHARS = 60;
/** Headline repeated: this share of the title's words (or the line's) found in the other. */
const HEADLINE_OVERLAP = 0.8;

const all = Object.values(BOILERPLATE);
const BYLINE = new RegExp(`^\\s*(?:${all.flatMap((b) => [...b.bylines, ...b.credits]).join('|')})`, 'iu');
const KEY_POINT_HEADING = new RegExp(`^\\s*(?:${all.flatMap((b) => b.keyPointHeadings).join('|')})\\s*[:.!]?\\s*$`, 'iu');

const CROSS_REFERENCE = new RegExp(`^\\s*(?:${all.flatMap((b) => b.crossReferences).join('|')})`, 'iu');

/** "Lire aussi : …", "Read more: …": a link to another story, whatever its length. */
export function isCrossReference(line: string): boolean {
  return CROSS_REFERENCE.test(line);
}

export function isBylineOrCredit(line: string): boolean {
  return line.trim().length <= MAX_BYLINE_CHARS && BYLINE.test(line);
}

export function isKeyPointHeading(line: string): boolean {
  return line.trim().length <= MAX_HEADING_CHARS && KEY_POINT_HEADING.test(line);
}

function tokenSet(text: string): Set<string> {
  return new Set(fold(text).match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** Whether a line equals or nearly equals the headline (the figcaption or lede that repeats it). */
export function repeatsHeadline(line: string, title: string | null): boolean {
  if (!title) return false;
  const a = tokenSet(line);
  const b = tokenSet(title);
  if (a.size === 0 || b.size === 0) return false;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  // Both ways: the line is (nearly) the title, and adds (nearly) nothing to it.
  return shared / b.size >= HEADLINE_OVERLAP && shared / a.size >= HEADLINE_OVERLAP;
}
