/**
 * The settings item as read from storage is data of unknown shape: synced from another browser, edited by
 * hand in the devtools, written by a buggy build. Every read goes through `checkSettings`, which keeps
 * each field that has its type and bounds and puts the default back for each one that has not, so one bad
 * field never costs the reader the others (their per-site choices, their rules). Pure.
 */
import { siteKey } from '../host';
import { DEFAULT_SETTINGS, type QuoteProvider, type Settings, type SiteOverride, type SummaryLength } from './site-settings';
import type { UserRule } from '../report';

export type SettingsField = keyof Settings;

export interface CheckedSettings {
  settings: Settings;
  /** Fields that held something unusable and were (wholly or partly) put back to their default. */
  repaired: SettingsField[];
}

/** Bounds: far above what a reader makes by hand, low enough that a runaway item cannot slow every page. */
export const LIMITS = {
  sites: 5000,
  disabledRules: 200,
  ruleId: 200,
  userRules: 1000,
  ruleValue: 2000,
} as const;

const QUOTE_PROVIDERS: readonly QuoteProvider[] = ['google', 'yahoo', 'tradingview'];
const SUMMARY_LENGTHS: readonly SummaryLength[] = ['short', 'medium', 'long'];
const RULE_KINDS: readonly UserRule['kind'][] = ['phrase', 'selector'];
/** What validateUserRule accepts as a rule's site. */
const HOST = /^[a-z0-9.-]+$/;
/**
 * A key already as siteKey writes it (lower case, no www., no trailing dot) is kept without calling
 * siteKey: cold, siteKey is about half the cost of reading 2,000 sites, which every page load does.
 */
const CANONICAL_HOST = /^(?!www\d*\.)[a-z0-9-]+(?:\.[a-z0-9-]+)*$/;

/** Plain data object (not null, not an array): the only shape a stored record may have. */
function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function own(o: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined;
}

/** A field's check: the value to keep, and whether something had to be dropped or defaulted. */
type Check<T> = (v: unknown) => { value: T; ok: boolean };

const bool = (fallback: boolean): Check<boolean> => (v) => (typeof v === 'boolean' ? { value: v, ok: true } : { value: fallback, ok: false });

const oneOf = <T extends string>(allowed: readonly T[], fallback: T): Check<T> => (v) =>
  typeof v === 'string' && (allowed as readonly string[]).includes(v) ? { value: v as T, ok: true } : { value: fallback, ok: false };

const shortString = (v: unknown, max: number): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;

/** A list of rule ids, all strings; anything else means the list is not one, and none is kept. */
function ruleIds(v: unknown): string[] | null {
  if (!Array.isArray(v) || v.length > LIMITS.disabledRules) return null;
  return v.every((id) => shortString(id, LIMITS.ruleId)) ? [...new Set(v as string[])] : null;
}

/** One site's override: each of its three choices kept or dropped on its own. Null when nothing is left. */
function siteOverride(v: unknown): { value: SiteOverride | null; ok: boolean } {
  if (!isRecord(v)) return { value: null, ok: false };
  let ok = true;
  const out: SiteOverride = {};
  for (const key of ['highlights', 'stripping'] as const) {
    const x = own(v, key);
    if (x === undefined) continue;
    if (typeof x === 'boolean') out[key] = x;
    else ok = false;
  }
  const rules = own(v, 'disabledRules');
  if (rules !== undefined) {
    const ids = ruleIds(rules);
    if (ids) {
      if (ids.length) out.disabledRules = ids;
    } else ok = false;
  }
  return { value: Object.keys(out).length ? out : null, ok };
}

const sites: Check<Record<string, SiteOverride>> = (v) => {
  if (!isRecord(v)) return { value: {}, ok: false };
  const out: Record<string, SiteOverride> = {};
  let ok = true;
  let n = 0;
  for (const [rawKey, rawOverride] of Object.entries(v)) {
    const key = CANONICAL_HOST.test(rawKey) ? rawKey : siteKey(rawKey);
    // Older builds kept "www2." in keys: the same site under today's key, not a fault.
    if (!key || !HOST.test(key) || n >= LIMITS.sites) {
      ok = false;
      continue;
    }
    const o = siteOverride(rawOverride);
    if (!o.ok) ok = false;
    if (!o.value) {
      // An empty override is what withSiteOverride deletes anyway; only a non-object is a fault.
      continue;
    }
    if (Object.prototype.hasOwnProperty.call(out, key)) continue;
    out[key] = o.value;
    n++;
  }
  return { value: out, ok };
};

function userRule(v: unknown): UserRule | null {
  if (!isRecord(v)) return null;
  const id = own(v, 'id');
  const kind = own(v, 'kind');
  const value = own(v, 'value');
  const site = own(v, 'site');
  if (!shortString(id, LIMITS.ruleId)) return null;
  if (typeof kind !== 'string' || !(RULE_KINDS as readonly string[]).includes(kind)) return null;
  if (!shortString(value, LIMITS.ruleValue) || !value.trim()) return null;
  let host: string | null = null;
  if (site !== null && site !== undefined) {
    host = typeof site === 'string' ? siteKey(site) : null;
    if (!host || !HOST.test(host)) return null;
  }
  return { id, kind: kind as UserRule['kind'], value, site: host };
}

