/**
 * CPU profile of Lede's content script on one page, in Chromium with the built extension:
 *   npx tsx cli/bench/profile.ts <page name or substring> [--no-extension]
 * Profiles the page's renderer (main world and the content script's isolated world share its isolate)
 * from navigation until the content script's Report is ready and the page settled; writes
 * bench-results/profile-<page>.cpuprofile (open in Chrome DevTools › Performance) and prints the
 * functions with the most self time, extension code first.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchLede, tabIdOf } from '../chromium-lede';
import { PROJECT_ROOT } from './bundle';
import { corpusPages } from './corpus';
import { servePages, plainUrl } from './serve';
import { settle } from './observe';
import { table, ms } from './format';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time per function (ms), from a CDP profile's samples. */
export function selfTimes(p: Profile): { fn: string; url: string; line: number; ms: number }[] {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const acc = new Map<string, { fn: string; url: string; line: number; ms: number }>();
  p.samples.forEach((id, i) => {
    const n = byId.get(id);
    if (!n) return;
    const cf = n.callFrame;
    const key = `${cf.functionName}@${cf.url}:${cf.lineNumber}:${cf.columnNumber}`;
    const cur = acc.get(key) ?? { fn: cf.functionName || '(anonymous)', url: cf.url, line: cf.lineNumber + 1, ms: 0 };
    cur.ms += (p.timeDeltas[i] ?? 0) / 1000;
    acc.set(key, cur);
  });
  return [...acc.values()].sort((a, b) => b.ms - a.ms);
}

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name) throw new Error('usage: npx tsx cli/bench/profile.ts <page name or substring>');
  const page0 = corpusPages(name)[0];
  if (!page0) throw new Error(`no page matches ${name}`);
  const server = await servePages([page0]);
  const lede = await launchLede(server);
  try {
    const page = await lede.context.newPage();
    const cdp = await lede.context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await page.goto(plainUrl(server, page0), { waitUntil: 'load' });
    await tabIdOf(lede, page);
    await settle(page);
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    const out = join(PROJECT_ROOT, 'bench-results');
    mkdirSync(out, { recursive: true });
    const file = join(out, `profile-${page0.name}.cpuprofile`);
    writeFileSync(file, JSON.stringify(profile));
    const rows = selfTimes(profile);
    const ext = rows.filter((r) => r.url.startsWith('chrome-extension://'));
    const extTotal = ext.reduce((n, r) => n + r.ms, 0);
    console.log(`${page0.name}: ${ms(extTotal)} ms of self time in extension code; wrote ${file}\n`);
    console.log(table(['function (extension code)', 'self ms', 'line'], ext.slice(0, 30).map((r) => [r.fn, ms(r.ms), r.line])));
    console.log('\n' + table(['function (all)', 'self ms', 'url'], rows.slice(0, 15).map((r) => [r.fn, ms(r.ms), r.url.replace(/^chrome-extension:\/\/[^/]+/, 'ext:')])));
  } finally {
    await lede.close();
    await server.stop();
  }
}

main().catch((e: unknown) => {
  console.error('profile:', e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
