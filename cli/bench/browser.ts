/**
 * Chromium WITHOUT the extension, launched like launchLede (cli/chromium-lede.ts) minus the extension
 * flags, so the with/without comparison differs in the extension only. Every request that does not go to
 * the test server is aborted.
 */
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM, type PageServer } from '../chromium-lede';

export const BASE_ARGS = [
  '--headless=new', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run',
  '--disable-sync', '--disable-gpu', '--disable-quic',
];

/** Aborts every request not to the test server (extension pages and data:/blob: URLs stay allowed). */
export async function localOnly(context: BrowserContext, server: PageServer, blocked: string[]): Promise<void> {
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(server.origin) || url.startsWith('chrome-extension://') || url.startsWith('data:') || url.startsWith('blob:')) {
      return route.continue();
    }
    blocked.push(url);
    return route.abort();
  });
}

export async function launchPlain(server: PageServer, blocked: string[]): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1200, height: 900 },
    args: BASE_ARGS,
  });
  await localOnly(context, server, blocked);
  return context;
}
