import { describe, expect, it } from 'vitest';
import { checkSettings, LIMITS, repairedNotice, SETTINGS_FIELDS, unknownFields } from '@/utils/extension/settings-schema';
import { DEFAULT_SETTINGS, effectiveSettings, type Settings } from '@/utils/extension/site-settings';

const GOOD: Settings = {
  highlights: false,
  stripping: true,
  sites: { 'harbour-news.example': { stripping: false, disabledRules: ['newsletter-signup'] }, 'quay-times.example': { highlights: true } },
  userRules: [
    { id: 'r1', kind: 'phrase', value: 'Read more from the Harbour desk', site: 'harbour-news.example' },
    { id: 'r2', kind: 'selector', value: 'aside.house-plug', site: null },
  ],
  quoteProvider: 'yahoo',
  summaryLength: 'long',
  builtInSummarizer: true,
};

/** What each reader of the item does with it: must not throw, whatever was stored. */
function useAll(s: Settings) {
  for (const url of ['https://www.harbour-news.example/a', 'https://quay-times.example/b', null]) effectiveSettings(s, url);
  JSON.stringify(s);
}

describe('checkSettings', () => {
  it('keeps good settings as they are, nothing repaired', () => {
    expect(checkSettings(structuredClone(GOOD))).toEqual({ settings: GOOD, repaired: [] });
  });

  it('nothing stored yet is the defaults, not a fault', () => {
    expect(checkSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, repaired: [] });
    expect(checkSettings(null)).toEqual({ settings: DEFAULT_SETTINGS, repaired: [] });
  });

  it('fields an older build did not save take their defaults quietly', () => {
    const { settings, repaired } = checkSettings({ highlights: false, stripping: true, sites: {}, userRules: [] });
    expect(repaired).toEqual([]);
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, highlights: false });
  });

  it.each([
    ['a string', 'highlights=true'],
    ['a number', 42],
    ['a boolean', true],
    ['a list', [GOOD]],
  ])('the whole item being %s: every field back to its default, all named', (_, raw) => {
    const { settings, repaired } = checkSettings(raw);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(repaired.sort()).toEqual([...SETTINGS_FIELDS].sort());
    useAll(settings);
  });

  it.each<[string, Partial<Record<keyof Settings, unknown>>, keyof Settings]>([
    ['sites: null', { sites: null }, 'sites'],
    ['sites: a list', { sites: [{ highlights: false }] }, 'sites'],
    ['userRules: not a list', { userRules: { id: 'r1' } }, 'userRules'],
    ['userRules: a string', { userRules: 'aside.house-plug' }, 'userRules'],
    ['highlights: "yes"', { highlights: 'yes' }, 'highlights'],
    ['stripping: 1', { stripping: 1 }, 'stripping'],
    ['quoteProvider unknown', { quoteProvider: 'bloomberg' }, 'quoteProvider'],
    ['summaryLength a number', { summaryLength: 3 }, 'summaryLength'],
    ['builtInSummarizer null', { builtInSummarizer: null }, 'builtInSummarizer'],
  ])('%s: that field back to its default, every other one kept', (_, bad, field) => {
    const { settings, repaired } = checkSettings({ ...structuredClone(GOOD), ...bad });
    expect(repaired).toEqual([field]);
    expect(settings).toEqual({ ...GOOD, [field]: DEFAULT_SETTINGS[field] });
    useAll(settings);
  });

  it('a null rule, a rule with a non-string value and rules of unknown shape are dropped; the good ones stay', () => {
    const raw = {
      ...structuredClone(GOOD),
      userRules: [
        null,
        GOOD.userRules[0],
        { id: 'r3', kind: 'phrase', value: 42, site: null },
        { id: 'r4', kind: 'regex', value: 'x+', site: null },
        { id: '', kind: 'phrase', value: 'Read more', site: null },
        { id: 'r5', kind: 'phrase', value: '   ', site: null },
        { id: 'r6', kind: 'phrase', value: 'Subscribe now', site: 7 },
        { id: 'r7', kind: 'phrase', value: 'Subscribe now', site: 'not a host/path' },
        'aside.house-plug',
        GOOD.userRules[1],
        { ...GOOD.userRules[1], value: 'div.other' }, // same id again: "remove" would take both
      ],
    };
    const { settings, repaired } = checkSettings(raw);
    expect(repaired).toEqual(['userRules']);
    expect(settings.userRules).toEqual(GOOD.userRules);
    expect(settings.sites).toEqual(GOOD.sites);
    useAll(settings);
  });

  it('a rule without a site is for every site; a rule\'s site is stored as its site key', () => {
    const { settings, repaired } = checkSettings({ userRules: [{ id: 'a', kind: 'phrase', value: 'Lire aussi', site: 'WWW.Quay-Times.Example' }, { id: 'b', kind: 'phrase', value: 'Lire aussi' }] });
    expect(repaired).toEqual([]);
    expect(settings.userRules.map((r) => r.site)).toEqual(['quay-times.example', null]);
  });

  it('a site override whose disabledRules is not a list of strings loses that list, keeps its other choices', () => {
    const raw = {
      ...structuredClone(GOOD),
      sites: {
        'harbour-news.example': { stripping: false, disabledRules: 'newsletter-signup' },
        'quay-times.example': { highlights: true, disabledRules: ['ok', 3] },
        'dock-post.example': { highlights: 'no', stripping: false },
        'pier-daily.example': null,
        'mole-herald.example': { disabledRules: ['subscribe-box'] },
      },
    };
    const { settings, repaired } = checkSettings(raw);
    expect(repaired).toEqual(['sites']);
    expect(settings.sites).toEqual({
      'harbour-news.example': { stripping: false },
      'quay-times.example': { highlights: true },
      'dock-post.example': { stripping: false },
      'mole-herald.example': { disabledRules: ['subscribe-box'] },
    });
    expect(effectiveSettings(settings, 'https://mole-herald.example/x').disabledRules).toEqual(['subscribe-box']);
    useAll(settings);
  });

  it('site keys: old keys are moved to today\'s key quietly; keys that are no host are dropped', () => {
    const a = checkSettings({ sites: { 'www2.harbour-news.example': { highlights: false } } });
    expect(a).toEqual({ settings: { ...DEFAULT_SETTINGS, sites: { 'harbour-news.example': { highlights: false } } }, repaired: [] });
    const b = checkSettings({ sites: { '': { highlights: false }, '__proto__': { highlights: false }, 'a b': { stripping: false }, 'ok.example': { stripping: false } } });
    expect(b.repaired).toEqual(['sites']);
    expect(b.settings.sites).toEqual({ 'ok.example': { stripping: false } });
    expect(Object.getPrototypeOf(b.settings.sites)).toBe(Object.prototype);
  });

  it('a site named like an Object property is never read from the prototype', () => {
    const { settings } = checkSettings({ sites: {} });
    expect(effectiveSettings(settings, 'https://constructor/').highlights).toBe(true);
    expect(effectiveSettings(settings, 'https://constructor/').disabledRules).toEqual([]);
  });

  it('bounds: overlong values and lists are not trusted', () => {
    const long = 'x'.repeat(LIMITS.ruleValue + 1);
    const r = checkSettings({ userRules: [{ id: 'a', kind: 'phrase', value: long, site: null }] });
    expect(r).toEqual({ settings: DEFAULT_SETTINGS, repaired: ['userRules'] });
    const many = Array.from({ length: LIMITS.userRules + 5 }, (_, i) => ({ id: `r${i}`, kind: 'phrase', value: `Phrase ${i}`, site: null }));
    const m = checkSettings({ userRules: many });
    expect(m.repaired).toEqual(['userRules']);
    expect(m.settings.userRules).toHaveLength(LIMITS.userRules);
    const ids = checkSettings({ sites: { 'a.example': { disabledRules: Array.from({ length: LIMITS.disabledRules + 1 }, (_, i) => `k${i}`) } } });
    expect(ids).toEqual({ settings: DEFAULT_SETTINGS, repaired: ['sites'] });
  });

  it('the result shares nothing with what was stored', () => {
    const raw = structuredClone(GOOD);
    const { settings } = checkSettings(raw);
    settings.userRules.push({ id: 'x', kind: 'phrase', value: 'More', site: null });
    settings.sites['harbour-news.example'].disabledRules!.push('y');
    expect(raw).toEqual(GOOD);
    const fresh = checkSettings(null).settings;
    fresh.userRules.push({ id: 'x', kind: 'phrase', value: 'More', site: null });
    expect(DEFAULT_SETTINGS.userRules).toEqual([]);
  });

  it('unknownFields keeps only what this build does not know', () => {
    expect(unknownFields({ ...GOOD, readingFont: 'serif' })).toEqual({ readingFont: 'serif' });
    expect(unknownFields('x')).toEqual({});
  });
});

describe('repairedNotice', () => {
  const t = (key: string, subs?: string | string[]) => `${key}${subs === undefined ? '' : `(${[subs].flat().join('|')})`}`;
  it('says nothing when nothing was repaired', () => {
    expect(repairedNotice([], t)).toBeNull();
  });
  it('names the repaired fields, in the reader\'s words', () => {
    expect(repairedNotice(['sites', 'userRules'], t)).toBe('settingsRepaired(settingsField_sites, settingsField_userRules)');
  });
  it('one sentence when the whole item was unreadable', () => {
    expect(repairedNotice(checkSettings('corrupt').repaired, t)).toBe('settingsRepairedAll');
  });
  it('every field has a message in English and French', async () => {
    const { readFileSync } = await import('node:fs');
    for (const lang of ['en', 'fr']) {
      const messages = JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Record<string, { message: string }>;
      for (const key of ['settingsRepaired', 'settingsRepairedAll', 'dismiss', 'resetSettings', 'resetSettingsConfirm', ...SETTINGS_FIELDS.map((f) => `settingsField_${f}`)]) {
        expect(messages[key]?.message, `${lang} ${key}`).toBeTruthy();
      }
    }
  });
});
