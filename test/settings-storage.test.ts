import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  dismissWriteFailure, lastWriteFailure, loadSettings, migrateSettings, readSettings, saveSettings, updateSettings,
  watchWriteFailures, type WriteFailure,
} from '@/utils/extension/settings';
import fc from 'fast-check';
import { checkSettings, checkSettingsParts } from '@/utils/extension/settings-schema';
import { siteKey } from '@/utils/host';
import { DEFAULT_SETTINGS, withSiteOverride, type Settings, type SiteOverride } from '@/utils/extension/site-settings';
import type { UserRule } from '@/utils/report';
import { enforceSyncQuota, failWrites, syncItemBytes } from './helpers/storage-quota';

const syncItem = async () => (await fakeBrowser.storage.sync.get('settings')).settings;
const local = () => fakeBrowser.storage.local.get(['sites', 'userRules']);
const snapshot = async () => ({ sync: await fakeBrowser.storage.sync.get(null), local: await fakeBrowser.storage.local.get(null) });

/** The i-th made-up site and a choice for it, varied so that every kind of choice is there. */
const host = (i: number) => `regional-paper-${i}.example`;
const choice = (i: number): SiteOverride =>
  i % 3 === 0 ? { highlights: false } : i % 3 === 1 ? { stripping: false } : { disabledRules: ['newsletter-signup', `house-ad-${i % 7}`] };
const rule = (i: number): UserRule => ({
  id: `rule-${i}`,
  kind: i % 2 ? 'phrase' : 'selector',
  value: i % 2 ? `Read more from the desk ${i}` : `aside.plug-${i}`,
  site: i % 4 ? host(i) : null,
});

/**
 * An item as the previous build stored it, everything in `sync:settings`, grown site by site until the
 * next site would not fit under Chrome's 8,192 bytes an item.
 */
function fullLegacyItem() {
  const item = {
    highlights: true, stripping: false, quoteProvider: 'yahoo', summaryLength: 'long', builtInSummarizer: true,
    readingFont: 'serif', // a newer build's field: kept
    userRules: [rule(1), rule(2), rule(3)],
    sites: {} as Record<string, SiteOverride>,
  };
  for (let i = 0; ; i++) {
    const sites = { ...item.sites, [host(i)]: choice(i) };
    if (syncItemBytes('settings', { ...item, sites }) > 8192) break;
    item.sites = sites;
  }
  return item;
}

describe('settings storage: global settings synced, sites and rules local', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    enforceSyncQuota();
  });
  afterEach(() => vi.restoreAllMocks());

  it('moves a full 8 KB item from the previous layout without losing anything', async () => {
    const old = fullLegacyItem();
    const sites = Object.keys(old.sites).length;
    expect(syncItemBytes('settings', old)).toBeGreaterThan(8000);
    expect(sites).toBeGreaterThan(100);
    await fakeBrowser.storage.sync.set({ settings: old });
    // The wall this replaces: one more site and the single item cannot be written at all.
    await expect(fakeBrowser.storage.sync.set({ settings: { ...old, sites: { ...old.sites, 'one-more.example': { highlights: false } } } })).rejects.toThrow(/QUOTA_BYTES_PER_ITEM/);

    const want = checkSettings(old).settings;
    // Before the move (a page loads before the background starts): everything is read from the old item.
    expect(await loadSettings()).toEqual(want);
    expect(await migrateSettings()).toBe(true);
    expect(await local()).toEqual({ sites: old.sites, userRules: old.userRules });
    expect(await syncItem()).toEqual({ highlights: true, stripping: false, quoteProvider: 'yahoo', summaryLength: 'long', builtInSummarizer: true, readingFont: 'serif' });
    expect(await readSettings()).toEqual({ settings: want, repaired: [] });
    expect(await migrateSettings()).toBe(false); // nothing left to move

    // The next per-site choice, and many after it, are written.
    for (let i = sites; i < sites + 300; i++) await updateSettings((s) => withSiteOverride(s, `https://${host(i)}/story`, { highlights: false }));
    expect(Object.keys((await loadSettings()).sites)).toHaveLength(sites + 300);
    expect(await lastWriteFailure()).toBeNull();
  });

  it('a move the browser refuses leaves the old item as it was, and is reported', async () => {
    const old = fullLegacyItem();
    await fakeBrowser.storage.sync.set({ settings: old });
    const before = await snapshot();
    const seen: (WriteFailure | null)[] = [];
    const off = watchWriteFailures((f) => seen.push(f));
    failWrites('local', 'IO error: the disk is full');
    expect(await migrateSettings()).toBe(false);
    off();
    expect(await snapshot()).toEqual(before);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ quota: false, detail: 'IO error: the disk is full' });
    vi.restoreAllMocks();
    expect(await loadSettings()).toEqual(checkSettings(old).settings);
  });

  it('saves 2,000 site choices and 500 rules one by one, and reads every one back', async () => {
    const sync = vi.spyOn(fakeBrowser.storage.sync, 'set');
    await updateSettings((s) => ({ ...s, quoteProvider: 'tradingview' }));
    sync.mockClear();
    for (let i = 0; i < 2000; i++) await updateSettings((s) => withSiteOverride({ ...s, highlights: true, stripping: true }, `https://www.${host(i)}/a`, choice(i)));
    for (let i = 0; i < 500; i++) await updateSettings((s) => ({ ...s, userRules: [...s.userRules, rule(i)] }));
    // Per-site choices and rules never touch the synced item (its writes are rate-limited too).
    expect(sync).not.toHaveBeenCalled();

    const wantSites = Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [host(i), choice(i)]));
    const wantRules = Array.from({ length: 500 }, (_, i) => rule(i));
    const read = await readSettings();
    expect(read.repaired).toEqual([]);
    expect(read.settings).toEqual({ ...DEFAULT_SETTINGS, quoteProvider: 'tradingview', sites: wantSites, userRules: wantRules });
    expect(await local()).toEqual({ sites: wantSites, userRules: wantRules });
    expect(syncItemBytes('settings', await syncItem())).toBeLessThan(300);
    expect(await lastWriteFailure()).toBeNull();
  });

  it('an older build in another browser writing the single item again: its choices are added, none of today\'s lost', async () => {
    await fakeBrowser.storage.local.set({
      sites: { 'harbour-news.example': { highlights: false }, 'quay-times.example': { stripping: false } },
      userRules: [rule(1)],
    });
    await fakeBrowser.storage.sync.set({
      settings: {
        ...DEFAULT_SETTINGS, stripping: false,
        sites: { 'harbour-news.example': { highlights: true, disabledRules: ['newsletter-signup'] }, 'old-gazette.example': { stripping: false } },
        userRules: [rule(1), rule(2)],
      },
    });
    const want: Settings = {
      ...DEFAULT_SETTINGS, stripping: false,
      sites: {
        'harbour-news.example': { highlights: false, disabledRules: ['newsletter-signup'] },
        'quay-times.example': { stripping: false },
        'old-gazette.example': { stripping: false },
      },
      userRules: [rule(1), rule(2)],
    };
    expect(await loadSettings()).toEqual(want);
    await updateSettings((s) => s);
    expect(await local()).toEqual({ sites: want.sites, userRules: want.userRules });
    expect(await syncItem()).not.toHaveProperty('sites');
    expect(await syncItem()).not.toHaveProperty('userRules');
  });

  it('a plain read never writes, even with an item still to move (the content script runs on every page)', async () => {
    await fakeBrowser.storage.sync.set({ settings: fullLegacyItem() });
    const before = await snapshot();
    await loadSettings();
    await readSettings();
    expect(await snapshot()).toEqual(before);
  });
});

