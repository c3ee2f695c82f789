import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { PageServer, launchLede, openPanel, tabIdOf, reportOf, setSettings, EXTENSION_DIR, SCREENSHOTS, type Lede } from '@/cli/chromium-lede';
import { SEED_HTML, seed } from '../helpers/dom';

/**
 * The built extension in real Chromium on the seed page: detection, highlights, hidden promos, the side
 * panel, toggles with exact undo, the hover card, settings that persist, and no network.
 */
const want = seed().expect;
const ARTICLE = '/fr/news/sam-altman-openai-usines-puces/';
const NOT_ARTICLE = '/fr/contact/';
let server: PageServer;
let lede: Lede;
let page: Page;
let panel: Page;
let pristineBody = '';

/** Texts of the ranges Lede registered with the CSS Custom Highlight API, read from the page's world. */
const highlighted = (p: Page) =>
  p.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const name of ['lede-company', 'lede-crypto']) {
      const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(name);
      out[name] = h ? [...h].map((r) => r.toString()) : [];
    }
    return out;
  });
const visible = (p: Page, substring: string) =>
  p.evaluate((s) => {
    const el = [...document.querySelectorAll('.entry-content > *')].find((e) => e.textContent?.includes(s));
    return !!el && getComputedStyle(el).display !== 'none';
  }, substring);
const bodyHtml = (p: Page) => p.evaluate(() => document.body.outerHTML);

beforeAll(async () => {
  server = new PageServer();
  server.set(ARTICLE, readFileSync(SEED_HTML, 'utf8'));
  server.set(NOT_ARTICLE, '<!doctype html><html lang="fr"><head><title>Contact</title><meta property="og:type" content="website"></head><body><h1>Contact</h1><form><label>E-mail <input type="email"></label><button>Envoyer</button></form></body></html>');
  await server.start();
  lede = await launchLede(server);
  page = lede.context.pages()[0] ?? (await lede.context.newPage());
  // First visit with Lede's changes off: the page exactly as its author made it.
  await setSettings(lede, { highlights: false, stripping: false });
  await page.goto(server.url(ARTICLE));
  await page.waitForTimeout(800);
  pristineBody = await bodyHtml(page);
  await setSettings(lede, { highlights: true, stripping: true });
  await page.waitForFunction(() => document.querySelector('[data-lede-hidden]') !== null, null, { timeout: 15_000 });
  panel = await openPanel(lede, await tabIdOf(lede, page));
  await panel.waitForSelector('[data-testid="summary"]', { timeout: 15_000 });
}, 120_000);

afterAll(async () => {
  await lede?.close();
  await server?.stop();
});

