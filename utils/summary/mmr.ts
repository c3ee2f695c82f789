/**
 * Maximal Marginal Relevance (Carbonell & Goldstein 1998): pick sentences one at a time, trading a
 * sentence's own score against its similarity to those already picked, so that no two chosen sentences
 * say the same thing.
 */

/** Relevance vs novelty: 1 = scores only, 0 = novelty only. */
const MMR_LAMBDA = 0.7;
/** Two sentences at least this similar (cosine of their TF-IDF vectors) say the same thing: never both. */
export const DUPLICATE_SIMILARITY = 0.55;

/** Indexes of the chosen items, in the order picked. */
export function mmrSelect(scores: readonly number[], similarity: (i: number, j: number) => number, count: number): number[] {
  const chosen: number[] = [];
  const left = new Set(scores.keys());
  while (chosen.length < count && left.size) {
    let best = -1;
    let bestValue = -Infinity;
    for (const i of left) {
      const redundancy = chosen.length ? Math.max(...chosen.map((j) => similarity(i, j))) : 0;
      if (redundancy >= DUPLICATE_SIMILARITY) continue;
      const value = MMR_LAMBDA * scores[i] - (1 - MMR_LAMBDA) * redundancy;
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    if (best < 0) break;
    chosen.push(best);
    left.delete(best);
  }
  return chosen;
}
