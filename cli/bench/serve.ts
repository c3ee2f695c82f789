/**
 * Serves the pages twice from 127.0.0.1 with PageServer (cli/chromium-lede.ts):
 *  - /iso/<name>/  with COOP/COEP, so the page is cross-origin isolated and performance.now() has 5 µs
 *    resolution instead of 100 µs (the in-page timings);
 *  - /plain/<name>/ as any site would serve it (the with/without-extension long-task pass).
 */
import { PageServer } from '../chromium-lede';
import type { BenchPage } from './corpus';

const ISOLATION = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };

export async function servePages(pages: readonly BenchPage[]): Promise<PageServer> {
  const server = new PageServer();
  for (const p of pages) {
    server.set(`/iso${p.path}`, { body: p.html, headers: ISOLATION });
    server.set(`/plain${p.path}`, { body: p.html });
  }
  await server.start();
  return server;
}

export const isoUrl = (server: PageServer, p: BenchPage): string => server.url(`/iso${p.path}`);
export const plainUrl = (server: PageServer, p: BenchPage): string => server.url(`/plain${p.path}`);
