import type { BlockKind } from '../article/types';
import { isBylineOrCredit, isKeyPointHeading } from './boilerplate';
import { collapseSpaces } from './sentences';

/**
 * The publisher's own key points: a short bullet list that opens the article (CoinGeek, many business
 * sites), or a list under a "Key takeaways" / "L'essentiel" heading anywhere in the body.
 */

export interface PublisherPoints {
  points: string[];
  /** Indexes of the blocks that make them up, the box heading included: the summary skips these. */
  blocks: number[];
}

/** A leading list of key points has this many items; more looks like a table of contents. */
const MIN_POINTS = 2;
const MAX_POINTS = 6;
/** Under an explicit heading, a longer list is still the publisher's summary. */
const MAX_POINTS_UNDER_HEADING = 8;
/** A key point reads like a sentence: at least this many words, at most this many characters. */
const MIN_POINT_WORDS = 4;
const MAX_POINT_CHARS = 320;
/** A "real paragraph" after the list has at least this many words. */
const MIN_PARAGRAPH_WORDS = 12;
/** Items whose longer words are mostly capitalised are Title Case headings (a table of contents), not points. */
const MAX_TITLE_CASE_SHARE = 0.6;
/** Words at least this long count for the Title Case test (skips "of", "in", "de", "la"). */
const TITLE_CASE_MIN_WORD = 4;
/** Before the leading list, at most this many short blocks (a heading, a byline, a caption) are skipped. */
const MAX_SKIPPED_BEFORE_LIST = 3;

interface BlockLike {
  text: string;
  kind: BlockKind;
}

const BULLET = /^\s*[•·▪‣◦*–—-]\s+/u;

function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

function titleCase(text: string): boolean {
  const long = text.match(new RegExp(`\\p{L}{${TITLE_CASE_MIN_WORD},}`, 'gu')) ?? [];
  const cased = long.filter((w) => /\p{Lu}|\p{Ll}/u.test(w));
  if (cased.length < 3) return false;
  return cased.filter((w) => /^\p{Lu}/u.test(w)).length / cased.length > MAX_TITLE_CASE_SHARE;
}

function sentenceLike(text: string): boolean {
  const t = collapseSpaces(text);
  return wordCount(t) >= MIN_POINT_WORDS && t.length <= MAX_POINT_CHARS && /\p{L}/u.test(t) && !/:$/.test(t) && !titleCase(t);
}

function isListItem(b: BlockLike): boolean {
  return b.kind === 'list-item' || (b.kind !== 'heading' && BULLET.test(b.text));
}

function pointText(b: BlockLike): string {
  return collapseSpaces(b.text.replace(BULLET, ''));
}

function isRealParagraph(b: BlockLike): boolean {
  return (b.kind === 'paragraph' || b.kind === 'other' || b.kind === 'quote') && wordCount(b.text) >= MIN_PARAGRAPH_WORDS;
}

function listFrom(blocks: readonly BlockLike[], start: number, max: number): number[] {
  const run: number[] = [];
  for (let i = start; i < blocks.length && isListItem(blocks[i]); i++) run.push(i);
  return run.length >= MIN_POINTS && run.length <= max && run.every((i) => sentenceLike(pointText(blocks[i]))) ? run : [];
}

/** A list under a key-points heading, anywhere. */
function headedBox(blocks: readonly BlockLike[]): PublisherPoints | null {
  for (let h = 0; h < blocks.length - 1; h++) {
    if (!isKeyPointHeading(collapseSpaces(blocks[h].text))) continue;
    const run = listFrom(blocks, h + 1, MAX_POINTS_UNDER_HEADING);
    if (run.length) return { points: run.map((i) => pointText(blocks[i])), blocks: [h, ...run] };
  }
  return null;
}

/** A list at the very start, before the first real paragraph, followed by one. */
function leadingList(blocks: readonly BlockLike[]): PublisherPoints | null {
  let i = 0;
  while (
    i < blocks.length &&
    i < MAX_SKIPPED_BEFORE_LIST &&
    !isListItem(blocks[i]) &&
    (blocks[i].kind === 'heading' || blocks[i].kind === 'caption' || isBylineOrCredit(blocks[i].text) || wordCount(blocks[i].text) < MIN_POINT_WORDS)
  ) {
    i++;
  }
  const run = listFrom(blocks, i, MAX_POINTS);
  if (!run.length) return null;
  const after = blocks.slice(run[run.length - 1] + 1);
  if (!after.some(isRealParagraph)) return null;
  return { points: run.map((j) => pointText(blocks[j])), blocks: [...Array(i).keys()].filter((j) => blocks[j].kind === 'heading' && isKeyPointHeading(blocks[j].text)).concat(run) };
}

export function findPublisherPoints(blocks: readonly BlockLike[]): PublisherPoints {
  return headedBox(blocks) ?? leadingList(blocks) ?? { points: [], blocks: [] };
}
