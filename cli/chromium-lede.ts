/// <reference types="chrome" />
import { createServer, type Server } from 'node:http';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Report } from '../utils/report';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Lede in a real browser, shared by `npm start` (the demo), `npm run bench` and the e2e tests: Debian's Chromium with the built extension (.output/chrome-mv3), test pages served
 * from 127.0.0.1, and a record of every request made while the suite runs.
 */

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const EXTENSION_DIR = join(ROOT, '.output', 'chrome-mv3');
export const SCREENSHOTS = join(ROOT, 'test-results', 'screenshots');
/** The README's pictures, written by `npm start` (cli/demo.ts) and committed. */
export const DOCS_SCREENSHOTS = join(ROOT, 'docs', 'screenshots');
export const DEMO_ARTICLE = join(ROOT, 'cli', 'demo', 'demo-article.html');
/** The corpus's seed page (../shared beside the clone), a French article with three house ads. */
export const SEED_PAGE = join(ROOT, '..', 'shared', 'corpus', 'seed', 'coingeek-fr-altman-chip-fabs.html');

export interface ServedPage {
  body: string | Buffer;
  type?: string;
  headers?: Record<string, string>;
}

export class PageServer {
  private server: Server | null = null;
  readonly pages = new Map<string, ServedPage>();
  origin = '';

  set(path: string, page: ServedPage | string): void {
    this.pages.set(path, typeof page === 'string' ? { body: page } : page);
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      const path = (req.url ?? '/').split('?')[0];
      const page = this.pages.get(path);
      if (!page) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      res.writeHead(200, { 'content-type': page.type ?? 'text/html; charset=utf-8', ...page.headers }).end(page.body);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.origin;
  }

  url(path: string): string {
    return this.origin + path;
  }

  /** Would the page itself have asked for this URL? (It appears in one of the pages we serve.) */
  pageAsked(url: string): boolean {
    for (const p of this.pages.values()) if (String(p.body).includes(url)) return true;
    return false;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

export interface Lede {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  server: PageServer;
  /** Requests that left the machine or went anywhere but the test server, the extension, or what a page itself links. */
  violations: string[];
  close(): Promise<void>;
}

export function extensionBuilt(): boolean {
  return existsSync(join(EXTENSION_DIR, 'manifest.json'));
}

export interface LaunchOptions {
  headless?: boolean;
  /** The browser's UI language (`--lang`): Lede's UI follows it, as chrome.i18n does. */
  lang?: string;
  /** prefers-color-scheme for every page of the context, the extension's included. */
  colorScheme?: 'light' | 'dark';
}

export async function launchLede(server: PageServer, opts: LaunchOptions = {}): Promise<Lede> {
  if (!extensionBuilt()) throw new Error(`No build at ${EXTENSION_DIR}: run "npm run build" first (npm test does).`);
  mkdirSync(SCREENSHOTS, { recursive: true });
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    headless: opts.headless ?? true,
    viewport: { width: 1200, height: 900 },
    colorScheme: opts.colorScheme,
    args: [
      ...(opts.headless ?? true ? ['--headless=new'] : []), '--no-sandbox', `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`,
      '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-gpu',
      '--disable-quic', ...(opts.lang ? [`--lang=${opts.lang}`] : []),
    ],
  });
  const violations: string[] = [];
  // Every request of the context: pages, extension pages, the service worker. Anything not local is
  // aborted, and recorded unless the page's own HTML asked for it (an embed of the test page).
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(server.origin) || url.startsWith('chrome-extension://') || url.startsWith('data:') || url.startsWith('blob:')) {
      return route.continue();
    }
    if (!server.pageAsked(url)) violations.push(url);
    return route.abort();
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context, extensionId, worker, server, violations,
    close: () => context.close(),
  };
}

/**
 * The tab id Chrome gave a page. Lede has no `tabs` permission, so tab URLs are hidden from it: ask each
 * tab's content script for its Report and match the URL.
 */
export async function tabIdOf(lede: Lede, page: Page): Promise<number> {
  const url = page.url();
  for (let attempt = 0; attempt < 40; attempt++) {
    const id = await lede.worker.evaluate(async (u) => {
      for (const tab of await chrome.tabs.query({})) {
        if (tab.id === undefined) continue;
        const report = await chrome.tabs.sendMessage(tab.id, { lede: 'getReport' }, { frameId: 0 }).catch(() => null);
        if (report && (report as { url?: string }).url === u) return tab.id;
      }
      return null;
    }, url);
    if (id !== null) return id;
    await page.waitForTimeout(250);
  }
  throw new Error(`no tab for ${url}`);
}

/** The Report of a tab's content script, asked from the background (as the side panel asks). */
export async function reportOf(lede: Lede, tabId: number): Promise<Report | null> {
  return lede.worker.evaluate((id) => chrome.tabs.sendMessage(id, { lede: 'getReport' }, { frameId: 0 }).catch(() => null), tabId) as Promise<Report | null>;
}

/** The tab's Report once its first run has finished (timings.runs is set then), else null after the wait. */
export async function finishedReportOf(lede: Lede, tabId: number, timeoutMs = 15_000): Promise<Report | null> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const report = await reportOf(lede, tabId);
    if ((report?.timings.runs ?? 0) >= 1) return report;
    if (Date.now() > end) return null;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Opens the side panel page as a tab, following the given tab (the panel's ?tab= parameter). */
export async function openPanel(lede: Lede, tabId: number): Promise<Page> {
  const panel = await lede.context.newPage();
  await panel.goto(`chrome-extension://${lede.extensionId}/sidepanel.html?tab=${tabId}`);
  return panel;
}

export async function setSettings(lede: Lede, patch: Record<string, unknown>): Promise<void> {
  // Global settings in sync; per-site choices and rules in their own local keys (utils/extension/settings.ts).
  await lede.worker.evaluate(async (p) => {
    const { sites, userRules, ...global } = p;
    const cur = (await chrome.storage.sync.get('settings')).settings ?? {};
    await chrome.storage.sync.set({ settings: { ...cur, ...global } });
    if (sites !== undefined) await chrome.storage.local.set({ sites });
    if (userRules !== undefined) await chrome.storage.local.set({ userRules });
  }, patch);
}

export function readFixture(path: string): string {
  return readFileSync(path, 'utf8');
}
