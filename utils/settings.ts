import { storage } from '@wxt-dev/storage';
import { DEFAULT_SETTINGS, type Settings } from './site-settings';

/** The reader's settings, synced across their browsers, one item so a change is one atomic write. */
export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Reads the settings, filling fields a newer version added. */
export async function loadSettings(): Promise<Settings> {
  return { ...DEFAULT_SETTINGS, ...(await settingsItem.getValue()) };
}

export async function updateSettings(change: (s: Settings) => Settings): Promise<Settings> {
  const next = change(await loadSettings());
  await settingsItem.setValue(next);
  return next;
}

export function watchSettings(cb: (s: Settings) => void): () => void {
  return settingsItem.watch((v) => cb({ ...DEFAULT_SETTINGS, ...v }));
}
