import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { PageServer, launchLede, openPanel, tabIdOf, setSettings, finishedReportOf, DEMO_ARTICLE, SEED_PAGE, SCREENSHOTS, type Lede } from '@/cli/chromium-lede';

/**
 * The side panel and the options page on the bundled demo article (English): badge, entity jumps,
 * summary length, user rules that apply without a reload and survive one, accessibility (axe-core),
 * dark theme, and the French UI. Issue 23: the panel's order and words, key facts, hidden blocks grouped
 * by kind, "never hide" in one click with its undo, every word in the UI's language (EN and FR) whatever
 * the page's.
 */
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const PATH = '/news/chipmakers-race-ai-demand/';
/** The seed page, a French article (the corpus beside the project); the French UI's checks run on it too. */
const SEED_PATH = '/fr/news/sam-altman-openai-usines-puces/';
const HAS_SEED = existsSync(SEED_PAGE);
/** The demo article with a "Read more:" line inside a promo box: two rules claim one block. */
const TWO_RULES_PATH = '/news/chipmakers-two-rules/';
const TWO_RULES_LINE = 'Read more: Memory prices climb for a third month';
let server: PageServer;
let lede: Lede;
let page: Page;
let panel: Page;
let tabId: number;

/**
 * The options page's headings go from its <h1> to <h3>s (entrypoints/options/App.tsx, outside issue 23's
 * files): axe-core's moderate "heading-order". Every other violation, of any impact, fails.
 */
const OPTIONS_KNOWN = ['moderate heading-order (1)'];
const optionsViolations = async (p: Page) => (await axeViolations(p)).filter((v) => !OPTIONS_KNOWN.includes(v));

