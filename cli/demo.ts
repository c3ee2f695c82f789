import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import {
  PageServer, launchLede, openPanel, tabIdOf, finishedReportOf, DEMO_ARTICLE, DOCS_SCREENSHOTS, SEED_PAGE, type Lede,
} from './chromium-lede';

/**
 * `npm start`: Chromium with Lede loaded, on the bundled demo article, with the side panel beside it (as a
 * tab: the real side panel cannot be opened by automation). With a display the browser stays open until
 * you close it; without one (or with --headless) it runs headless, prints what Lede found and exits.
 *
 * Every run also writes the README's pictures to docs/screenshots/, from headless browsers:
 *   page-highlights.png  the demo article, its companies highlighted, the hover card open over the first
 *                        "Nvidia" (its promos are hidden: nothing shows where they were)
 *   panel-en-light.png   the side panel on the seed page (../shared/corpus/seed/, a French article; the demo
 *                        article when ../shared is absent), English UI, light scheme
 *   panel-fr-dark.png    the same panel, French UI (--lang=fr), dark scheme
 * `--no-screenshots` skips them. Every page is served from 127.0.0.1; nothing else is asked for.
 */
const headless = !process.env.DISPLAY || process.argv.includes('--headless');
const screenshots = !process.argv.includes('--no-screenshots');

const DEMO = { path: '/news/chipmakers-race-ai-demand/', file: DEMO_ARTICLE, hover: 'Nvidia' };
const SEED = { path: '/fr/news/sam-altman-openai-usines-puces/', file: SEED_PAGE };
/** The article the panel's screenshots show. */
const SHOWN = existsSync(SEED.file) ? SEED : DEMO;
/** Width of the panel's pictures: about what a browser gives a side panel. */
const PANEL_WIDTH = 420;

const server = new PageServer();
server.set(DEMO.path, readFileSync(DEMO.file, 'utf8'));
if (SHOWN === SEED) server.set(SEED.path, readFileSync(SEED.file, 'utf8'));
await server.start();

/** Opens an article, and the side panel following its tab once its analysis has finished. */
async function openArticle(lede: Lede, path: string): Promise<{ page: Page; panel: Page; tabId: number }> {
  const page = lede.context.pages()[0] ?? (await lede.context.newPage());
  await page.goto(server.url(path));
  const tabId = await tabIdOf(lede, page);
  await finishedReportOf(lede, tabId);
  const panel = await openPanel(lede, tabId);
  await panel.waitForSelector('[data-testid="summary"] li', { timeout: 15_000 });
  return { page, panel, tabId };
}

/** The panel's whole height at a side panel's width. */
async function shootPanel(panel: Page, file: string): Promise<void> {
  await panel.setViewportSize({ width: PANEL_WIDTH, height: 900 });
  await panel.waitForSelector('.entities .name', { timeout: 5_000 }).catch(() => {});
  await panel.evaluate(() => document.fonts.ready);
  await panel.screenshot({ path: join(DOCS_SCREENSHOTS, file), fullPage: true, animations: 'disabled' });
}

/**
 * The page from its top, highlights painted, the hover card open over a mention. The mouse is
 * moved onto the mention's first word, as a reader's would be; the card follows the content script's own
 * hit test of the highlight ranges.
 */
async function shootPage(page: Page, mention: string, file: string): Promise<void> {
  await page.bringToFront();
  await page.setViewportSize({ width: 1200, height: 860 });
  const at = await page.evaluate((text) => {
    window.scrollTo(0, 0);
    const walker = document.createTreeWalker(document.querySelector('article') ?? document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      const i = n.data.indexOf(text);
      if (i < 0 || n.parentElement?.closest('h1, h2, h3')) continue;
      const r = document.createRange();
      r.setStart(n, i);
      r.setEnd(n, i + text.split(' ')[0].length);
      let rect = r.getBoundingClientRect();
      // The card opens below the mention: scroll no further than it needs to fit.
      const room = 200;
      if (rect.bottom > window.innerHeight - room) {
        window.scrollBy(0, rect.bottom - (window.innerHeight - room));
        rect = r.getBoundingClientRect();
      }
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    return null;
  }, mention);
  if (at) {
    await page.mouse.move(at.x - 40, at.y);
    await page.mouse.move(at.x, at.y, { steps: 4 });
    await page.locator('lede-card .card').waitFor({ timeout: 5_000 }).catch(() => console.warn(`No hover card over "${mention}".`));
  } else console.warn(`"${mention}" is not in the page: no hover card in ${file}.`);
  await page.screenshot({ path: join(DOCS_SCREENSHOTS, file), caret: 'initial' }); // 'hide' would restyle the page's inputs
}

/**
 * The three pictures, English light in `en` (a headless Lede), French dark in a Lede of its own. The page is
 * the demo article, which brings its own style sheet and picture (the corpus's saved pages have neither).
 */
async function writeScreenshots(en: Lede): Promise<void> {
  mkdirSync(DOCS_SCREENSHOTS, { recursive: true });
  const shown = await openArticle(en, SHOWN.path);
  await shootPanel(shown.panel, 'panel-en-light.png');
  await shown.panel.close();
  const demo = await openArticle(en, DEMO.path);
  await demo.panel.close();
  await shootPage(demo.page, DEMO.hover, 'page-highlights.png');
  const fr = await launchLede(server, { lang: 'fr', colorScheme: 'dark' });
  try {
    await shootPanel((await openArticle(fr, SHOWN.path)).panel, 'panel-fr-dark.png');
  } finally {
    await fr.close();
  }
  const where = relative(process.cwd(), DOCS_SCREENSHOTS) || DOCS_SCREENSHOTS;
  console.log(`Screenshots: ${where}/page-highlights.png (the demo article), panel-en-light.png and panel-fr-dark.png (${SHOWN === SEED ? 'the seed page' : 'the demo article'})`);
}

try {
  if (headless) {
    const lede = await launchLede(server, { headless: true });
    try {
      if (screenshots) await writeScreenshots(lede);
      const { tabId } = await openArticle(lede, DEMO.path);
      const report = await finishedReportOf(lede, tabId);
      console.log(`Lede on the demo article (${server.url(DEMO.path)}):`);
      if (report) {
        const verdict = report.isArticle ? `article detected (${Math.round(report.detection.confidence * 100)}%)` : 'not an article';
        const names = report.entities.map((e) => e.name);
        console.log(`  ${report.title ?? '(no title)'}: ${verdict}, ${report.readingMinutes} min read`);
        console.log(`  ${report.promos.length} promotional block(s) hidden: ${report.promos.map((p) => p.reason).join('; ') || '-'}`);
        console.log(`  ${names.length} companies and assets highlighted: ${names.join(', ') || '-'}`);
      } else console.log('  no report: the analysis did not finish in 15 s');
      if (lede.violations.length) console.log(`  requests that were not local (blocked): ${lede.violations.join(', ')}`);
    } finally {
      await lede.close();
      await server.stop();
    }
  } else {
    if (screenshots) {
      const shooter = await launchLede(server, { headless: true });
      await writeScreenshots(shooter).finally(() => shooter.close());
    }
    const lede = await launchLede(server, { headless: false });
    const { page } = await openArticle(lede, DEMO.path);
    console.log(`Lede is running on the demo article: ${page.url()}`);
    console.log('Close the browser window to stop.');
    lede.context.on('close', () => void server.stop());
  }
} catch (e) {
  await server.stop();
  throw e;
}
