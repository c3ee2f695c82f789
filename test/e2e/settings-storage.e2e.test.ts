import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { PageServer, launchLede, openPanel, tabIdOf, DEMO_ARTICLE, type Lede } from '@/cli/chromium-lede';

/**
 * Settings storage in real Chromium, whose storage.sync enforces its quotas (8,192 bytes an item, 120
 * writes a minute): an older build's full item moved without loss, per-site choices past the old wall,
 * the options page's export and import, and a write Chromium refuses shown to the reader.
 */
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const PATH = '/news/chipmakers-race-ai-demand/';
let server: PageServer;
let lede: Lede;

const sync = () => lede.worker.evaluate(async () => chrome.storage.sync.get(null)) as Promise<{ settings?: Record<string, unknown> }>;
const local = () => lede.worker.evaluate(async () => chrome.storage.local.get(['sites', 'userRules']));
const bytes = (key: string, value: unknown) => Buffer.byteLength(key) + Buffer.byteLength(JSON.stringify(value));

/** An item as the previous build stored it (everything in sync:settings), as full as Chrome allows. */
function fullLegacyItem() {
  const item = {
    highlights: true, stripping: true, quoteProvider: 'yahoo', summaryLength: 'medium', builtInSummarizer: false,
    userRules: [{ id: 'old-rule', kind: 'phrase', value: 'Sponsored: our partners', site: null }],
    sites: {} as Record<string, { highlights?: boolean; stripping?: boolean }>,
  };
  for (let i = 0; ; i++) {
    const sites = { ...item.sites, [`regional-paper-${i}.example`]: i % 2 ? { highlights: false } : { stripping: false } };
    if (bytes('settings', { ...item, sites }) > 8192) break;
    item.sites = sites;
  }
  return item;
}

async function axeViolations(p: Page): Promise<string[]> {
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
}, 120_000);

afterAll(async () => {
  await lede?.close();
  await server?.stop();
});