describe('site keys as stored', () => {
  it('each is read under the key siteKey gives it, the already-canonical ones without calling it', () => {
    const label = fc.stringMatching(/^(www\d?|WWW|[a-zA-Z0-9-]{1,8})$/);
    const key = fc.tuple(fc.array(label, { minLength: 1, maxLength: 4 }), fc.constantFrom('', '.', ':443', ' ')).map(([parts, tail]) => parts.join('.') + tail);
    fc.assert(fc.property(key, (k) => {
      const { settings } = checkSettingsParts({ global: undefined, sites: { [k]: { highlights: false } }, userRules: undefined });
      const want = siteKey(k);
      const valid = want !== null && /^[a-z0-9.-]+$/.test(want);
      expect(settings.sites).toEqual(valid ? { [want]: { highlights: false } } : {});
    }), { numRuns: 3000, seed: 24 });
  });
});

describe('a write the browser refuses is reported, never dropped', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('updateSettings rejects, tells this page at once, and records it for the others', async () => {
    const seen: (WriteFailure | null)[] = [];
    const off = watchWriteFailures((f) => seen.push(f));
    failWrites('sync', 'MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded');
    await expect(updateSettings((s) => ({ ...s, highlights: false }))).rejects.toThrow(/MAX_WRITE_OPERATIONS_PER_MINUTE/);
    expect(seen[0]).toMatchObject({ quota: true, detail: 'MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded' });
    await vi.waitFor(async () => expect(await lastWriteFailure()).toEqual(seen[0]));
    // A page opened later (the panel, after a failure in the background) finds it.
    expect((await fakeBrowser.storage.local.get('settingsWriteFailure')).settingsWriteFailure).toMatchObject({ quota: true });
    vi.restoreAllMocks();
    expect((await loadSettings()).highlights).toBe(true);

    await dismissWriteFailure();
    expect(await lastWriteFailure()).toBeNull();
    await vi.waitFor(() => expect(seen.at(-1)).toBeNull()); // other pages hide it too
    off();
  });

  it('saveSettings (the background\'s menu and commands) resolves null, and the failure is recorded', async () => {
    failWrites('local', 'QUOTA_BYTES quota exceeded');
    expect(await saveSettings((s) => withSiteOverride(s, 'https://harbour-news.example/a', { stripping: false }))).toBeNull();
    // The record itself goes to local storage, refused here as well: this page's listeners were told.
    vi.restoreAllMocks();
    failWrites('sync', 'Unexpected error');
    expect(await saveSettings((s) => ({ ...s, summaryLength: 'short' }))).toBeNull();
    await vi.waitFor(async () => expect(await lastWriteFailure()).toMatchObject({ quota: false, detail: 'Unexpected error' }));
  });

  it('a stored failure record of the wrong shape is no failure', async () => {
    await fakeBrowser.storage.local.set({ settingsWriteFailure: { detail: 7 } });
    expect(await lastWriteFailure()).toBeNull();
  });
});
