import { describe, expect, it } from 'vitest';
import { rouge, rougeTokens } from '../../utils/summary/rouge';

describe('rouge', () => {
  it('tokenises lowercase and accent-insensitive, keeping stopwords', () => {
    expect(rougeTokens("L'Épidémie de la Solitude, 8,5 %")).toEqual(['l', 'epidemie', 'de', 'la', 'solitude', '8', '5']);
  });

  it('gives 1 for identical texts and 0 for disjoint ones', () => {
    const s = rouge(['the cat sat on the mat'], ['the cat sat on the mat']);
    expect([s.rouge1.f1, s.rouge2.f1, s.rougeL.f1]).toEqual([1, 1, 1]);
    const z = rouge(['alpha beta'], ['gamma delta']);
    expect([z.rouge1.f1, z.rouge2.f1, z.rougeL.f1]).toEqual([0, 0, 0]);
  });

  it('matches hand-computed values (clipped counts, LCS)', () => {
    // candidate: the cat was found under the bed (7) ; reference: the cat was under the bed (6)
    const s = rouge(['the cat was found under the bed'], ['the cat was under the bed']);
    expect(s.rouge1.recall).toBeCloseTo(6 / 6);
    expect(s.rouge1.precision).toBeCloseTo(6 / 7);
    // bigrams: ref 5 (the cat, cat was, was under, under the, the bed); shared 4 (all but "was under")
    expect(s.rouge2.recall).toBeCloseTo(4 / 5);
    expect(s.rouge2.precision).toBeCloseTo(4 / 6);
    expect(s.rougeL.recall).toBeCloseTo(6 / 6);
    // clipping: "the the the" vs "the cat": unigram overlap is 1, not 3
    expect(rouge(['the the the'], ['the cat']).rouge1.precision).toBeCloseTo(1 / 3);
  });
});
