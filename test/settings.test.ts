import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { loadSettings, loadSettingsForReader, readSettings, resetSettings, updateSettings, watchSettings } from '@/utils/extension/settings';
import { DEFAULT_SETTINGS, effectiveSettings, type Settings } from '@/utils/extension/site-settings';

/** What another browser, a hand edit or a buggy build (or an older build's single item) may have left in sync storage. */
const put = (value: unknown) => fakeBrowser.storage.sync.set({ settings: value });
const stored = async () => (await fakeBrowser.storage.sync.get('settings')).settings;
const storedLocal = async () => fakeBrowser.storage.local.get(['sites', 'userRules']);
const GLOBAL = { highlights: true, stripping: true, quoteProvider: 'google', summaryLength: 'medium', builtInSummarizer: false };

describe('settings storage: every read is checked', () => {
  beforeEach(() => fakeBrowser.reset());

  it('nothing stored: the defaults', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect((await readSettings()).repaired).toEqual([]);
  });

  it.each<[string, unknown]>([
    ['sites: null', { ...DEFAULT_SETTINGS, sites: null }],
    ['userRules not a list', { ...DEFAULT_SETTINGS, userRules: 'x' }],
    ['a null rule', { ...DEFAULT_SETTINGS, userRules: [null] }],
    ['a rule with a non-string value', { ...DEFAULT_SETTINGS, userRules: [{ id: 'a', kind: 'phrase', value: { text: 'x' }, site: null }] }],
    ['highlights: "yes"', { ...DEFAULT_SETTINGS, highlights: 'yes' }],
    ['disabledRules not a string list', { ...DEFAULT_SETTINGS, sites: { 'harbour-news.example': { disabledRules: [1, 2] } } }],
    ['the item a string', 'corrupt'],
    ['the item a number', 7],
  ])('%s: loadSettings gives settings every reader can use', async (_, raw) => {
    await put(raw);
    const s = await loadSettings();
    expect(() => effectiveSettings(s, 'https://www.harbour-news.example/story')).not.toThrow();
    expect(Array.isArray(s.userRules) && typeof s.sites === 'object' && s.sites !== null).toBe(true);
    expect((await readSettings()).repaired.length).toBeGreaterThan(0);
    // A plain read never writes: the content script runs on every page.
    expect(await stored()).toEqual(raw);
  });

  it('loadSettingsForReader stores the repaired settings once, so the next read is clean', async () => {
    await put({ ...DEFAULT_SETTINGS, highlights: 'yes', stripping: false, readingFont: 'serif' });
    const first = await loadSettingsForReader();
    expect(first.repaired).toEqual(['highlights']);
    expect(first.settings).toEqual({ ...DEFAULT_SETTINGS, stripping: false });
    // Stored in today's layout: the global fields synced (a newer build's kept), sites and rules local.
    expect(await stored()).toEqual({ ...GLOBAL, stripping: false, readingFont: 'serif' });
    expect(await storedLocal()).toEqual({ sites: {}, userRules: [] });
    expect((await loadSettingsForReader()).repaired).toEqual([]);
  });

  it('updateSettings works on a corrupt item, keeps the good fields and a newer build\'s fields', async () => {
    await put({ highlights: false, sites: null, userRules: [null, { id: 'r', kind: 'phrase', value: 'Read more', site: null }], readingFont: 'serif' });
    const next = await updateSettings((s) => ({ ...s, summaryLength: 'short' }));
    expect(next).toEqual({ ...DEFAULT_SETTINGS, highlights: false, summaryLength: 'short', userRules: [{ id: 'r', kind: 'phrase', value: 'Read more', site: null }] });
    expect(await stored()).toEqual({ ...GLOBAL, highlights: false, summaryLength: 'short', readingFont: 'serif' });
    expect(await storedLocal()).toEqual({ sites: {}, userRules: next.userRules });
  });

  it('updateSettings never writes a bad value a caller made', async () => {
    const next = await updateSettings((s) => ({ ...s, quoteProvider: 'bloomberg' as Settings['quoteProvider'] }));
    expect(next.quoteProvider).toBe('google');
    expect((await stored() as Settings).quoteProvider).toBe('google');
  });

  it('resetSettings works whatever the item holds', async () => {
    await put('corrupt');
    await fakeBrowser.storage.local.set({ sites: 'corrupt', userRules: { x: 1 } });
    expect(await resetSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await stored()).toEqual(GLOBAL);
    expect(await storedLocal()).toEqual({ sites: {}, userRules: [] });
    expect(await readSettings()).toEqual({ settings: DEFAULT_SETTINGS, repaired: [] });
  });

  it('watchSettings hands over checked settings and what was repaired', async () => {
    const seen: [Settings, string[]][] = [];
    const off = watchSettings((s, repaired) => seen.push([s, repaired]));
    await put({ ...DEFAULT_SETTINGS, sites: 'none', stripping: false });
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    await put(null);
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    // A change to a local part is a change too.
    await fakeBrowser.storage.local.set({ userRules: [{ id: 'r', kind: 'phrase', value: 'Read more', site: null }] });
    await vi.waitFor(() => expect(seen).toHaveLength(3));
    off();
    await put({ ...DEFAULT_SETTINGS, highlights: false });
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toEqual([
      [{ ...DEFAULT_SETTINGS, stripping: false }, ['sites']],
      [DEFAULT_SETTINGS, []],
      [{ ...DEFAULT_SETTINGS, userRules: [{ id: 'r', kind: 'phrase', value: 'Read more', site: null }] }, []],
    ]);
  });
});