/** Every axe-core violation of the page, whatever its impact: "impact id (nodes)". */
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
  server.set(TWO_RULES_PATH, readFileSync(DEMO_ARTICLE, 'utf8').replace('<h2>Governments step in</h2>',
    `<div class="promo-box"><p>${TWO_RULES_LINE.replace('Memory', '<a href="/news/memory-prices/">Memory')}</a></p></div><h2>Governments step in</h2>`));
  if (HAS_SEED) server.set(SEED_PATH, readFileSync(SEED_PAGE, 'utf8'));
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
    // Who it is: name, listing, kind with sector and country, mentions, quote link, the panel.
    const card = await page.locator('lede-card .card').evaluate((c) => [...c.querySelectorAll('.name, .ticker, .kind, .count, a, .actions button')].map((e) => e.textContent));
    expect(card).toEqual(['NVIDIA Corporation', 'NASDAQ: NVDA', 'Company · Information technology · United States', 'Named 5 times in this article', 'Quote ↗', 'Show in side panel']);
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

  it('summary length: short is shorter than medium, long longer', async () => {
    const sentences = () => panel.locator('[data-testid="summary"] li').allTextContents();
    const medium = await sentences();
    await panel.selectOption('.length select', 'short');
    await panel.waitForFunction((n) => document.querySelectorAll('[data-testid="summary"] li').length < n, medium.length);
    const short = await sentences();
    expect(short.join(' ').length).toBeLessThan(medium.join(' ').length);
    await panel.selectOption('.length select', 'long');
    await panel.waitForFunction((n) => document.querySelectorAll('[data-testid="summary"] li').length > n, medium.length);
    await panel.selectOption('.length select', 'medium');
    await panel.waitForFunction((n) => document.querySelectorAll('[data-testid="summary"] li').length === n, medium.length);
  });

  it('reads in order: Lede\'s mark, the article, its summary, the companies, the key facts, what was hidden', async () => {
    const order = await panel.evaluate(() => {
      const at = (sel: string) => {
        const el = document.querySelector(sel);
        return el ? [...document.querySelectorAll('*')].indexOf(el) : -1;
      };
      return ['.brand', '[data-testid="title"]', '[data-testid="summary"]', '.entities', '[data-testid="key-facts"]', '.promos', '.settings'].map(at);
    });
    expect(order.every((x) => x >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // The mark is Lede's icon, from the extension's own files.
    const mark = await panel.evaluate(async () => {
      const url = /url\("?([^")]+)"?\)/.exec(getComputedStyle(document.querySelector('.brand .mark')!).backgroundImage)?.[1] ?? '';
      const svg = url ? await (await fetch(url)).text() : '';
      return { url, svg: svg.includes('<svg') };
    });
    expect(mark.url).toMatch(/^chrome-extension:\/\/[a-z]+\/icon\/lede\.svg$/);
    expect(mark.svg).toBe(true);
    // What the article is, in words: source, date, reading time, language; no score, no "Language: en".
    const meta = await panel.textContent('[data-testid="article-meta"]');
    expect(meta).toBe('Lede Demo News · Jordan Ellis · Nov 20, 2026 · 2 min read · In English');
    expect(await panel.textContent('main')).not.toMatch(/\d+ ?%\s*$|Language:|·\s*\d+%/m);
  });

  it('"Why" says in words how Lede knows it is an article: no markup names', async () => {
    await panel.click('[data-testid="verdict"]');
    const reasons = await panel.locator('details.signals li').allTextContents();
    expect(reasons.join('\n')).toContain('The page describes itself as a news article');
    expect(reasons.join('\n')).toContain('The page is published as an article');
    expect(reasons.join('\n')).not.toMatch(/json-ld|og:type|og-article|readerable|NewsArticle/);
    await panel.click('[data-testid="verdict"]');
  });

  it('key facts: whole clauses, the figure in bold, at most six, none already said by the publisher or the summary', async () => {
    const facts = panel.locator('[data-testid="key-facts"] li');
    const n = await facts.count();
    expect(n).toBeGreaterThanOrEqual(3);
    expect(n).toBeLessThanOrEqual(6);
    const summary = (await panel.textContent('[data-testid="summary"]'))!;
    const points = (await panel.textContent('[data-testid="publisher-points"]'))!;
    const article = await page.evaluate(() => document.querySelector('.entry-content')!.textContent!.replace(/\s+/g, ' '));
    for (let i = 0; i < n; i++) {
      const text = (await facts.nth(i).textContent())!;
      const figure = (await facts.nth(i).locator('strong').textContent())!;
      expect(text).toContain(figure);
      expect(summary, text).not.toContain(figure);
      expect(points, text).not.toContain(figure);
      // A piece of the article as written, cut where words end.
      const at = article.indexOf(text);
      expect(at, text).toBeGreaterThanOrEqual(0);
      expect(article.slice(at - 1, at) + article.slice(at + text.length, at + text.length + 1)).not.toMatch(/[\p{L}\p{N}]/u);
    }
  });

  it('hidden blocks, grouped by kind with a count, in the reader\'s words', async () => {
    const groups = await panel.locator('[data-testid="promo-group"] summary').allTextContents();
    expect(groups).toEqual(['House ads for Lede Demo News 2', 'Video plugs 1']);
    // Previews end on a whole word ("Check out…", never "Check o…").
    for (const p of await panel.locator('[data-testid="promo"] .preview').allTextContents()) expect(p).toMatch(/(?:[\p{L}\p{N}.?!)]|\p{L}…)$/u);
  });

  it('settings: one switch per feature for this site, saying which choice applies, with the way back', async () => {
    const feature = panel.locator('[data-testid="feature-stripping"]');
    expect(await feature.textContent()).toContain('Same as on every site');
    await panel.click('#site-stripping');
    await page.waitForFunction(() => document.querySelector('[data-lede-hidden]') === null);
    await expect.poll(() => feature.textContent()).toContain('Only on 127.0.0.1: on every other site, it is on');
    await feature.locator('button', { hasText: 'Use the setting for every site' }).click();
    await page.waitForFunction(() => document.querySelector('[data-lede-hidden]') !== null);
    await expect.poll(() => feature.textContent()).toContain('Same as on every site');
    expect(await panel.isChecked('#site-stripping')).toBe(true);
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

  it('has no accessibility violation (axe-core), panel and options page, in light and dark', async () => {
    const options = await lede.context.newPage();
    await options.goto(`chrome-extension://${lede.extensionId}/options.html`);
    for (const scheme of ['light', 'dark'] as const) {
      await panel.emulateMedia({ colorScheme: scheme });
      await options.emulateMedia({ colorScheme: scheme });
      // Closed parts open, so that everything the panel can show is checked.
      await panel.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      expect(await axeViolations(panel), `panel, ${scheme}`).toEqual([]);
      expect(await optionsViolations(options), `options, ${scheme}`).toEqual([]);
    }
    await panel.screenshot({ path: join(SCREENSHOTS, 'demo-sidepanel-dark.png'), fullPage: true });
    await panel.emulateMedia({ colorScheme: 'light' });
    await panel.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = false)));
    await options.close();
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

describe('"Never hide this kind on this site": one click, whatever rules matched the block', () => {
  it('shows the block, says which kinds it turned off, and undoes', async () => {
    const p = await lede.context.newPage();
    await p.goto(server.url(TWO_RULES_PATH));
    const id = await tabIdOf(lede, p);
    await finishedReportOf(lede, id);
    const hidden = () => p.evaluate((t) => {
      const el = [...document.querySelectorAll('.entry-content p')].find((e) => e.textContent!.startsWith(t))!;
      return !!el.closest('[data-lede-hidden]');
    }, TWO_RULES_LINE);
    await expect.poll(hidden).toBe(true);
    const side = await openPanel(lede, id);
    const group = side.locator('[data-testid="promo-group"]', { hasText: TWO_RULES_LINE });
    await group.locator('button.never').click();
    // One click: the first rule that claimed the block, then the one behind it, are off; the block is shown.
    const notice = side.locator('[data-testid="never-hide-notice"]');
    await expect.poll(() => notice.textContent(), { timeout: 15_000 }).toContain('House ads for Lede Demo News');
    // Two kinds: the "Read more:" line's, and the box's, which claimed the block once the first was off.
    const said = (await notice.locator('p').textContent())!;
    expect(said).toMatch(/^Shown on 127\.0\.0\.1\. Turned off there: .+\.$/);
    expect(said).toContain('Links to other stories');
    await expect.poll(hidden, { timeout: 15_000 }).toBe(false);
    const disabled = () => lede.worker.evaluate(async () => ((await chrome.storage.local.get('sites')).sites as Record<string, { disabledRules?: string[] }> | undefined)?.['127.0.0.1']?.disabledRules ?? []);
    await expect.poll(disabled).toEqual(expect.arrayContaining(['shape-promo', 'en-read-more']));
    await expect.poll(hidden).toBe(false);
    await expect.poll(() => side.locator('[data-testid="promo"]', { hasText: TWO_RULES_LINE }).count()).toBe(0);
    // Undo: the rules are back as they were, the block hidden again.
    await notice.locator('button', { hasText: 'Undo' }).click();
    await expect.poll(disabled).toEqual([]);
    await expect.poll(hidden).toBe(true);
    expect(await notice.count()).toBe(0);
    await Promise.all([side.close(), p.close()]);
  }, 60_000);
});

describe('English UI on a French article', () => {
  it.skipIf(!HAS_SEED)('the page\'s words stay French; reasons, dates and names are English', async () => {
    const p = await lede.context.newPage();
    await p.goto(server.url(SEED_PATH));
    const id = await tabIdOf(lede, p);
    await finishedReportOf(lede, id);
    const side = await openPanel(lede, id);
    await side.waitForSelector('[data-testid="summary"] li');
    expect(await side.textContent('[data-testid="article-meta"]')).toContain('Jan 22, 2024 · 3 min read · In French');
    expect(await side.locator('[data-testid="promo-group"] summary').allTextContents()).toEqual(['House ads for CoinGeek 2', 'Video plugs 1']);
    expect(await side.getAttribute('[data-testid="summary"]', 'lang')).toBe('fr');
    expect(await side.getAttribute('html', 'lang')).toMatch(/^en/);
    expect(await side.textContent('.entities')).toContain('United States');
    await Promise.all([side.close(), p.close()]);
  }, 60_000);
});

describe('French UI', () => {
  let fr: Lede;
  beforeAll(async () => {
    fr = await launchLede(server, { lang: 'fr' });
  }, 60_000);
  afterAll(async () => {
    await fr?.close();
  });

  it('follows the browser\'s language on an English article: every label, reason, signal, date and name in French', async () => {
    const p = fr.context.pages()[0] ?? (await fr.context.newPage());
    await p.goto(server.url(PATH));
    const panelFr = await openPanel(fr, await tabIdOf(fr, p));
    await panelFr.waitForSelector('[data-testid="summary"] li');
    expect(await panelFr.getAttribute('html', 'lang')).toBe('fr');
    expect(await panelFr.textContent('[data-testid="verdict"]')).toBe('Article détecté : pourquoi ?');
    expect(await panelFr.textContent('body')).toContain('Résumé');
    expect(await panelFr.textContent('[data-testid="article-meta"]')).toBe('Lede Demo News · Jordan Ellis · 20 nov. 2026 · 2 min de lecture · En anglais');
    // The heuristic's reason is written in English in the code: the panel says it in French.
    expect(await panelFr.locator('[data-testid="promo-group"] summary').allTextContents()).toEqual(['Publicité maison pour Lede Demo News 2', 'Vidéos mises en avant 1']);
    await panelFr.click('[data-testid="verdict"]');
    const reasons = (await panelFr.locator('details.signals li').allTextContents()).join('\n');
    expect(reasons).toContain('La page se présente comme un article d’actualité');
    expect(reasons).not.toMatch(/\bThe page\b|json-ld|og:/);
    expect(await panelFr.textContent('.entities')).toContain('États-Unis');
    expect(await panelFr.textContent('.entities')).not.toContain('United States');
    // Page text keeps its language: the summary is English, marked so.
    expect(await panelFr.getAttribute('[data-testid="summary"]', 'lang')).toBe('en');
    expect(await panelFr.textContent('.settings')).toContain('Comme sur tous les sites');
    await panelFr.close();
    // The hover card speaks French too.
    await p.bringToFront();
    await fr.worker.evaluate((id) => chrome.tabs.sendMessage(id, { lede: 'nextMention' }, { frameId: 0 }), await tabIdOf(fr, p));
    const card = await p.locator('lede-card .card').evaluate((c) => [...c.querySelectorAll('.kind, .count, a, .actions button')].map((e) => e.textContent));
    expect(card).toEqual(['Entreprise · Technologies de l’information · États-Unis', 'Citée 5 fois dans cet article', 'Cours ↗', 'Voir dans le panneau']);
  }, 60_000);

  it.skipIf(!HAS_SEED)('on the French seed page: no English left', async () => {
    const p = await fr.context.newPage();
    await p.goto(server.url(SEED_PATH));
    const id = await tabIdOf(fr, p);
    await finishedReportOf(fr, id);
    const panelFr = await openPanel(fr, id);
    await panelFr.waitForSelector('[data-testid="summary"] li');
    expect(await panelFr.textContent('[data-testid="article-meta"]')).toContain('22 janv. 2024 · 3 min de lecture · En français');
    expect(await panelFr.locator('[data-testid="promo-group"] summary').allTextContents()).toEqual(['Publicité maison pour CoinGeek 2', 'Vidéos mises en avant 1']);
    await panelFr.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    // Everything but the page's own words (title, summary, facts, previews, names) is the UI's French.
    const ui = await panelFr.evaluate(() => {
      const skip = '[lang="fr"]:not(html), [data-testid="title"], [data-testid="promo"] .preview, .entities .name, .entities .ticker, .set-aside li li';
      const out: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.textContent!.trim() && !n.parentElement!.closest(skip)) out.push(n.textContent!.trim());
      return out.join(' | ');
    });
    expect(ui).not.toMatch(/\b(?:The|the|House|Links|Show|Never|Highlight|Hide|Same as|every site|Information technology|United States|Summary|Companies)\b/);
    expect(ui).toContain('Publicité maison pour CoinGeek');
    await panelFr.close();
    await p.close();
  }, 60_000);

  it('has no accessibility violation (axe-core), panel and options page, light and dark', async () => {
    const p = fr.context.pages()[0] ?? (await fr.context.newPage());
    await p.goto(server.url(PATH));
    const panelFr = await openPanel(fr, await tabIdOf(fr, p));
    await panelFr.waitForSelector('[data-testid="summary"] li');
    const options = await fr.context.newPage();
    await options.goto(`chrome-extension://${fr.extensionId}/options.html`);
    for (const scheme of ['light', 'dark'] as const) {
      await panelFr.emulateMedia({ colorScheme: scheme });
      await options.emulateMedia({ colorScheme: scheme });
      await panelFr.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      expect(await axeViolations(panelFr), `panel, ${scheme}`).toEqual([]);
      expect(await optionsViolations(options), `options, ${scheme}`).toEqual([]);
    }
    await Promise.all([panelFr.close(), options.close()]);
  }, 60_000);
});

