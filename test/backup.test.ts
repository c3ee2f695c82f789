import { beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fakeBrowser } from 'wxt/testing';
import {
  applyBackup, BACKUP_MAX_CHARS, backupErrorMessage, backupFileName, backupJson, importBackup, readBackup, type BackupError,
} from '@/utils/extension/backup';
import { loadSettings, updateSettings } from '@/utils/extension/settings';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/extension/site-settings';

const MINE: Settings = {
  highlights: false,
  stripping: true,
  sites: {
    'harbour-news.example': { stripping: false, disabledRules: ['newsletter-signup'] },
    'quay-times.example': { highlights: true },
  },
  userRules: [
    { id: 'r1', kind: 'phrase', value: 'Read more from the Harbour desk', site: 'harbour-news.example' },
    { id: 'r2', kind: 'selector', value: 'aside.house-plug', site: null },
  ],
  quoteProvider: 'yahoo',
  summaryLength: 'long',
  builtInSummarizer: true,
};

/** Another browser's export: one site in common (other choices), one new site, one rule in common, one new. */
const THEIRS: Settings = {
  ...DEFAULT_SETTINGS,
  highlights: true,
  quoteProvider: 'tradingview',
  sites: {
    'harbour-news.example': { highlights: false, stripping: true, disabledRules: ['sponsored-insert'] },
    'old-gazette.example': { highlights: false },
  },
  userRules: [
    { id: 'other-id', kind: 'selector', value: 'aside.house-plug', site: null },
    { id: 'r9', kind: 'phrase', value: 'Subscribe to our morning briefing', site: 'old-gazette.example' },
  ],
};

const store = { load: loadSettings, update: updateSettings };
const snapshot = async () => ({ sync: await fakeBrowser.storage.sync.get(null), local: await fakeBrowser.storage.local.get(null) });

describe('settings file: export and import', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await updateSettings(() => MINE);
  });

  it('export → import (replace) gives the same settings back', async () => {
    const file = backupJson(await loadSettings());
    expect(JSON.parse(file)).toEqual({ lede: 1, ...MINE });
    await updateSettings(() => DEFAULT_SETTINGS);
    const r = await importBackup(file, 'replace', store);
    expect(r).toEqual({ ok: true, settings: MINE });
    expect(await loadSettings()).toEqual(MINE);
    expect(backupJson(await loadSettings())).toBe(file);
  });

  it('merge keeps every existing choice and rule, and adds the new ones', async () => {
    const r = await importBackup(backupJson(THEIRS), 'merge', store);
    expect(r.ok).toBe(true);
    const s = await loadSettings();
    // The reader's own settings win: the global switches and every choice they made.
    expect({ ...s, sites: {}, userRules: [] }).toEqual({ ...MINE, sites: {}, userRules: [] });
    expect(s.sites).toEqual({
      'harbour-news.example': { stripping: false, highlights: false, disabledRules: ['newsletter-signup', 'sponsored-insert'] },
      'quay-times.example': { highlights: true },
      'old-gazette.example': { highlights: false },
    });
    expect(s.userRules).toEqual([...MINE.userRules, THEIRS.userRules[1]]);
    // Importing the same file again adds nothing.
    await importBackup(backupJson(THEIRS), 'merge', store);
    expect(await loadSettings()).toEqual(s);
  });

  it('replace with a file that leaves fields out: those are back to their defaults', async () => {
    const r = await importBackup(JSON.stringify({ lede: 1, sites: THEIRS.sites }), 'replace', store);
    expect(r).toEqual({ ok: true, settings: { ...DEFAULT_SETTINGS, sites: THEIRS.sites } });
  });

  it.each<[string, string, BackupError]>([
    ['not JSON', '{"lede": 1, "highlights": tru', 'notJson'],
    ['JSON but a list', '[{"lede": 1}]', 'notLede'],
    ['another program\'s file', JSON.stringify({ version: 1, highlights: false }), 'notLede'],
    ['the version as text', JSON.stringify({ lede: '1', highlights: false }), 'notLede'],
    ['a newer Lede', JSON.stringify({ lede: 2, highlights: false }), 'newer'],
    ['no settings in it', JSON.stringify({ lede: 1, exported: 'today' }), 'empty'],
    ['a bad switch', JSON.stringify({ ...THEIRS, lede: 1, highlights: 'yes' }), 'invalid'],
    ['one bad rule among good ones', JSON.stringify({ ...THEIRS, lede: 1, userRules: [...THEIRS.userRules, { id: 'x', kind: 'regex', value: 'a+', site: null }] }), 'invalid'],
    ['a site that is no host', JSON.stringify({ lede: 1, sites: { 'not a host/path': { highlights: false } } }), 'invalid'],
    ['too large', `{"lede":1,"pad":"${'x'.repeat(BACKUP_MAX_CHARS)}"}`, 'tooLarge'],
  ])('a bad file (%s) is refused with its reason, and nothing changes, in either mode', async (_, text, error) => {
    const before = await snapshot();
    for (const mode of ['merge', 'replace'] as const) {
      const r = await importBackup(text, mode, store);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toBe(error);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('a bad file names what is wrong in it', () => {
    const r = readBackup(JSON.stringify({ ...THEIRS, lede: 1, highlights: 'yes', sites: null }));
    expect(r).toEqual({ ok: false, error: 'invalid', fields: ['highlights', 'sites'] });
  });

  it('a merge that would go past the limits is refused, nothing written', async () => {
    const many = Object.fromEntries(Array.from({ length: 4999 }, (_, i) => [`paper-${i}.example`, { highlights: false }]));
    const file = readBackup(JSON.stringify({ lede: 1, sites: many }));
    expect(file.ok).toBe(true);
    if (!file.ok) return;
    expect(applyBackup(MINE, file, 'merge')).toEqual({ ok: false, error: 'tooMany', fields: [] });
    expect(applyBackup(MINE, file, 'replace').ok).toBe(true);
    const before = await snapshot();
    expect((await importBackup(JSON.stringify({ lede: 1, sites: many }), 'merge', store)).ok).toBe(false);
    expect(await snapshot()).toEqual(before);
  });

  it('a write the browser refuses is an import that failed', async () => {
    const { failWrites } = await import('./helpers/storage-quota');
    const spy = failWrites('local', 'QUOTA_BYTES quota exceeded');
    const r = await importBackup(backupJson(THEIRS), 'replace', store);
    spy.mockRestore();
    expect(r).toEqual({ ok: false, error: 'writeFailed', fields: [] });
  });

  it('names the file by date', () => {
    expect(backupFileName(new Date(2025, 2, 7, 23, 59))).toBe('lede-settings-2025-03-07.json');
  });

  it('every message has its words in English and French', () => {
    for (const lang of ['en', 'fr']) {
      const messages = JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Record<string, { message: string }>;
      const t = (key: string, subs?: string | string[]) => {
        expect(messages[key]?.message, `${lang} ${key}`).toBeTruthy();
        return `${messages[key].message}${subs ? `(${[subs].flat().join('|')})` : ''}`;
      };
      for (const e of ['tooLarge', 'notJson', 'notLede', 'newer', 'empty', 'invalid', 'tooMany', 'writeFailed'] as const) {
        expect(backupErrorMessage(e, ['sites'], t)).toBeTruthy();
      }
      for (const key of ['backupTitle', 'backupHelp', 'backupExport', 'backupModeLegend', 'backupMerge', 'backupReplace', 'backupImport', 'backupImported']) t(key);
    }
  });
});