const userRules: Check<UserRule[]> = (v) => {
  if (!Array.isArray(v)) return { value: [], ok: false };
  const out: UserRule[] = [];
  const ids = new Set<string>();
  let ok = v.length <= LIMITS.userRules;
  for (const raw of v.slice(0, LIMITS.userRules)) {
    const rule = userRule(raw);
    // A repeated id would make "remove" take two rules: the first is kept.
    if (!rule || ids.has(rule.id)) {
      ok = false;
      continue;
    }
    ids.add(rule.id);
    out.push(rule);
  }
  return { value: out, ok };
};

/** Each field's type and bounds. A field missing from the item (saved by an older build) takes its default quietly. */
const SCHEMA: { [K in SettingsField]: Check<Settings[K]> } = {
  highlights: bool(DEFAULT_SETTINGS.highlights),
  stripping: bool(DEFAULT_SETTINGS.stripping),
  sites,
  userRules,
  quoteProvider: oneOf(QUOTE_PROVIDERS, DEFAULT_SETTINGS.quoteProvider),
  summaryLength: oneOf(SUMMARY_LENGTHS, DEFAULT_SETTINGS.summaryLength),
  builtInSummarizer: bool(DEFAULT_SETTINGS.builtInSummarizer),
};

export const SETTINGS_FIELDS = Object.keys(SCHEMA) as SettingsField[];

/** Fresh defaults: callers may keep and change what they get. */
export function defaultSettings(): Settings {
  return { ...DEFAULT_SETTINGS, sites: {}, userRules: [] };
}

/**
 * The settings `raw` holds, each bad field replaced by its default. Nothing stored yet (undefined, null)
 * is the defaults and no fault; any other non-object (a string, a number, a list) loses every field.
 */
export function checkSettings(raw: unknown): CheckedSettings {
  if (raw === undefined || raw === null) return { settings: defaultSettings(), repaired: [] };
  if (!isRecord(raw)) return { settings: defaultSettings(), repaired: [...SETTINGS_FIELDS] };
  const settings = defaultSettings() as unknown as Record<SettingsField, unknown>;
  const repaired: SettingsField[] = [];
  for (const field of SETTINGS_FIELDS) {
    const v = own(raw, field);
    if (v === undefined) continue;
    const r = (SCHEMA[field] as Check<unknown>)(v);
    settings[field] = r.value;
    if (!r.ok) repaired.push(field);
  }
  return { settings: settings as unknown as Settings, repaired };
}

/**
 * The fields kept in the small synced item. Per-site choices and rules are stored apart, each under its
 * own key (settings.ts), so their number never makes the synced item too big to write.
 */
export const GLOBAL_FIELDS: readonly SettingsField[] = SETTINGS_FIELDS.filter((f) => f !== 'sites' && f !== 'userRules');

/** The settings as stored in three parts; `undefined` is a part with nothing stored. */
export interface SettingsParts {
  global: unknown;
  sites: unknown;
  userRules: unknown;
}

/**
 * checkSettings for the settings stored in parts: each part checked on its own, so a global item that is
 * not an object loses the global fields and nothing else. A part with nothing stored (undefined; null for
 * the global item) is its defaults and no fault.
 */
export function checkSettingsParts(parts: SettingsParts): CheckedSettings {
  const settings = defaultSettings() as unknown as Record<SettingsField, unknown>;
  const repaired: SettingsField[] = [];
  const take = (field: SettingsField, v: unknown) => {
    if (v === undefined) return;
    const r = (SCHEMA[field] as Check<unknown>)(v);
    settings[field] = r.value;
    if (!r.ok) repaired.push(field);
  };
  const { global } = parts;
  if (isRecord(global)) for (const field of GLOBAL_FIELDS) take(field, own(global, field));
  else if (global !== undefined && global !== null) repaired.push(...GLOBAL_FIELDS);
  take('sites', parts.sites);
  take('userRules', parts.userRules);
  return { settings: settings as unknown as Settings, repaired: SETTINGS_FIELDS.filter((f) => repaired.includes(f)) };
}

/** Top-level keys this build does not know (a newer build's fields): kept when this build writes the item. */
export function unknownFields(raw: unknown): Record<string, unknown> {
  if (!isRecord(raw)) return {};
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(raw)) if (!(SETTINGS_FIELDS as string[]).includes(k) && k !== '__proto__') out[k] = v;
  return out;
}

type Translate = (key: string, substitutions?: string | string[]) => string;

/** The reader's one line about a repair, in their language; null when nothing was repaired. */
export function repairedNotice(repaired: readonly SettingsField[], t: Translate): string | null {
  if (repaired.length === 0) return null;
  if (SETTINGS_FIELDS.every((f) => repaired.includes(f))) return t('settingsRepairedAll');
  return t('settingsRepaired', repaired.map((f) => t(`settingsField_${f}`)).join(', '));
}