/**
 * Issue 22, reliability on living pages. A word of 10,000 characters (a URL pasted without spaces, a
 * run of characters from a broken page) in the title, a summary sentence, a company name, a promo's
 * preview and a caption: the panel and the hover card must wrap it, never scroll sideways. And settings
 * that cannot be read (a bad sync, a hand edit): the page, the panel and the options page still work.
 */
const WORD = 'Semiconductor'.repeat(770).slice(0, 10_000);
const LONG_PATH = '/news/chipmakers-long-word/';
/**
 * What marks an element as holding the word: the panel shortens sentences and previews (600 and 250
 * characters), never below this, and 100 letters without a break are already far wider than the panel.
 */
const WORD_RUN = WORD.slice(0, 100);

function longWordArticle(): string {
  return readFileSync(DEMO_ARTICLE, 'utf8')
    .replaceAll('Chipmakers race to add capacity', `Chipmakers race to add ${WORD} capacity`)
    .replace("The world's largest chipmakers are committing", `The world's largest chipmakers (${WORD}) are committing`)
    .replace('Samsung Electronics is expanding', `${WORD} Holdings AG and Samsung Electronics is expanding`)
    .replace('<h2>Governments step in</h2>', `<p>Partner content: ${WORD} and more from our partners.</p><h2>Governments step in</h2>`)
    .replace('A clean room at a chip plant', `A clean ${WORD} room at a chip plant`);
}

