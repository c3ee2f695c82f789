import { bodySentences } from './candidates';
import { centrality } from './centrality';
import { findPublisherPoints } from './publisher-points';
import { matrix, overlapSimilarity } from './similarity';
import { summaryPool, type SummaryInput } from './summarize';
import { truncateSentence } from './truncate';

/**
 * Baselines for the evaluation, on the same sentences Lede chooses from (same splitting, same
 * exclusions): Lead-3 (the first three), and plain TextRank (centrality only: no priors, no MMR).
 */

function pool(input: SummaryInput) {
  const publisher = findPublisherPoints(input.blocks);
  return summaryPool(bodySentences(input.blocks, input.title, input.lang, new Set(publisher.blocks)));
}

export function lead3(input: SummaryInput): string[] {
  return pool(input)
    .slice(0, 3)
    .map((s) => truncateSentence(s.text));
}

export function plainTextRank(input: SummaryInput, count = 3): string[] {
  const p = pool(input);
  const scores = centrality(matrix(p.map((s) => s.terms), overlapSimilarity));
  return scores
    .map((score, i) => ({ score, i }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, count)
    .sort((a, b) => a.i - b.i)
    .map(({ i }) => truncateSentence(p[i].text));
}
