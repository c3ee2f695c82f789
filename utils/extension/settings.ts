import { storage } from '@wxt-dev/storage';
import { mergeSettings, type Settings } from './site-settings';
import {
  checkSettings, checkSettingsParts, defaultSettings, GLOBAL_FIELDS, unknownFields, type CheckedSettings,
} from './settings-schema';

/**
 * Where the reader's settings live (docs/architecture.md, "Settings storage"):
 *
 * - `sync:settings`: the global switches and choices, a few hundred bytes, synced across their browsers;
 * - `local:sites`: the per-site choices, and `local:userRules`: their rules. storage.sync holds 8 KB an
 *   item and 100 KB in all: about 120 site choices filled the one item this used to be, and 2,000 would
 *   not fit in the whole area. storage.local holds megabytes.
 *
 * Typed `unknown` on purpose: what storage holds is never trusted as Settings; every read goes through
 * checkSettingsParts (settings-schema.ts). A build before this layout kept everything in `sync:settings`;
 * its `sites` and `userRules` are still read from there until the first write moves them (`migrateSettings`).
 */
export const settingsItem = storage.defineItem<unknown>('sync:settings', { version: 1 });
export const sitesItem = storage.defineItem<unknown>('local:sites');
export const userRulesItem = storage.defineItem<unknown>('local:userRules');
/** The last write that failed, so that the panel and the options page can tell the reader, wherever it failed. */
export const writeFailureItem = storage.defineItem<unknown>('local:settingsWriteFailure');

/** The three parts as stored; null is "nothing stored" (what @wxt-dev/storage gives for a missing key). */
interface Stored {
  global: unknown;
  sites: unknown;
  userRules: unknown;
}

async function readStored(): Promise<Stored> {
  const [global, sites, userRules] = await storage.getItems([settingsItem, sitesItem, userRulesItem]);
  return { global: global.value, sites: sites.value, userRules: userRules.value };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const hasOwn = (o: unknown, key: string) => isRecord(o) && Object.hasOwn(o, key);

/** Does the synced item still hold what an older build kept in it (sites, rules)? */
function holdsLegacy(global: unknown): boolean {
  return hasOwn(global, 'sites') || hasOwn(global, 'userRules');
}

/**
 * One part as the older single item held it: a field of that item, or, when the item is not an object at
 * all, the item itself (so a corrupt old item counts as corrupt sites and rules, as it did).
 */
function legacyPart(global: unknown, field: 'sites' | 'userRules'): unknown {
  if (isRecord(global)) return Object.hasOwn(global, field) ? global[field] : undefined;
  return global ?? undefined;
}

function check(stored: Stored): CheckedSettings {
  const read = checkSettingsParts({
    global: stored.global,
    sites: stored.sites ?? legacyPart(stored.global, 'sites'),
    userRules: stored.userRules ?? legacyPart(stored.global, 'userRules'),
  });
  // Both places hold choices: an older build in another browser wrote the single item again after this
  // one moved them. Its choices are added, never the other way round: nothing the reader has is lost.
  const both = (stored.sites !== null && hasOwn(stored.global, 'sites')) || (stored.userRules !== null && hasOwn(stored.global, 'userRules'));
  if (both && isRecord(stored.global)) {
    const old = checkSettingsParts({ global: undefined, sites: stored.global.sites, userRules: stored.global.userRules }).settings;
    read.settings = mergeSettings(read.settings, old);
  }
  return read;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function globalPart(stored: unknown, s: Settings): Record<string, unknown> {
  // A newer build's fields are kept; sites and rules are SETTINGS_FIELDS, so an older layout's are dropped.
  const out: Record<string, unknown> = unknownFields(stored);
  for (const f of GLOBAL_FIELDS) out[f] = s[f];
  return out;
}

/**
 * Writes `next`, touching only the parts that differ from what is stored. The local parts first: if that
 * write fails, the synced item (which may still hold an older build's sites and rules) is left as it was,
 * so a failed move loses nothing.
 */
async function write(stored: Stored, next: Settings): Promise<void> {
  const local: { key: `local:${string}`; value: unknown }[] = [];
  if (!same(stored.sites, next.sites)) local.push({ key: sitesItem.key as `local:${string}`, value: next.sites });
  if (!same(stored.userRules, next.userRules)) local.push({ key: userRulesItem.key as `local:${string}`, value: next.userRules });
  if (local.length) await storage.setItems(local);
  const global = globalPart(stored.global, next);
  if (!same(stored.global, global)) await settingsItem.setValue(global);
}

/** The settings, checked: bad fields are back to their defaults and named in `repaired`. */
export async function readSettings(): Promise<CheckedSettings> {
  return check(await readStored());
}

/** Reads the settings, filling fields a newer version added and replacing fields that are unusable. */
export async function loadSettings(): Promise<Settings> {
  return (await readSettings()).settings;
}

/**
 * For the pages where the reader is told (panel, options): reads the settings and, when some had to be
 * repaired or are still in an older build's single item, stores them as they are read, so the next read
 * is clean and the reader is told once, not on every open. (The content script and background only read:
 * a page load must never write.) A failed write is reported (watchWriteFailures), the read still returned.
 */
export async function loadSettingsForReader(): Promise<CheckedSettings> {
  const stored = await readStored();
  const read = check(stored);
  if (read.repaired.length || holdsLegacy(stored.global)) {
    await queued(() => write(stored, read.settings)).catch(reportWriteFailure);
  }
  return read;
}

/**
 * Moves an older build's single item into today's layout, when there is one to move (the background calls
 * this when it starts). Never rejects: a failure is reported, and everything stays where it was.
 */
export async function migrateSettings(): Promise<boolean> {
  try {
    return await queued(async () => {
      const stored = await readStored();
      if (!holdsLegacy(stored.global)) return false;
      await write(stored, check(stored).settings);
      return true;
    });
  } catch (e) {
    reportWriteFailure(e);
    return false;
  }
}

/** Writes from this page one after the other: two quick clicks must not both start from the same read. */
let queue: Promise<unknown> = Promise.resolve();
function queued<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => {});
  return run;
}

