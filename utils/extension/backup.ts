/**
 * The settings as one JSON file, for the options page's export and import: `{ "lede": 1, …settings }`.
 * Pure: reading and writing storage is the caller's (settings.ts). A file is taken whole or not at all:
 * any field that fails the settings check refuses the file, so a bad file never changes anything.
 */
import { checkSettings, defaultSettings, LIMITS, SETTINGS_FIELDS, type SettingsField } from './settings-schema';
import { mergeSettings, type Settings } from './site-settings';

/** The file format's version. A file of a later version is refused, not half-read. */
export const BACKUP_VERSION = 1;
/** Far above the largest settings the limits allow (5,000 sites, 1,000 rules of 2,000 characters). */
export const BACKUP_MAX_CHARS = 5_000_000;

export type BackupMode = 'merge' | 'replace';

export type BackupError = 'tooLarge' | 'notJson' | 'notLede' | 'newer' | 'empty' | 'invalid' | 'tooMany';

export type BackupRead =
  | { ok: true; settings: Settings; fields: SettingsField[] }
  | { ok: false; error: BackupError; fields: SettingsField[] };

const fail = (error: BackupError, fields: SettingsField[] = []): BackupRead => ({ ok: false, error, fields });

/** The file's text: the version first, then every setting. */
export function backupJson(s: Settings): string {
  return `${JSON.stringify({ lede: BACKUP_VERSION, ...s }, null, 2)}\n`;
}

/** "lede-settings-2025-03-07.json" */
export function backupFileName(now = new Date()): string {
  const d = (n: number) => String(n).padStart(2, '0');
  return `lede-settings-${now.getFullYear()}-${d(now.getMonth() + 1)}-${d(now.getDate())}.json`;
}

/**
 * Reads a file: its settings and which fields it holds, or why it is refused. Fields the file leaves
 * out are not an error (an older Lede exported fewer); a field it holds must pass the check whole.
 */
export function readBackup(text: string): BackupRead {
  if (text.length > BACKUP_MAX_CHARS) return fail('tooLarge');
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail('notJson');
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail('notLede');
  const version = (raw as Record<string, unknown>).lede;
  if (typeof version === 'number' && Number.isInteger(version) && version > BACKUP_VERSION) return fail('newer');
  if (version !== BACKUP_VERSION) return fail('notLede');
  const fields = SETTINGS_FIELDS.filter((f) => Object.hasOwn(raw as object, f));
  if (fields.length === 0) return fail('empty');
  const { settings, repaired } = checkSettings(raw);
  if (repaired.length) return fail('invalid', repaired);
  return { ok: true, settings, fields };
}

export type BackupApplied = { ok: true; settings: Settings } | { ok: false; error: BackupError; fields: SettingsField[] };

/**
 * The settings after an import. Replace: the file's settings, defaults for what it leaves out. Merge:
 * the reader's settings kept as they are, with the file's sites and rules they do not have added
 * (mergeSettings). Refused when the result would go past the limits the settings check keeps.
 */
export function applyBackup(current: Settings, file: Extract<BackupRead, { ok: true }>, mode: BackupMode): BackupApplied {
  let next: Settings;
  if (mode === 'merge') {
    next = mergeSettings(current, file.settings);
  } else {
    next = defaultSettings();
    for (const f of file.fields) (next as unknown as Record<SettingsField, unknown>)[f] = file.settings[f];
  }
  if (Object.keys(next.sites).length > LIMITS.sites || next.userRules.length > LIMITS.userRules) {
    return { ok: false, error: 'tooMany', fields: [] };
  }
  const { settings, repaired } = checkSettings(next);
  if (repaired.length) return { ok: false, error: 'invalid', fields: repaired };
  return { ok: true, settings };
}

type Translate = (key: string, substitutions?: string | string[]) => string;

/** Why a file was refused, in the reader's words; always ends by saying nothing was changed. */
export function backupErrorMessage(error: BackupError | 'writeFailed', fields: readonly SettingsField[], t: Translate): string {
  if (error === 'invalid') return t('backupError_invalid', fields.map((f) => t(`settingsField_${f}`)).join(', '));
  if (error === 'tooMany') return t('backupError_tooMany', [String(LIMITS.sites), String(LIMITS.userRules)]);
  return t(`backupError_${error}`);
}

export type ImportOutcome = { ok: true; settings: Settings } | { ok: false; error: BackupError | 'writeFailed'; fields: SettingsField[] };

/**
 * Imports a file's text into the stored settings (`load` and `update` are settings.ts's loadSettings and
 * updateSettings). A refused file or result never reaches `update`: nothing is written. A write the
 * browser refuses has been reported by `update` to the pages that show write failures.
 */
export async function importBackup(
  text: string,
  mode: BackupMode,
  store: { load(): Promise<Settings>; update(change: (s: Settings) => Settings): Promise<Settings> },
): Promise<ImportOutcome> {
  const file = readBackup(text);
  if (!file.ok) return file;
  const checked = applyBackup(await store.load(), file, mode);
  if (!checked.ok) return checked;
  try {
    // Applied again to what is stored at the time of writing, so a change made meanwhile is merged too.
    const settings = await store.update((current) => {
      const r = applyBackup(current, file, mode);
      return r.ok ? r.settings : current;
    });
    return { ok: true, settings };
  } catch {
    return { ok: false, error: 'writeFailed', fields: [] };
  }
}
