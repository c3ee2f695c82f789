/**
 * What an init script records in every page (main world, before any page script): long tasks, and long
 * animation frames with their script attribution (Chromium 123+), read back after the page settled.
 */
import type { Page } from 'playwright-core';

export const OBSERVER_SCRIPT = `(() => {
  const g = globalThis;
  g.__ledeLong = [];
  g.__ledeLoaf = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) g.__ledeLong.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {}
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) g.__ledeLoaf.push({
        start: e.startTime, duration: e.duration, blocking: e.blockingDuration || 0,
        scripts: (e.scripts || []).map((s) => ({ url: s.sourceURL || '', fn: s.sourceFunctionName || '', invoker: s.invoker || '', type: s.invokerType || '', duration: s.duration })),
      });
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch (e) {}
})();`;

export interface LongTask {
  start: number;
  duration: number;
}

export interface LoafScript {
  url: string;
  fn: string;
  invoker: string;
  type: string;
  duration: number;
}

export interface Loaf extends LongTask {
  blocking: number;
  scripts: LoafScript[];
}

export interface Observed {
  longTasks: LongTask[];
  loafs: Loaf[];
  /** Navigation timing: when DOMContentLoaded began (the content script runs at document_idle, after it). */
  dcl: number;
}

export async function readObserved(page: Page): Promise<Observed> {
  return page.evaluate(() => {
    const g = globalThis as unknown as { __ledeLong?: LongTask[]; __ledeLoaf?: Loaf[] };
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return { longTasks: g.__ledeLong ?? [], loafs: g.__ledeLoaf ?? [], dcl: nav?.domContentLoadedEventStart ?? 0 };
  });
}

/**
 * Lets the page finish what it was doing: two animation frames (style, layout and paint of the last
 * change), then `ms` more, so the long tasks are reported to the observer. (requestIdleCallback was
 * tried: on busy pages it waited for its timeout and doubled the run time.)
 */
export async function settle(page: Page, ms = 200): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => {
    const done = setTimeout(resolve, 500);
    requestAnimationFrame(() => requestAnimationFrame(() => {
      clearTimeout(done);
      resolve();
    }));
  }));
  await page.waitForTimeout(ms);
}
