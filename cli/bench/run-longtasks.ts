/**
 * The with/without-extension pass: each page is loaded in Chromium with the built extension and in the
 * same Chromium without it (one tab each, reused across pages), with an init script recording long tasks.
 * Long tasks that appear only with the extension are Lede's: per page, the max long task with and without
 * it and the difference. Long animation frames whose scripts come from chrome-extension:// are counted too,
 * where Chromium attributes them.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { tabIdOf, type Lede } from '../chromium-lede';
import type { BenchPage } from './corpus';
import { plainUrl } from './serve';
import { OBSERVER_SCRIPT, readObserved, settle, type Observed } from './observe';
import { reportWhenReady, type ReadyReport } from './ready';
import { median } from './stats';

export interface LoadStats {
  maxLongTask: number;
  /**
   * The longest task that started at or after DOMContentLoaded. The content script runs at document_idle
   * (after DOMContentLoaded), so this leaves out the page's own HTML parsing on both sides.
   */
  maxAfterDcl: number;
  longTasks: number;
  sumLongTasks: number;
  /** Longest script run from an extension inside a long animation frame (0 when none is attributed). */
  extensionScriptMax: number;
  /**
   * The longest animation frame (over 50 ms: Chromium reports no shorter) that started at or after
   * DOMContentLoaded. Frames hold the rendering (style, layout, paint) that Lede's DOM and stylesheet
   * changes cause, which long tasks do not show: adopting ::highlight rules restyles the whole page.
   */
  maxFrameAfterDcl: number;
}

export interface LongTaskRow {
  name: string;
  with: LoadStats | null;
  without: LoadStats | null;
  /** max(with) - max(without), per load pair, median over the loads. */
  diff: number | null;
  /** The same for the long tasks that started at or after DOMContentLoaded. */
  diffAfterDcl: number | null;
  /** The same for the long animation frames that started at or after DOMContentLoaded. */
  diffFrameAfterDcl: number | null;
  /** The content script's own Report timings in that load (in situ). */
  ledeTimings: Record<string, number> | null;
  isArticle: boolean | null;
  error?: string;
}

const maxOr0 = (xs: readonly number[]): number => (xs.length ? Math.max(...xs) : 0);

function stats(o: Observed): LoadStats {
  const durations = o.longTasks.map((t) => t.duration);
  const late = o.longTasks.filter((t) => t.start >= o.dcl).map((t) => t.duration);
  const ext = o.loafs.flatMap((l) => l.scripts).filter((s) => s.url.startsWith('chrome-extension://'));
  const lateFrames = o.loafs.filter((l) => l.start >= o.dcl).map((l) => l.duration);
  return {
    maxLongTask: maxOr0(durations),
    maxAfterDcl: maxOr0(late),
    longTasks: durations.length,
    sumLongTasks: durations.reduce((a, b) => a + b, 0),
    extensionScriptMax: maxOr0(ext.map((s) => s.duration)),
    maxFrameAfterDcl: maxOr0(lateFrames),
  };
}

async function loadPlain(page: Page, url: string): Promise<LoadStats> {
  await page.goto(url, { waitUntil: 'load' });
  await settle(page);
  return stats(await readObserved(page));
}

async function loadWithLede(lede: Lede, page: Page, tabId: () => Promise<number>, url: string): Promise<{ s: LoadStats; report: ReadyReport }> {
  await page.goto(url, { waitUntil: 'load' });
  const report = await reportWhenReady(lede, await tabId(), page);
  if (!report) throw new Error('no report from the content script within 15 s');
  await settle(page);
  return { s: stats(await readObserved(page)), report };
}

/** The median of the loads' values; null when no load got that far. */
const medianOrNull = (xs: readonly number[]): number | null => (xs.length ? median(xs) : null);

function medianStats(xs: LoadStats[]): LoadStats | null {
  if (xs.length === 0) return null;
  return {
    maxLongTask: median(xs.map((x) => x.maxLongTask)),
    maxAfterDcl: median(xs.map((x) => x.maxAfterDcl)),
    longTasks: median(xs.map((x) => x.longTasks)),
    sumLongTasks: median(xs.map((x) => x.sumLongTasks)),
    extensionScriptMax: median(xs.map((x) => x.extensionScriptMax)),
    maxFrameAfterDcl: median(xs.map((x) => x.maxFrameAfterDcl)),
  };
}

export async function runLongTasks(
  lede: Lede,
  plain: BrowserContext,
  pages: readonly BenchPage[],
  loads: number,
  log: (line: string) => void,
): Promise<LongTaskRow[]> {
  await lede.context.addInitScript(OBSERVER_SCRIPT);
  await plain.addInitScript(OBSERVER_SCRIPT);
  const withPage = await lede.context.newPage();
  const plainPage = await plain.newPage();
  let tab: number | null = null;
  // Lede has no `tabs` permission: find our tab once by asking each tab's content script (tabIdOf).
  const tabId = async () => (tab ??= await tabIdOf(lede, withPage));
  const rows: LongTaskRow[] = [];
  for (const [i, p] of pages.entries()) {
    const url = plainUrl(lede.server, p);
    const withs: LoadStats[] = [];
    const withouts: LoadStats[] = [];
    const diffs: number[] = [];
    const lateDiffs: number[] = [];
    const frameDiffs: number[] = [];
    let report: ReadyReport | null = null;
    try {
      for (let k = 0; k < loads; k++) {
        const a = await loadPlain(plainPage, url);
        const b = await loadWithLede(lede, withPage, tabId, url);
        withouts.push(a);
        withs.push(b.s);
        diffs.push(b.s.maxLongTask - a.maxLongTask);
        lateDiffs.push(b.s.maxAfterDcl - a.maxAfterDcl);
        frameDiffs.push(b.s.maxFrameAfterDcl - a.maxFrameAfterDcl);
        report = b.report;
      }
      const row: LongTaskRow = {
        name: p.name, with: medianStats(withs), without: medianStats(withouts), diff: medianOrNull(diffs), diffAfterDcl: medianOrNull(lateDiffs),
        diffFrameAfterDcl: medianOrNull(frameDiffs), ledeTimings: report?.timings ?? null, isArticle: report?.isArticle ?? null,
      };
      rows.push(row);
      log(`[${i + 1}/${pages.length}] ${p.name}: max long task ${row.with!.maxLongTask.toFixed(0)} ms with Lede, ${row.without!.maxLongTask.toFixed(0)} ms without; after DOMContentLoaded ${row.with!.maxAfterDcl.toFixed(0)} vs ${row.without!.maxAfterDcl.toFixed(0)} ms`);
    } catch (e) {
      const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
      log(`[${i + 1}/${pages.length}] ${p.name}: ERROR ${msg}`);
      rows.push({ name: p.name, with: medianStats(withs), without: medianStats(withouts), diff: medianOrNull(diffs), diffAfterDcl: medianOrNull(lateDiffs), diffFrameAfterDcl: medianOrNull(frameDiffs), ledeTimings: null, isArticle: null, error: msg });
    }
  }
  await withPage.close();
  await plainPage.close();
  return rows;
}