describe('Lede on the seed page in Chromium', () => {
  it('highlights the article\'s companies, and nothing outside the article', async () => {
    const h = await highlighted(page);
    const all = [...h['lede-company'], ...h['lede-crypto']];
    for (const c of want.companies) {
      expect(all.some((t) => [c.name, ...c.aliases].some((n) => t.includes(n)) || t === c.ticker), c.name).toBe(true);
    }
    for (const word of [...want.mustNotHighlight, ...want.mustNotHighlightOutsideArticle]) {
      expect(all.filter((t) => t === word), word).toEqual([]);
    }
    // Nothing highlighted outside the article body (header ticker, related posts, sidebar).
    const outside = await page.evaluate(() => {
      const body = document.querySelector('.entry-content')!;
      const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('lede-company')!;
      return [...h].filter((r) => !body.contains(r.commonAncestorContainer)).map((r) => r.toString());
    });
    expect(outside).toEqual([]);
  });

  it('paints the highlights: a mention looks different with its highlight registered than without', async () => {
    // The ::highlight rules are scoped to the elements holding highlighted text: check that they reach
    // the pixels, for a mention in plain paragraph text and the whole kind's registry.
    const rect = await page.evaluate(() => {
      const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('lede-company')!;
      const r = [...h].find((x) => x.toString().includes('Intel'))!;
      r.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const b = r.getBoundingClientRect();
      return { x: b.x, y: b.y, width: b.width, height: b.height };
    });
    expect(rect.width).toBeGreaterThan(10);
    const shot = () => page.screenshot({ clip: rect, caret: 'initial' }); // 'hide' would restyle the page's inputs
    const withHighlight = await shot();
    await page.evaluate(() => {
      const reg = (CSS as unknown as { highlights: Map<string, unknown> }).highlights;
      (globalThis as unknown as { __ledeSaved: unknown }).__ledeSaved = reg.get('lede-company');
      reg.delete('lede-company');
    });
    const without = await shot();
    await page.evaluate(() => {
      const reg = (CSS as unknown as { highlights: Map<string, unknown> }).highlights;
      reg.set('lede-company', (globalThis as unknown as { __ledeSaved: unknown }).__ledeSaved);
    });
    expect(withHighlight.equals(without)).toBe(false);
    expect((await shot()).equals(withHighlight)).toBe(true);
  });

  it('hides the three promo blocks and the embed, keeps every body paragraph', async () => {
    for (const promo of want.promoBlocks) expect(await visible(page, promo), promo).toBe(false);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.video-embed')!).display)).toBe('none');
    for (const keep of want.keepParagraphs) expect(await visible(page, keep), keep).toBe(true);
    // They were found in the offscreen document, on the copy Readability parsed, not on the page's thread.
    const report = await reportOf(lede, await tabIdOf(lede, page));
    expect(report?.timings.promosOnCopy).toBeGreaterThanOrEqual(0);
  });

  it('shows the article in the side panel: title, verdict, summary, key facts, entities, hidden blocks', async () => {
    expect(await panel.textContent('[data-testid="title"]')).toBe(want.title);
    expect(await panel.textContent('[data-testid="verdict"]')).toContain('Article detected');
    const sentences = await panel.locator('[data-testid="summary"] li').allTextContents();
    expect(sentences.length).toBeGreaterThanOrEqual(3);
    expect(sentences.length).toBeLessThanOrEqual(5);
    const facts = await panel.locator('[data-testid="key-facts"] li').allTextContents();
    expect(facts.length).toBeGreaterThan(0);
    // The article's figures reach the reader once: in a summary sentence or a key fact, never both.
    const said = [...sentences, ...facts].join(' ');
    expect(said).toContain('8 à 10 milliards de dollars');
    expect(said).toContain('2030');
    for (const f of facts) expect(sentences.some((x) => x.includes(f))).toBe(false);
    const entities = await panel.locator('.entities .name').allTextContents();
    expect(entities.length).toBeGreaterThanOrEqual(want.companies.length);
    expect((await panel.locator('.entities .ticker').allTextContents()).join(' ')).toContain('NASDAQ: INTC');
    expect(await panel.locator('[data-testid="promo"]').count()).toBe(3);
    await panel.screenshot({ path: join(SCREENSHOTS, 'seed-sidepanel.png'), fullPage: true });
    // caret: 'initial': Playwright's caret hiding leaves style="" on the page's inputs, which is not Lede's doing.
    await page.screenshot({ path: join(SCREENSHOTS, 'seed-page.png'), caret: 'initial' });
  });

  it('shows the hover card over "Intel Corporation"', async () => {
    await page.bringToFront();
    const box = await page.evaluate(() => {
      const p = [...document.querySelectorAll('.entry-content p')].find((e) => e.textContent!.includes('Intel Corporation'))!;
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        const i = n.data.indexOf('Intel Corporation');
        if (i < 0) continue;
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + 5);
        r.startContainer.parentElement!.scrollIntoView({ block: 'center' });
        const rect = r.getBoundingClientRect();
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      return null;
    });
    expect(box).not.toBeNull();
    await page.mouse.move(box!.x, box!.y);
    const card = page.locator('lede-card .card');
    await card.waitFor({ timeout: 5000 });
    const text = await card.textContent();
    expect(text).toContain('Intel Corporation');
    expect(text).toContain('INTC');
    await page.screenshot({ path: join(SCREENSHOTS, 'seed-hover-card.png'), caret: 'initial' });
  });

  it('"Show" brings one hidden block back', async () => {
    await panel.locator('[data-testid="promo"] button', { hasText: 'Show' }).first().click();
    await page.waitForFunction((s) => {
      const el = [...document.querySelectorAll('.entry-content > *')].find((e) => e.textContent?.includes(s));
      return !!el && getComputedStyle(el).display !== 'none';
    }, want.promoBlocks[0]);
    expect(await panel.locator('[data-testid="promo"] button', { hasText: /^Show$/ }).count()).toBe(2);
    expect(await panel.locator('[data-testid="promo"] .actions .muted', { hasText: /^Shown$/ }).count()).toBe(1);
  });

  it('clicking a summary sentence scrolls the page to it', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    const last = panel.locator('[data-testid="summary"] button.sentence').last();
    await last.click();
    await page.waitForFunction(() => window.scrollY > 100, null, { timeout: 5000 });
  });

  it('toggles in the panel turn highlights and hiding off, and off restores the page exactly', async () => {
    await panel.click('#site-highlights');
    await panel.click('#site-stripping');
    await page.waitForFunction(() => document.querySelector('[data-lede-hidden]') === null);
    await page.waitForFunction(() => !(CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('lede-company'));
    expect(await bodyHtml(page)).toBe(pristineBody);
    // On again, and off again: still exact.
    await panel.click('#site-highlights');
    await panel.click('#site-stripping');
    await page.waitForFunction(() => document.querySelector('[data-lede-hidden]') !== null);
    await panel.click('#site-highlights');
    await panel.click('#site-stripping');
    await page.waitForFunction(() => document.querySelector('[data-lede-hidden]') === null);
    expect(await bodyHtml(page)).toBe(pristineBody);
  });

  it('remembers per-site settings across a reload', async () => {
    await page.reload();
    await page.waitForTimeout(1000);
    expect(await page.evaluate(() => document.querySelector('[data-lede-hidden]'))).toBeNull();
    expect(await bodyHtml(page)).toBe(pristineBody);
    await panel.waitForSelector('#site-stripping');
    expect(await panel.isChecked('#site-stripping')).toBe(false);
    await panel.click('#site-highlights');
    await panel.click('#site-stripping');
    await page.waitForFunction(() => document.querySelector('[data-lede-hidden]') !== null);
  });

  it('follows the tab: a non-article page shows the empty state, with "Analyze anyway"', async () => {
    await page.goto(server.url(NOT_ARTICLE));
    await panel.waitForSelector('text=No article detected on this page', { timeout: 10_000 });
    expect(await panel.locator('button', { hasText: 'Analyze anyway' }).count()).toBe(1);
    await page.goBack();
    await panel.waitForSelector('[data-testid="title"]', { timeout: 10_000 });
  });

  it('declares its keyboard commands', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(Object.keys(manifest.commands)).toEqual(expect.arrayContaining(['open-panel', 'toggle-highlights', 'toggle-stripping', 'next-mention']));
    for (const c of Object.values(manifest.commands) as { suggested_key?: { default?: string } }[]) expect(c.suggested_key?.default).toMatch(/^Alt\+Shift\+/);
  });

  it('made no network request of its own', () => {
    console.log(`Screenshots: ${SCREENSHOTS}`);
    expect(lede.violations).toEqual([]);
  });
});
