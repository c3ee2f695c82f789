export type SummaryLength = 'short' | 'medium' | 'long';

/**
 * How many sentences a summary has: 3 for a medium summary of a short piece, more for a long one. Article
 * length is counted in words of its body sentences. Each row: [up to this many words, sentences]. Each
 * length has fewer sentences than the next on every article long enough to have them, so "Short" is always
 * shorter than "Medium" (the sentences are chosen greedily: a shorter summary is the start of a longer one).
 */
const SENTENCES_BY_WORDS: Record<SummaryLength, ReadonlyArray<readonly [number, number]>> = {
  short: [[450, 2], [Infinity, 3]],
  medium: [[450, 3], [1000, 4], [Infinity, 5]],
  long: [[300, 4], [700, 5], [1500, 6], [Infinity, 7]],
};

export function targetSentenceCount(length: SummaryLength, bodyWords: number, available: number): number {
  const row = SENTENCES_BY_WORDS[length].find(([max]) => bodyWords <= max) ?? [Infinity, 3];
  const count = Math.min(row[1], available);
  // Few sentences to choose from: "Short" still has one fewer than "Medium" while there is more than one.
  return length === 'short' ? Math.max(1, Math.min(count, targetSentenceCount('medium', bodyWords, available) - 1)) : count;
}