/**
 * Applies `change` to the stored settings and writes the result. Rejects when the browser refuses the
 * write, after telling every page that shows write failures (watchWriteFailures). Callers that do not
 * handle the rejection themselves use saveSettings.
 */
export function updateSettings(change: (s: Settings) => Settings): Promise<Settings> {
  return queued(async () => {
    const stored = await readStored();
    // What is written is checked too: a change built from a bug never reaches storage.
    const next = checkSettings(change(check(stored).settings)).settings;
    await write(stored, next);
    return next;
  }).catch((e: unknown) => {
    reportWriteFailure(e);
    throw e;
  });
}

/** updateSettings for callers with nothing more to do on failure: the reader is told; resolves null. */
export function saveSettings(change: (s: Settings) => Settings): Promise<Settings | null> {
  return updateSettings(change).catch(() => null);
}

/** Back to the defaults, whatever storage holds (the options page's "Reset settings"). Rejects on failure, reported. */
export function resetSettings(): Promise<Settings> {
  return queued(async () => {
    const next = defaultSettings();
    await storage.setItems([{ key: sitesItem.key as `local:${string}`, value: next.sites }, { key: userRulesItem.key as `local:${string}`, value: next.userRules }]);
    await settingsItem.setValue(globalPart(undefined, next));
    return next;
  }).catch((e: unknown) => {
    reportWriteFailure(e);
    throw e;
  });
}

/**
 * Calls `cb` with the checked settings after every change to any of their parts (and which fields were
 * repaired). Each change is read whole, in order; a change that leaves the settings as they were (the
 * second half of a move between parts) is not passed on.
 */
export function watchSettings(cb: (s: Settings, repaired: CheckedSettings['repaired']) => void): () => void {
  let live = true;
  let last = '';
  let reads: Promise<void> = Promise.resolve();
  const changed = () => {
    reads = reads.then(async () => {
      const read = check(await readStored());
      const key = JSON.stringify(read);
      if (!live || key === last) return;
      last = key;
      cb(read.settings, read.repaired);
    }).catch(() => {});
  };
  const offs = [settingsItem.watch(changed), sitesItem.watch(changed), userRulesItem.watch(changed)];
  return () => {
    live = false;
    for (const off of offs) off();
  };
}

/** A write the browser refused, as the reader is told of it. */
export interface WriteFailure {
  id: string;
  /** Date.now() when it failed. */
  at: number;
  /** The browser said a storage quota was reached (size, item count or writes per minute). */
  quota: boolean;
  /** The browser's own words, shown in brackets. */
  detail: string;
}

const failureListeners = new Set<(f: WriteFailure) => void>();

export function describeWriteFailure(e: unknown): WriteFailure {
  const detail = (e instanceof Error ? e.message : String(e)).slice(0, 300);
  return {
    id: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`,
    at: Date.now(),
    quota: /quota|QUOTA_BYTES|MAX_ITEMS|MAX_WRITE_OPERATIONS/i.test(detail),
    detail,
  };
}

/** Tells this page's listeners at once, and records the failure for the pages that open later. */
function reportWriteFailure(e: unknown): WriteFailure {
  const failure = describeWriteFailure(e);
  for (const cb of failureListeners) cb(failure);
  // The record is a courtesy for pages not open now; if storage refuses it too, this page's listeners
  // have already been told, and there is nowhere else to write.
  writeFailureItem.setValue(failure).catch(() => {});
  return failure;
}

/** The stored record is data of unknown shape like any other. */
function asWriteFailure(v: unknown): WriteFailure | null {
  if (!isRecord(v)) return null;
  const { id, at, quota, detail } = v;
  if (typeof id !== 'string' || typeof at !== 'number' || typeof quota !== 'boolean' || typeof detail !== 'string') return null;
  return { id, at, quota, detail: detail.slice(0, 300) };
}

/** The last failure not yet dismissed, from any part of Lede (the background's menu and commands included). */
export async function lastWriteFailure(): Promise<WriteFailure | null> {
  return asWriteFailure(await writeFailureItem.getValue());
}

/** Calls `cb` with each new failure, and with null when the failure was dismissed (here or in another page). */
export function watchWriteFailures(cb: (f: WriteFailure | null) => void): () => void {
  const here = (f: WriteFailure) => cb(f);
  failureListeners.add(here);
  const off = writeFailureItem.watch((v) => cb(asWriteFailure(v)));
  return () => {
    failureListeners.delete(here);
    off();
  };
}

export async function dismissWriteFailure(): Promise<void> {
  await writeFailureItem.removeValue();
}
