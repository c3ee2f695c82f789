import { describe, expect, it } from 'vitest';
import { max, median, percentile, ratio, round } from '../../cli/bench/stats';
import { dist } from '../../cli/bench/report';
import { ms, table, times } from '../../cli/bench/format';
import { pageScripts } from '../../cli/bench/sizes';
import { parseOptions } from '../../cli/bench/options';

describe('bench stats', () => {
  it('median: middle value, mean of the two middles, NaN when empty, ignores order and non-finite values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
    expect(median([5, NaN, 1, Infinity, 3])).toBe(3);
  });

  it('percentile: closest ranks interpolated; p0/p100 are min/max', () => {
    const xs = Array.from({ length: 101 }, (_, i) => i); // 0..100
    expect(percentile(xs, 95)).toBe(95);
    expect(percentile(xs, 50)).toBe(50);
    expect(percentile([1, 2], 50)).toBe(1.5);
    expect(percentile([10, 20, 30, 40], 0)).toBe(10);
    expect(percentile([10, 20, 30, 40], 100)).toBe(40);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 95)).toBeNaN();
    // 20 values 1..20: rank 0.95 × 19 = 18.05 → 19 + 0.05
    expect(percentile(Array.from({ length: 20 }, (_, i) => i + 1), 95)).toBeCloseTo(19.05, 10);
  });

  it('max, ratio, round', () => {
    expect(max([1, 9, 3])).toBe(9);
    expect(max([])).toBeNaN();
    expect(ratio(3, 2)).toBe(1.5);
    expect(ratio(3, 0)).toBeNull();
    expect(ratio(null, 2)).toBeNull();
    expect(ratio(1, null)).toBeNull();
    expect(round(1.23456, 2)).toBe(1.23);
    expect(round(NaN)).toBeNull();
  });

  it('dist: median/p95/max over the numbers only', () => {
    expect(dist([null, 1, 2, 3, undefined])).toEqual({ n: 3, median: 2, p95: 2.9, max: 3 });
    expect(dist([])).toEqual({ n: 0, median: null, p95: null, max: null });
  });
});

describe('bench tables', () => {
  it('aligns text columns and writes a Markdown pipe table', () => {
    const text = table(['page', 'ms'], [['a', '1.0'], ['long-name', null]]);
    expect(text.split('\n')).toEqual(['page        ms', '---------  ---', 'a          1.0', 'long-name    –']);
    const md = table(['page', 'ms'], [['a|b', 2]], true);
    expect(md.split('\n')).toEqual(['| page | ms |', '|:--|--:|', '| a\\|b | 2 |']);
  });

  it('formats milliseconds and ratios with decimals by magnitude', () => {
    expect(ms(0.01234)).toBe('0.012');
    expect(ms(5.678)).toBe('5.68');
    expect(ms(56.78)).toBe('56.8');
    expect(ms(567.8)).toBe('568');
    expect(ms(null)).toBe('–');
    expect(times(1.234)).toBe('1.23×');
    expect(times(123.4)).toBe('123×');
  });
});

describe('bench inputs', () => {
  it('finds the side panel scripts in its HTML', () => {
    const html = `<script type="module" crossorigin src="/chunks/sidepanel-X.js"></script>
      <link rel="modulepreload" crossorigin href="/chunks/panel-Y.js"><link rel="stylesheet" href="/assets/a.css">`;
    expect(pageScripts(html)).toEqual(['chunks/sidepanel-X.js', 'chunks/panel-Y.js']);
  });

  it('parses options', () => {
    expect(parseOptions([])).toMatchObject({ reps: 6, filter: undefined, extension: true });
    expect(parseOptions(['--reps', '7', '--filter=nyt', '--no-extension'])).toMatchObject({ reps: 7, filter: 'nyt', extension: false });
    expect(() => parseOptions(['--reps', '0'])).toThrow(/--reps/);
    expect(() => parseOptions(['--bogus'])).toThrow(/unknown option/);
  });
});
