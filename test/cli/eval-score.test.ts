import { describe, expect, it } from 'vitest';
import { addCounts, scorePage, scores } from '../../cli/eval/score';

describe('the realworld counting rule', () => {
  it('counts main-text segments found as true positives and boilerplate found as false positives', () => {
    const s = scorePage('Der Stadtrat tagte am Montag.\n\nIm Saal   war es voll.', ['tagte am Montag', 'Saal war es', 'nicht im Text'], ['Impressum', 'voll.']);
    expect(s).toMatchObject({ tp: 2, fn: 1, fp: 1, tn: 1 });
    expect(s.missed).toEqual(['nicht im Text']);
    expect(s.leaked).toEqual(['voll.']);
  });

  it('matches a segment across a line break or doubled spaces', () => {
    expect(scorePage('a line\nbreak', ['line break'], []).tp).toBe(1);
    expect(scorePage('a line break', ['line\n  break '], []).tp).toBe(1);
  });

  it('scores an empty text as all misses and all true negatives', () => {
    expect(scorePage('', ['x'], ['y'])).toMatchObject({ tp: 0, fn: 1, fp: 0, tn: 1 });
  });

  it('gives precision, recall, accuracy and F from the totals', () => {
    const total = addCounts({ tp: 8, fn: 1, fp: 1, tn: 2 }, { tp: 1, fn: 0, fp: 0, tn: 7 });
    const s = scores(total);
    expect(s.precision).toBeCloseTo(0.9, 10);
    expect(s.recall).toBeCloseTo(0.9, 10);
    expect(s.accuracy).toBeCloseTo(18 / 20, 10);
    expect(s.f).toBeCloseTo(0.9, 10);
    expect(scores({ tp: 0, fn: 0, fp: 0, tn: 0 })).toEqual({ precision: 0, recall: 0, accuracy: 0, f: 0 });
  });
});