describe('settings storage in Chromium', () => {
  const old = fullLegacyItem();

  it('an older build\'s full 8 KB item: Chromium refuses one more site in it; Lede moves it, nothing lost', async () => {
    await lede.worker.evaluate((item) => chrome.storage.sync.set({ settings: item }), old);
    const refused = await lede.worker.evaluate((item) => {
      const more = { ...item, sites: { ...item.sites, 'one-more.example': { highlights: false } } };
      return chrome.storage.sync.set({ settings: more }).then(() => null, (e: Error) => e.message);
    }, old);
    // Chromium's words for it: "Resource::kQuotaBytesPerItem quota exceeded" (older: QUOTA_BYTES_PER_ITEM).
    expect(refused).toMatch(/QuotaBytesPerItem|QUOTA_BYTES_PER_ITEM/);
    // Opening the options page moves the item (as the background does when it starts).
    const options = await lede.context.newPage();
    await options.goto(`chrome-extension://${lede.extensionId}/options.html`);
    await options.waitForSelector('text=regional-paper-0.example');
    await expect.poll(local, { timeout: 10_000 }).toEqual({ sites: old.sites, userRules: old.userRules });
    expect((await sync()).settings).toEqual({ highlights: true, stripping: true, quoteProvider: 'yahoo', summaryLength: 'medium', builtInSummarizer: false });
    await options.close();
  });

  it('the next per-site choice, from the panel, is stored (the old layout refused it)', async () => {
    const page = await lede.context.newPage();
    await page.goto(server.url(PATH));
    await page.waitForFunction(() => document.querySelector('[data-lede-hidden]') !== null, null, { timeout: 15_000 });
    const panel = await openPanel(lede, await tabIdOf(lede, page));
    await panel.waitForSelector('#site-stripping');
    await panel.click('#site-stripping');
    await page.waitForFunction(() => document.querySelector('[data-lede-hidden]') === null);
    const sites = (await local()).sites as Record<string, unknown>;
    expect(sites['127.0.0.1']).toEqual({ stripping: false });
    expect(Object.keys(sites)).toHaveLength(Object.keys(old.sites).length + 1);
    await panel.click('#site-stripping');
    await page.waitForFunction(() => document.querySelector('[data-lede-hidden]') !== null);
    await Promise.all([panel.close(), page.close()]);
  });

  it('the toolbar menu exists on the action (an update of a missing item would be refused)', async () => {
    const r = await lede.worker.evaluate(async () => {
      const out: string[] = [];
      for (const id of ['lede-site-highlights', 'lede-site-stripping']) {
        out.push(await chrome.contextMenus.update(id, {}).then(() => 'ok', (e: Error) => e.message));
      }
      out.push(await chrome.contextMenus.update('no-such-item', {}).then(() => 'ok', (e: Error) => e.message));
      return out;
    });
    expect(r.slice(0, 2)).toEqual(['ok', 'ok']);
    expect(r[2]).not.toBe('ok');
  });

  it('options page: export, a bad file refused with nothing changed, then merge and replace', async () => {
    const options = await lede.context.newPage();
    await options.goto(`chrome-extension://${lede.extensionId}/options.html`);
    await options.waitForSelector('[data-testid="export-settings"]');
    const [download] = await Promise.all([options.waitForEvent('download'), options.click('[data-testid="export-settings"]')]);
    expect(download.suggestedFilename()).toMatch(/^lede-settings-\d{4}-\d\d-\d\d\.json$/);
    const file = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(file).toEqual({ lede: 1, highlights: true, stripping: true, quoteProvider: 'yahoo', summaryLength: 'medium', builtInSummarizer: false, sites: old.sites, userRules: old.userRules });

    const before = { sync: await sync(), local: await local() };
    await options.setInputFiles('[data-testid="import-settings"]', { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"lede": 2, "sites": {}}') });
    expect(await options.textContent('[data-testid="import-result"][role="alert"]')).toContain('made by a newer version of Lede');
    expect({ sync: await sync(), local: await local() }).toEqual(before);

    const theirs = { lede: 1, quoteProvider: 'tradingview', sites: { 'old-gazette.example': { highlights: false } } };
    await options.setInputFiles('[data-testid="import-settings"]', { name: 'theirs.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(theirs)) });
    await options.waitForSelector('[data-testid="import-result"][role="status"]');
    expect(Object.keys((await local()).sites as object)).toHaveLength(Object.keys(old.sites).length + 1);
    expect((await sync()).settings?.quoteProvider).toBe('yahoo'); // merge keeps the reader's own

    await options.check('[data-testid="import-replace"]');
    await options.setInputFiles('[data-testid="import-settings"]', { name: 'theirs.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(theirs)) });
    await expect.poll(local).toEqual({ sites: theirs.sites, userRules: [] });
    expect((await sync()).settings?.quoteProvider).toBe('tradingview');
    expect(await options.textContent('[data-testid="import-result"]')).toContain('1 per-site choices and 0 rules');
    expect((await axeViolations(options)).filter((v) => /^(serious|critical)/.test(v))).toEqual([]);
    await options.close();
  });

  it('a write Chromium refuses (more than 120 sync writes a minute) is shown, with its reason', async () => {
    const options = await lede.context.newPage();
    await options.goto(`chrome-extension://${lede.extensionId}/options.html`);
    await options.waitForSelector('#opt-highlights');
    // Each click is one write of the synced item; Chromium refuses the writes past its per-minute quota.
    for (let i = 0; i < 130 && (await options.locator('[data-testid="settings-write-failed"]').count()) === 0; i++) {
      await options.click('#opt-highlights');
    }
    const notice = options.locator('[data-testid="settings-write-failed"]');
    await notice.waitFor({ timeout: 10_000 });
    expect(await notice.getAttribute('role')).toBe('alert');
    expect(await notice.textContent()).toMatch(/Your change was not saved: the browser's storage limit for Lede was reached \(.*MAX_WRITE_OPERATIONS_PER_MINUTE.*\)/);
    expect((await axeViolations(options)).filter((v) => /^(serious|critical)/.test(v))).toEqual([]);
    // Another page opened now finds it too (recorded in local storage, which has no write quota).
    const second = await lede.context.newPage();
    await second.goto(`chrome-extension://${lede.extensionId}/options.html`);
    await second.locator('[data-testid="settings-write-failed"]').waitFor();
    await second.click('[data-testid="settings-write-failed"] button');
    await notice.waitFor({ state: 'detached' });
    await Promise.all([options.close(), second.close()]);
  });

  it('made no network request of its own', () => {
    expect(lede.violations).toEqual([]);
  });
});