/** Elements holding the word that scroll sideways (scrollWidth beyond clientWidth), and the page's own overflow. */
function overflowing(p: Page, selector: string, root?: string) {
  return p.evaluate(({ selector: sel, root: r, run }) => {
    const scope: ParentNode = r ? document.querySelector(r)!.shadowRoot! : document;
    const els = [...scope.querySelectorAll<HTMLElement>(sel)].filter((e) => e.textContent!.includes(run));
    const wide = els.filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => `${e.tagName}.${e.className} ${e.scrollWidth}>${e.clientWidth}`);
    const doc = document.documentElement;
    return { found: els.length, wide, page: doc.scrollWidth > doc.clientWidth + 1 ? `${doc.scrollWidth}>${doc.clientWidth}` : null };
  }, { selector, root, run: WORD_RUN });
}

describe('a 10,000-character word', () => {
  let longLede: Lede;
  let article: Page;
  let longPanel: Page;
  let longTab: number;

  beforeAll(async () => {
    server.set(LONG_PATH, longWordArticle());
    longLede = await launchLede(server);
    await setSettings(longLede, {
      highlights: true, stripping: true, sites: {}, summaryLength: 'long',
      userRules: [{ id: 'partner', kind: 'phrase', value: 'Partner content', site: null }],
    });
    article = longLede.context.pages()[0] ?? (await longLede.context.newPage());
    await article.goto(server.url(LONG_PATH));
    await article.waitForFunction(() => document.querySelector('[data-lede-hidden]') !== null, null, { timeout: 30_000 });
    longTab = await tabIdOf(longLede, article);
    longPanel = await openPanel(longLede, longTab);
    await longPanel.setViewportSize({ width: 360, height: 800 }); // a side panel's width
    await longPanel.waitForSelector('[data-testid="summary"]');
  }, 120_000);

  afterAll(async () => {
    await longLede?.close();
  });

  it('wraps in the side panel: title, summary sentence, company name, promo preview, caption', async () => {
    await longPanel.locator('.set-aside summary').click();
    for (const sel of ['[data-testid="title"]', '[data-testid="summary"] li', '.entities .entity', '[data-testid="promo"]', '[data-testid="set-aside"]']) {
      const r = await overflowing(longPanel, sel);
      expect(r.found, `${sel} holds the word`).toBeGreaterThan(0);
      expect(r.wide, sel).toEqual([]);
    }
    expect((await overflowing(longPanel, 'main')).page).toBeNull();
    await longPanel.screenshot({ path: join(SCREENSHOTS, 'panel-long-word.png') });
  });

  it('wraps in the hover card', async () => {
    await article.bringToFront();
    // "Next mention" walks the highlights in page order: on to the company with the long name.
    let label = '';
    for (let i = 0; i < 40 && !label.includes(WORD); i++) {
      await longLede.worker.evaluate((id) => chrome.tabs.sendMessage(id, { lede: 'nextMention' }, { frameId: 0 }), longTab);
      await article.locator('lede-card .card').waitFor();
      label = await article.evaluate(() => document.querySelector('lede-card')!.shadowRoot!.querySelector('.card')!.getAttribute('aria-label') ?? '');
    }
    expect(label).toContain(WORD);
    const r = await overflowing(article, '.card', 'lede-card');
    expect(r.found).toBe(1);
    expect(r.wide).toEqual([]);
    const width = await article.evaluate(() => document.querySelector('lede-card')!.shadowRoot!.querySelector('.card')!.getBoundingClientRect().width);
    expect(width).toBeLessThanOrEqual(300);
  });
});

