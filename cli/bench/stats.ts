/** Small statistics for the benchmark: pure, no DOM, no Node (the in-page harness imports it too). */

export function sorted(xs: readonly number[]): number[] {
  return [...xs].filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
}

/** The median; the mean of the two middle values for an even count. NaN for an empty list. */
export function median(xs: readonly number[]): number {
  const s = sorted(xs);
  if (s.length === 0) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** The p-th percentile (0..100) by linear interpolation between closest ranks. NaN for an empty list. */
export function percentile(xs: readonly number[], p: number): number {
  const s = sorted(xs);
  if (s.length === 0) return NaN;
  const pos = (Math.min(100, Math.max(0, p)) / 100) * (s.length - 1);
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}

export function max(xs: readonly number[]): number {
  const s = sorted(xs);
  return s.length ? s[s.length - 1] : NaN;
}

/** a / b, or null when either is missing or b is not positive. */
export function ratio(a: number | null | undefined, b: number | null | undefined): number | null {
  if (a === null || a === undefined || b === null || b === undefined || !(b > 0) || !Number.isFinite(a)) return null;
  return a / b;
}

/** Rounds to `d` decimals; null stays null. */
export function round(x: number | null | undefined, d = 2): number | null {
  if (x === null || x === undefined || !Number.isFinite(x)) return null;
  const k = 10 ** d;
  return Math.round(x * k) / k;
}
