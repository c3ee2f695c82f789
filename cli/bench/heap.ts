/**
 * JS heap added by the content script on one page: CDP Performance.getMetrics JSHeapUsedSize of the
 * page's renderer isolate (the content script's isolated world lives in the same V8 isolate, so it is
 * included), sampled every few ms from navigation until the page settled (peak), then after a forced
 * GC (retained). Each figure is a median over `loads` loads, with the extension and without.
 * CDP rather than performance.memory: the latter is quantised and delayed unless Chromium runs with
 * --enable-precise-memory-info.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import type { Lede } from '../chromium-lede';
import { median } from './stats';
import { reportWhenReady } from './ready';
import { settle } from './observe';

export interface HeapSample {
  peakMB: number;
  retainedMB: number;
}

export interface HeapResult {
  page: string;
  loads: number;
  with: HeapSample;
  without: HeapSample;
  peakAddedMB: number;
  retainedAddedMB: number;
}

const MB = 1024 * 1024;

async function heapUsed(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
}

async function measure(page: Page, url: string, ready: (page: Page) => Promise<unknown>): Promise<HeapSample> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  let peak = 0;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      try {
        peak = Math.max(peak, await heapUsed(cdp));
      } catch {
        // A navigation in flight: sample again.
      }
      await new Promise((r) => setTimeout(r, 5));
    }
  })();
  await page.goto(url, { waitUntil: 'load' });
  await ready(page);
  await settle(page);
  sampling = false;
  await sampler;
  peak = Math.max(peak, await heapUsed(cdp));
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const retained = await heapUsed(cdp);
  await cdp.detach();
  return { peakMB: peak / MB, retainedMB: retained / MB };
}

export async function measureHeap(lede: Lede, plain: BrowserContext, name: string, url: string, loads: number, tabId: (p: Page) => Promise<number>): Promise<HeapResult> {
  const withs: HeapSample[] = [];
  const withouts: HeapSample[] = [];
  for (let k = 0; k < loads; k++) {
    const a = await plain.newPage();
    withouts.push(await measure(a, url, async () => undefined));
    await a.close();
    const b = await lede.context.newPage();
    withs.push(await measure(b, url, async (p) => reportWhenReady(lede, await tabId(p), p)));
    await b.close();
  }
  const med = (xs: HeapSample[], k: keyof HeapSample) => median(xs.map((x) => x[k]));
  const w = { peakMB: med(withs, 'peakMB'), retainedMB: med(withs, 'retainedMB') };
  const wo = { peakMB: med(withouts, 'peakMB'), retainedMB: med(withouts, 'retainedMB') };
  return { page: name, loads, with: w, without: wo, peakAddedMB: w.peakMB - wo.peakMB, retainedAddedMB: w.retainedMB - wo.retainedMB };
}
