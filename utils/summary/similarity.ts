/**
 * Sentence similarity over content terms: TF-IDF vectors with the sentences of the article as the
 * document collection (LexRank's idf-modified cosine), and TextRank's original word-overlap measure.
 */

export type TermVector = Map<string, number>;

/** Smoothed inverse document frequency: a term in every sentence still weighs a little. */
function idf(df: number, n: number): number {
  return Math.log(1 + n / df);
}

export function tfidfVectors(termLists: readonly string[][]): TermVector[] {
  const df = new Map<string, number>();
  for (const terms of termLists) for (const t of new Set(terms)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = termLists.length;
  return termLists.map((terms) => {
    const v: TermVector = new Map();
    for (const t of terms) v.set(t, (v.get(t) ?? 0) + 1);
    for (const [t, tf] of v) v.set(t, tf * idf(df.get(t) ?? 1, n));
    return v;
  });
}

export function cosine(a: TermVector, b: TermVector): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [t, x] of a) {
    na += x * x;
    const y = b.get(t);
    if (y) dot += x * y;
  }
  for (const y of b.values()) nb += y * y;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

/** TextRank (Mihalcea & Tarau 2004): shared words over the log lengths of both sentences. */
export function overlapSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length < 2 || b.length < 2) return 0;
  const sb = new Set(b);
  let shared = 0;
  for (const t of new Set(a)) if (sb.has(t)) shared++;
  return shared / (Math.log(a.length) + Math.log(b.length));
}

export function matrix<T>(items: readonly T[], sim: (a: T, b: T) => number): number[][] {
  const m = items.map(() => items.map(() => 0));
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const s = sim(items[i], items[j]);
      m[i][j] = s;
      m[j][i] = s;
    }
  }
  return m;
}
