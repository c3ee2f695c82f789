import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { PageServer, launchLede, openPanel, tabIdOf, setSettings, DEMO_ARTICLE, SCREENSHOTS, type Lede } from '@/cli/chromium-lede';

/**
 * The side panel and the options page on the bundled demo article (English): badge, entity jumps,
 * summary length, user rules that apply without a reload and survive one, accessibility (axe-core),
 * dark theme, and the French UI.
 */
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const PATH = '/news/chipmakers-race-ai-demand/';
let server: PageServer;
let lede: Lede;
let page: Page;
let panel: Page;
let tabId: number;

async function axeViolations(p: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: extension pages' CSP forbids injected script tags.
  await p.evaluate(readFileSync(AXE, 'utf8'));
  return p.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(o: unknown): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe;
    const r = await axe.run({ resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.impact} ${v.id} (${v.nodes.length})`);
  });
}

beforeAll(async () => {
  server = new PageServer();
  server.set(PATH, readFileSync(DEMO_ARTICLE, 'utf8'));
  await server.start();
  lede = await launchLede(server);
  await setSettings(lede, { highlights: true, stripping: true, userRules: [], sites: {}, summaryLength: 'medium' });
  page = lede.context.pages()[0] ?? (await lede.context.newPage());
  await page.goto(server.url(PATH));
  await page.waitForFunction(() => document.querySelector('[data-lede-hidden]') !== null, null, { timeout: 15_000 });
  tabId = await tabIdOf(lede, page);
  panel = await openPanel(lede, tabId);
  await panel.waitForSelector('[data-testid="summary"]');
}, 120_000);

afterAll(async () => {
  await lede?.close();
  await server?.stop();
});

describe('side panel on the demo article', () => {
  it('the toolbar badge shows how many companies the article names', async () => {
    const companies = await panel.locator('.entities .entity.company').count();
    expect(companies).toBeGreaterThanOrEqual(8);
    const badge = await lede.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    expect(badge).toBe(String(companies));
  });

  it('lists companies with tickers, then crypto; a click jumps to the next mention and flashes it', async () => {
    const names = await panel.locator('.entities .name').allTextContents();
    expect(names.join('|')).toMatch(/Nvidia/i);
    expect((await panel.locator('.entities .ticker').allTextContents()).join(' ')).toContain('NASDAQ: NVDA');
    await page.evaluate(() => window.scrollTo(0, 0));
    await panel.locator('.entities button', { hasText: 'Micron' }).click();
    await page.waitForFunction(() => window.scrollY > 50 && (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('lede-flash'));
  });

  it('keyboard: "next mention" opens the hover card with the focus in it; Escape closes it', async () => {
    await page.bringToFront();
    const sent = await lede.worker.evaluate((id) => chrome.tabs.sendMessage(id, { lede: 'nextMention' }, { frameId: 0 }), tabId);
    expect(sent).toBe(true);
    await page.locator('lede-card .card').waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('LEDE-CARD');
    expect(await page.evaluate(() => document.querySelector('lede-card')!.shadowRoot!.activeElement?.textContent)).toBeTruthy();
    await page.keyboard.press('Escape');
    await page.locator('lede-card .card').waitFor({ state: 'detached' });
  });

  it('lists what it left on the page and did not read: the photo caption, grouped by kind, out of the summary', async () => {
    const section = panel.locator('.set-aside');
    await section.locator('summary').click();
    const item = section.locator('[data-testid="set-aside"]');
    expect(await item.count()).toBe(1);
    expect(await item.textContent()).toContain('Captions and photo credits');
    expect(await item.textContent()).toContain('A clean room at a chip plant');
    expect(await panel.locator('[data-testid="summary"]').textContent()).not.toContain('clean room');
    // The caption stays visible on the page: it is the publisher's layout, not an ad.
    expect(await page.locator('figcaption').isVisible()).toBe(true);
  });

  it('summary length: short gives three sentences, long gives more', async () => {
    await panel.selectOption('.length select', 'short');
    await panel.waitForFunction(() => document.querySelectorAll('[data-testid="summary"] li').length === 3);
    await panel.selectOption('.length select', 'long');
    await panel.waitForFunction(() => document.querySelectorAll('[data-testid="summary"] li').length > 3);
    await panel.selectOption('.length select', 'medium');
  });

  it('copies the summary as Markdown', async () => {
    // Headless Chromium cannot grant clipboard access to extension origins: record what the panel writes.
    await panel.evaluate(() => {
      navigator.clipboard.writeText = async (t: string) => {
        (window as unknown as { copied: string }).copied = t;
      };
    });
    await panel.click('text=Copy as Markdown');
    await panel.waitForSelector('text=Copied');
    const copied = await panel.evaluate(() => (window as unknown as { copied: string }).copied);
    expect(copied).toMatch(/^## Chipmakers race/);
    expect(copied).toContain('\n- ');
  });

  it('has no serious accessibility violations (axe-core), in light and dark', async () => {
    const light = await axeViolations(panel);
    expect(light.filter((v) => /^(serious|critical)/.test(v))).toEqual([]);
    await panel.emulateMedia({ colorScheme: 'dark' });
    const dark = await axeViolations(panel);
    expect(dark.filter((v) => /^(serious|critical)/.test(v))).toEqual([]);
    await panel.screenshot({ path: join(SCREENSHOTS, 'demo-sidepanel-dark.png'), fullPage: true });
    await panel.emulateMedia({ colorScheme: 'light' });
  });

  it('user rules: a bad selector or an empty phrase is refused with a clear error', async () => {
    const options = await lede.context.newPage();
    await options.goto(`chrome-extension://${lede.extensionId}/options.html`);
    await options.selectOption('form select', 'selector');
    await options.fill('input[name="value"]', 'p[');
    await options.click('button[type="submit"]');
    expect(await options.textContent('#rule-error')).toMatch(/selector/i);
    await options.selectOption('form select', 'phrase');
    await options.fill('input[name="value"]', '   ');
    await options.click('button[type="submit"]');
    expect(await options.textContent('#rule-error')).toMatch(/empty|phrase/i);
    expect((await axeViolations(options)).filter((v) => /^(serious|critical)/.test(v))).toEqual([]);
    await options.close();
  });

  it('user rules apply without reloading anything, and survive a restart of the page', async () => {
    const target = 'Traders reacted quickly';
    const isHidden = () => page.evaluate((t) => {
      const el = [...document.querySelectorAll('.entry-content p')].find((e) => e.textContent!.startsWith(t))!;
      return el.hasAttribute('data-lede-hidden');
    }, target);
    expect(await isHidden()).toBe(false);
    const options = await lede.context.newPage();
    await options.goto(`chrome-extension://${lede.extensionId}/options.html`);
    await options.fill('input[name="value"]', target);
    await options.fill('input[name="site"]', '127.0.0.1');
    await options.click('button[type="submit"]');
    await options.waitForSelector('[data-testid="user-rules"] li');
    await page.waitForFunction((t) => [...document.querySelectorAll('.entry-content p')].find((e) => e.textContent!.startsWith(t))!.hasAttribute('data-lede-hidden'), target);
    await panel.waitForSelector(`[data-testid="promo"]:has-text("${target}")`);
    // Survives: a fresh options page still lists it, and a reload of the article still hides it.
    await options.reload();
    expect(await options.locator('[data-testid="user-rules"] li').count()).toBe(1);
    await page.reload();
    await page.waitForFunction(() => document.querySelector('[data-lede-hidden]') !== null);
    expect(await isHidden()).toBe(true);
    await options.click('[data-testid="user-rules"] button');
    await page.waitForFunction((t) => ![...document.querySelectorAll('.entry-content p')].find((e) => e.textContent!.startsWith(t))!.hasAttribute('data-lede-hidden'), target);
    await options.close();
  });

  it('made no network request of its own', () => {
    expect(lede.violations).toEqual([]);
  });
});

describe('French UI', () => {
  it('follows the browser\'s language', async () => {
    const fr = await launchLede(server, { lang: 'fr' });
    try {
      const p = fr.context.pages()[0] ?? (await fr.context.newPage());
      await p.goto(server.url(PATH));
      const panelFr = await openPanel(fr, await tabIdOf(fr, p));
      await panelFr.waitForSelector('[data-testid="summary"]');
      expect(await panelFr.textContent('[data-testid="verdict"]')).toContain('Article détecté');
      expect(await panelFr.textContent('body')).toContain('Résumé');
    } finally {
      await fr.close();
    }
  }, 60_000);
});
