import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PageServer, launchLede, openPanel, tabIdOf, DEMO_ARTICLE, SCREENSHOTS } from './chromium-lede';

/**
 * `npm start`: Chromium with Lede loaded, on the bundled demo article, with the side panel beside it (as a
 * tab: the real side panel cannot be opened by automation). With a display the browser stays open until
 * you close it; without one it runs headless, writes screenshots and exits. `--readme` also refreshes the
 * README's screenshot.
 */
const headless = !process.env.DISPLAY || process.argv.includes('--headless');
const server = new PageServer();
server.set('/news/chipmakers-race-ai-demand/', readFileSync(DEMO_ARTICLE, 'utf8'));
await server.start();
const lede = await launchLede(server, { headless });
const page = lede.context.pages()[0] ?? (await lede.context.newPage());
await page.goto(server.url('/news/chipmakers-race-ai-demand/'));
await page.waitForSelector('[data-lede-hidden]', { state: 'attached', timeout: 15_000 }).catch(() => {});
const panel = await openPanel(lede, await tabIdOf(lede, page));
await panel.setViewportSize({ width: 420, height: 1400 });
await panel.waitForSelector('[data-testid="summary"]', { timeout: 15_000 }).catch(() => {});
mkdirSync(SCREENSHOTS, { recursive: true });
await page.bringToFront();
await page.screenshot({ path: join(SCREENSHOTS, 'demo-page.png'), caret: 'initial' });
await panel.screenshot({ path: join(SCREENSHOTS, 'demo-sidepanel.png'), fullPage: true });
console.log(`Lede is running on the demo article: ${page.url()}`);
console.log(`Screenshots: ${join(SCREENSHOTS, 'demo-page.png')} and ${join(SCREENSHOTS, 'demo-sidepanel.png')}`);
if (process.argv.includes('--readme')) copyFileSync(join(SCREENSHOTS, 'demo-sidepanel.png'), join('cli', 'demo', 'sidepanel.png'));
if (headless) {
  await lede.close();
  await server.stop();
} else {
  console.log('Close the browser window to stop.');
  lede.context.on('close', () => void server.stop());
}
