/**
 * CPU profile of Lede on one page:
 *   npx tsx cli/bench/profile.ts <page name or substring>            built extension, first run at load
 *   npx tsx cli/bench/profile.ts <page name or substring> --in-page  the bench harness (unminified names),
 *                                                                    first (cold) run + 5 warm repetitions
 * Profiles the page's renderer (main world and the content script's isolated world share its isolate);
 * writes bench-results/profile-<page>[-in-page].cpuprofile (open in Chrome DevTools › Performance) and
 * prints the functions with the most self and inclusive time.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchLede, tabIdOf } from '../chromium-lede';
import { PROJECT_ROOT } from './bundle';
import { corpusPages } from './corpus';
import { servePages, plainUrl, isoUrl } from './serve';
import { bundleInPage } from './bundle';
import { launchPlain } from './browser';
import { settle } from './observe';
import { table, ms } from './format';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  startTime?: number;
  endTime?: number;
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

/** Inclusive time per function name (each function counted once per sample, whatever its recursion). */
export function inclusiveTimes(p: Profile): { fn: string; ms: number }[] {
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const acc = new Map<string, number>();
  p.samples.forEach((id, i) => {
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const cf = byId.get(cur)?.callFrame;
      if (!cf) break;
      const key = cf.functionName || '(anonymous)';
      if (seen.has(key)) continue;
      seen.add(key);
      acc.set(key, (acc.get(key) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000);
    }
  });
  return [...acc.entries()].map(([fn, v]) => ({ fn, ms: v })).sort((a, b) => b.ms - a.ms);
}

const NOISE = new Set(['(idle)', '(program)', '(root)', '(garbage collector)', '(anonymous)']);

async function inPage(name: string): Promise<void> {
  const page0 = corpusPages(name)[0];
  if (!page0) throw new Error(`no page matches ${name}`);
  const harness = await bundleInPage();
  const server = await servePages([page0]);
  const context = await launchPlain(server, []);
  try {
    const page = await context.newPage();
    await page.goto(isoUrl(server, page0), { waitUntil: 'load' });
    await page.addScriptTag({ content: harness.code });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
    await page.evaluate(() => window.__ledeBench!(5));
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    const out = join(PROJECT_ROOT, 'bench-results');
    mkdirSync(out, { recursive: true });
    const file = join(out, `profile-${page0.name}-in-page.cpuprofile`);
    writeFileSync(file, JSON.stringify(profile));
    console.log(`${page0.name} (harness: cold run + 5 repetitions of every stage and anchor); wrote ${file}\n`);
    console.log(table(['function', 'inclusive ms'], inclusiveTimes(profile).filter((r) => !NOISE.has(r.fn)).slice(0, 40).map((r) => [r.fn.slice(0, 70), ms(r.ms)])));
    console.log('\n' + table(['function', 'self ms', 'line'], selfTimes(profile).filter((r) => !NOISE.has(r.fn)).slice(0, 25).map((r) => [r.fn.slice(0, 70), ms(r.ms), r.line])));
  } finally {
    await context.close();
    await server.stop();
  }
}

async function main(): Promise<void> {
  if (process.argv.includes('--in-page')) return inPage(process.argv.filter((a) => !a.startsWith('--'))[2]);
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
    console.log(table(['function (extension code)', 'self ms', 'line'], ext.slice(0, 30).map((r) => [r.fn.slice(0, 70), ms(r.ms), r.line])));
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
