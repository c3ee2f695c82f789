/**
 * Graph centrality of sentences (TextRank / continuous LexRank): PageRank on the weighted similarity
 * graph, by power iteration. A sentence is central when sentences like many others are like it.
 */

/** PageRank's damping factor: the share of a node's score that comes from its neighbours. */
const DAMPING = 0.85;
const MAX_ITERATIONS = 100;
const TOLERANCE = 1e-7;

/**
 * Scores (summing to 1) for a symmetric similarity matrix. `teleport` biases the random jumps (uniform
 * when omitted); a sentence with no edges keeps only its teleport share.
 */
export function centrality(sim: readonly number[][], teleport?: readonly number[]): number[] {
  const n = sim.length;
  if (n === 0) return [];
  const jump = teleport ? normalise(teleport) : new Array<number>(n).fill(1 / n);
  const outWeight = sim.map((row) => row.reduce((a, b) => a + b, 0));
  let score = new Array<number>(n).fill(1 / n);
  for (let it = 0; it < MAX_ITERATIONS; it++) {
    // Mass of dangling nodes (no edges) is redistributed like a jump.
    let dangling = 0;
    for (let j = 0; j < n; j++) if (outWeight[j] === 0) dangling += score[j];
    const next = jump.map((p) => (1 - DAMPING) * p + DAMPING * dangling * p);
    for (let j = 0; j < n; j++) {
      if (outWeight[j] === 0) continue;
      const share = (DAMPING * score[j]) / outWeight[j];
      const row = sim[j];
      for (let i = 0; i < n; i++) if (row[i]) next[i] += share * row[i];
    }
    let delta = 0;
    for (let i = 0; i < n; i++) delta += Math.abs(next[i] - score[i]);
    score = next;
    if (delta < TOLERANCE) break;
  }
  return score;
}

function normalise(v: readonly number[]): number[] {
  const sum = v.reduce((a, b) => a + Math.max(0, b), 0);
  return sum > 0 ? v.map((x) => Math.max(0, x) / sum) : v.map(() => 1 / v.length);
}
