/**
 * How long to wait before analysing a page again after it changed. Pages that keep re-rendering (a live
 * blog, a framework that re-mounts every 100 ms) must not make Lede run continuously: each consecutive
 * re-run doubles the wait, from 600 ms up to 20 s.
 */
export const FIRST_RERUN_MS = 600;
export const MAX_RERUN_MS = 20_000;

export function rerunDelay(consecutiveReruns: number): number {
  return Math.min(MAX_RERUN_MS, FIRST_RERUN_MS * 2 ** Math.max(0, consecutiveReruns));
}

/** Gives the page's own tasks (input, rendering) their turn: scheduler.yield where it exists, else a macrotask. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * What the content script analyses without being asked: pages up to 30,000 elements and 1.5 million
 * characters of text (the largest page of Readability's test corpus, Wikipedia, has ~10,000 elements and
 * ~1 MB of HTML). Beyond, "Analyze anyway" in the panel still runs it.
 */
export const MAIN_THREAD_BUDGET = { maxElements: 30_000, maxTextChars: 1_500_000 };
