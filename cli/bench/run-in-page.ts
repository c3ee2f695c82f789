/**
 * The in-page pass: for each page, load it (no extension), inject the harness bundle with
 * page.addScriptTag AFTER load, and call window.__ledeBench(reps) in that same load.
 */
import type { BrowserContext } from 'playwright-core';
import type { PageServer } from '../chromium-lede';
import type { BenchPage } from './corpus';
import { isoUrl } from './serve';
import type { InPageResult } from './types';

export interface InPageRow extends InPageResult {
  name: string;
  kb: number;
}

export async function runInPage(
  context: BrowserContext,
  server: PageServer,
  pages: readonly BenchPage[],
  harness: string,
  reps: number,
  log: (line: string) => void,
): Promise<InPageRow[]> {
  const rows: InPageRow[] = [];
  for (const [i, p] of pages.entries()) {
    // A fresh tab per page: nothing left over from the previous page's heap or highlight registry.
    const page = await context.newPage();
    page.setDefaultTimeout(120_000);
    const t = Date.now();
    try {
      await page.goto(isoUrl(server, p), { waitUntil: 'load' });
      await page.addScriptTag({ content: harness });
      const r = await page.evaluate((n) => window.__ledeBench!(n), reps);
      rows.push({ name: p.name, kb: p.kb, ...r });
      log(`[${i + 1}/${pages.length}] ${p.name}: total ${r.total.toFixed(1)} ms, Readability ${r.readability.toFixed(1)} ms (${Date.now() - t} ms)`);
    } catch (e) {
      const msg = e instanceof Error ? e.message.split('\n').slice(0, 3).join(' ') : String(e);
      log(`[${i + 1}/${pages.length}] ${p.name}: ERROR ${msg}`);
      rows.push(errorRow(p, msg));
    } finally {
      await page.close();
    }
  }
  return rows;
}

function errorRow(p: BenchPage, error: string): InPageRow {
  return {
    name: p.name, kb: p.kb, url: '', isArticle: false, blocks: 0, mentions: 0, terms: 0, ledeMarks: 0, markjsMarks: 0,
    rootTextNodes: 0, rootChars: 0, reps: 0,
    stages: { detect: null, extract: null, promos: null, entities: null, assemble: null, highlight: null },
    cold: { detect: null, extract: null, promos: null, entities: null, assemble: null, highlight: null }, coldTotal: 0,
    total: 0, summary: null, totalWithSummary: 0, highlightUndo: null, hide: null, readability: 0, readabilityCold: 0, markjs: null,
    markjsUnmark: null, floor: null, floorOnce: null, apiOnce: null, highlightWarm: null, pageThread: null, pipelineTotal: null, samples: {}, crossOriginIsolated: false, error,
  };
}
