/// <reference types="chrome" />
/**
 * When has Lede's content script finished with a page? Ask it, through the extension's service worker,
 * for its Report (the `{ lede: 'getReport' }` message of utils/extension/messaging.ts) until the Report is for this
 * URL and has its detect timing (before its first run the content script answers with an empty Report).
 */
import type { Page } from 'playwright-core';
import type { Lede } from '../chromium-lede';

export interface ReadyReport {
  url: string;
  isArticle: boolean;
  timings: Record<string, number>;
  entities: number;
  promos: number;
}

export async function reportWhenReady(lede: Lede, tabId: number, page: Page, timeoutMs = 15_000): Promise<ReadyReport | null> {
  const url = page.url();
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const r = await lede.worker.evaluate(async ({ id, u }) => {
      const rep = (await chrome.tabs.sendMessage(id, { lede: 'getReport' }, { frameId: 0 }).catch(() => null)) as {
        url?: string; isArticle?: boolean; timings?: Record<string, number>; entities?: unknown[]; promos?: unknown[];
      } | null;
      if (!rep || rep.url !== u || rep.timings?.detect === undefined) return null;
      return { url: u, isArticle: !!rep.isArticle, timings: rep.timings, entities: rep.entities?.length ?? 0, promos: rep.promos?.length ?? 0 };
    }, { id: tabId, u: url });
    if (r) return r;
    await page.waitForTimeout(50);
  }
  return null;
}
