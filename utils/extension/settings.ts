import { storage } from '@wxt-dev/storage';
import type { Settings } from './site-settings';
import { checkSettings, defaultSettings, unknownFields, type CheckedSettings } from './settings-schema';

/**
 * The reader's settings, synced across their browsers, one item so a change is one atomic write.
 * Typed `unknown` on purpose: what storage holds is never trusted as Settings; every read goes through
 * checkSettings (settings-schema.ts).
 */
export const settingsItem = storage.defineItem<unknown>('sync:settings', {
  version: 1,
});

/** The settings, checked: bad fields are back to their defaults and named in `repaired`. */
export async function readSettings(): Promise<CheckedSettings> {
  return checkSettings(await settingsItem.getValue());
}

/** Reads the settings, filling fields a newer version added and replacing fields that are unusable. */
export async function loadSettings(): Promise<Settings> {
  return (await readSettings()).settings;
}

/**
 * For the pages where the reader is told (panel, options): reads the settings and, when some had to be
 * repaired, stores the repaired ones, so the next read is clean and the reader is told once, not on every
 * open. (The content script and background only read: a page load must never write to sync storage.)
 */
export async function loadSettingsForReader(): Promise<CheckedSettings> {
  const raw = await settingsItem.getValue();
  const read = checkSettings(raw);
  if (read.repaired.length) await settingsItem.setValue({ ...unknownFields(raw), ...read.settings }).catch(() => {});
  return read;
}

export async function updateSettings(change: (s: Settings) => Settings): Promise<Settings> {
  const raw = await settingsItem.getValue();
  // What is written is checked too: a change built from a bug never reaches the reader's other browsers.
  const next = checkSettings(change(checkSettings(raw).settings)).settings;
  await settingsItem.setValue({ ...unknownFields(raw), ...next });
  return next;
}

/** Back to the defaults, whatever the item holds (the options page's "Reset settings"). */
export async function resetSettings(): Promise<Settings> {
  const next = defaultSettings();
  await settingsItem.setValue(next);
  return next;
}

/** Calls `cb` with the checked settings on every change (and which fields of the new value were repaired). */
export function watchSettings(cb: (s: Settings, repaired: CheckedSettings['repaired']) => void): () => void {
  return settingsItem.watch((v) => {
    const { settings, repaired } = checkSettings(v);
    cb(settings, repaired);
  });
}
