export type SummaryLength = 'short' | 'medium' | 'long';

/**
 * How many sentences a summary has: 3 for a short piece, more for a long one. Article length is counted
 * in words of its body sentences. Each row: [up to this many words, sentences].
 */
const SENTENCES_BY_WORDS: Record<SummaryLength, ReadonlyArray<readonly [number, number]>> = {
  short: [[Infinity, 3]],
  medium: [[450, 3], [1000, 4], [Infinity, 5]],
  long: [[300, 4], [700, 5], [1500, 6], [Infinity, 7]],
};

export function targetSentenceCount(length: SummaryLength, bodyWords: number, available: number): number {
  const row = SENTENCES_BY_WORDS[length].find(([max]) => bodyWords <= max) ?? [Infinity, 3];
  return Math.min(row[1], available);
}