describe('settings that cannot be read', () => {
  let bad: Lede;
  // The global settings in sync, per-site choices and rules in local (utils/extension/settings.ts).
  const stored = () =>
    bad.worker.evaluate(async () => {
      const { settings } = await chrome.storage.sync.get('settings');
      const { sites, userRules } = await chrome.storage.local.get(['sites', 'userRules']);
      return { ...(settings as object), sites, userRules };
    });
  const putRaw = (value: unknown) => bad.worker.evaluate(async (v) => chrome.storage.sync.set({ settings: v }), value);

  beforeAll(async () => {
    bad = await launchLede(server);
  }, 60_000);

  afterAll(async () => {
    await bad?.close();
  });

  it('wrong types inside: the page still gets Lede, the panel says which settings were reset, once', async () => {
    await putRaw({
      highlights: 'yes', stripping: true, sites: null, summaryLength: 'short',
      userRules: [null, { id: 'r', kind: 'phrase', value: 42, site: null }, { id: 'keep', kind: 'phrase', value: 'Traders reacted quickly', site: null }],
    });
    const p = await bad.context.newPage();
    await p.goto(server.url(PATH));
    // The good rule still applies: its paragraph is hidden along with the built-in promos.
    await p.waitForFunction(() => [...document.querySelectorAll('.entry-content p')].some((e) => e.textContent!.startsWith('Traders reacted quickly') && e.hasAttribute('data-lede-hidden')), null, { timeout: 30_000 });
    const id = await tabIdOf(bad, p);
    const first = await openPanel(bad, id);
    await first.waitForSelector('[data-testid="summary"]');
    const notice = await first.textContent('[data-testid="settings-repaired"]');
    expect(notice).toContain('highlighting on every site');
    expect(notice).toContain('some per-site choices');
    expect(notice).toContain('some of your rules');
    expect(await first.locator('[data-testid="summary"] li').count()).toBe(2); // summaryLength "short" was kept (medium gives 3 here)
    // Told once: the repaired settings were stored, a second panel has nothing to say.
    expect(await stored()).toEqual(expect.objectContaining({ highlights: true, sites: {}, summaryLength: 'short', userRules: [{ id: 'keep', kind: 'phrase', value: 'Traders reacted quickly', site: null }] }));
    const second = await openPanel(bad, id);
    await second.waitForSelector('[data-testid="summary"]');
    expect(await second.locator('[data-testid="settings-repaired"]').count()).toBe(0);
    await Promise.all([first.close(), second.close(), p.close()]);
  });

  it('the whole item a string: the options page opens, says so, and "Reset all settings" works', async () => {
    await putRaw('{"highlights": tru');
    const options = await bad.context.newPage();
    const errors: string[] = [];
    options.on('pageerror', (e) => errors.push(e.message));
    await options.goto(`chrome-extension://${bad.extensionId}/options.html`);
    // Per-site choices and rules live apart (storage.local): only the global settings were lost.
    expect(await options.textContent('[data-testid="settings-repaired"]')).toContain('Some of your settings could not be read');
    expect(await options.isChecked('#opt-highlights')).toBe(true);
    await putRaw(12); // corrupt again, under the open page
    await options.click('[data-testid="reset-settings"]');
    await options.click('[data-testid="reset-confirm"]');
    await options.waitForSelector('text=Your settings are back to their defaults.');
    expect(await stored()).toEqual({ highlights: true, stripping: true, sites: {}, userRules: [], quoteProvider: 'google', summaryLength: 'medium', builtInSummarizer: false });
    expect(errors).toEqual([]);
    expect((await axeViolations(options)).filter((v) => /^(serious|critical)/.test(v))).toEqual([]);
    await options.close();
  });

  it('made no network request of its own', () => {
    expect(bad.violations).toEqual([]);
  });
});
