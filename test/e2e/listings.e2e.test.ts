import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureCases } from '../helpers/fixture-cases';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM, PageServer, finishedReportOf, launchLede, openPanel, reportOf, tabIdOf, type Lede } from '@/cli/chromium-lede';

/**
 * Pages that are not one article (home pages, section fronts, tag, author, search, quote, feed, video and
 * gallery pages, test/fixtures/listings/) in real Chromium with the built extension: each is left byte for
 * byte as a browser without Lede shows it, with no highlight registered, no hover-card host and an empty
 * badge. The look-alike articles beside them are still read as articles.
 */
interface Case {
  file: string;
  url: string;
  isArticle: boolean;
}
const { cases, html } = fixtureCases<Case>('listings');
const pathOf = (c: Case) => `/listings/${c.file}`;

let server: PageServer;
let lede: Lede;
let plain: Browser;
let page: Page;

/** The page as a browser without Lede parses it. */
const pristine = new Map<string, string>();

beforeAll(async () => {
  server = new PageServer();
  for (const c of cases) server.set(pathOf(c), html(c));
  await server.start();
  plain = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless=new', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-gpu'] });
  const p = await plain.newPage();
  await p.route('**/*', (route) => (route.request().url().startsWith(server.origin) ? route.continue() : route.abort()));
  for (const c of cases) {
    await p.goto(server.url(pathOf(c)));
    pristine.set(c.file, await p.evaluate(() => document.documentElement.outerHTML));
  }
  await plain.close();
  lede = await launchLede(server);
  page = lede.context.pages()[0] ?? (await lede.context.newPage());
}, 180_000);

afterAll(async () => {
  await lede?.close();
  await server?.stop();
});

describe('listing and other non-article pages in Chromium with Lede', () => {
  for (const c of cases.filter((x) => !x.isArticle)) {
    it(`${c.file}: left exactly as it was, no highlight, no card, empty badge`, async () => {
      await page.goto(server.url(pathOf(c)));
      const tabId = await tabIdOf(lede, page);
      const report = await finishedReportOf(lede, tabId);
      expect(report?.isArticle).toBe(false);
      expect(report?.detection.isArticle).toBe(false);
      // Give a late run its chance to change something before looking.
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(pristine.get(c.file));
      const state = await page.evaluate(() => ({
        highlights: (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size,
        card: document.querySelector('lede-card') !== null,
        marked: document.querySelector('[data-lede-hidden], [data-lede-highlighted], lede-mark') !== null,
      }));
      expect(state).toEqual({ highlights: 0, card: false, marked: false });
      expect(await lede.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('');
    });
  }

  it('the articles that look like listings are still read as articles', async () => {
    for (const c of cases.filter((x) => x.isArticle)) {
      await page.goto(server.url(pathOf(c)));
      const report = await finishedReportOf(lede, await tabIdOf(lede, page));
      expect(report?.isArticle, c.file).toBe(true);
    }
  });

  it('the panel says it is a list of articles, why, and reads it on "Analyze anyway"', async () => {
    const c = cases.find((x) => x.file === 'en-news-home.html')!;
    await page.goto(server.url(pathOf(c)));
    const tabId = await tabIdOf(lede, page);
    await finishedReportOf(lede, tabId);
    const panel = await openPanel(lede, tabId);
    try {
      await panel.waitForSelector('text=This page is a list of articles', { timeout: 10_000 });
      // The reasons, in words, against first where they weigh most: many headline links, not one story.
      const reasons = await panel.locator("details.signals[open] li").allTextContents();
      expect(reasons.some((r) => r.includes('Many headlines link to other stories'))).toBe(true);
      expect(reasons.some((r) => r.includes('published as a website section'))).toBe(true);
      expect(await panel.locator('details.signals li.against').count()).toBeGreaterThanOrEqual(2);
      await panel.click('button:has-text("Analyze anyway")');
      let forced = await reportOf(lede, tabId);
      for (let i = 0; i < 100 && !forced?.isArticle; i++) {
        await page.waitForTimeout(100);
        forced = await reportOf(lede, tabId);
      }
      expect(forced?.isArticle).toBe(true);
      expect(forced?.detection.isArticle).toBe(false);
      // Read on request: the page's verdict still says "not an article", the panel shows the analysis.
      await panel.waitForSelector('[data-testid="title"]', { timeout: 10_000 });
    } finally {
      await panel.close();
    }
  });

  it('sent nothing anywhere', () => {
    expect(lede.violations).toEqual([]);
  });
});
