import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing';
import { SettingsWriteFailure, writeFailureMessage } from '@/components/SettingsWriteFailure';
import { describeWriteFailure, lastWriteFailure, loadSettings, saveSettings, updateSettings } from '@/utils/extension/settings';
import { failWrites } from './helpers/storage-quota';

/** chrome.i18n.getMessage over the real message files: named placeholders filled from $1, $2… */
function translator(lang: 'en' | 'fr') {
  const messages = JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
  return (key: string, substitutions?: string | string[]) => {
    const m = messages[key];
    if (!m) throw new Error(`no message ${lang} ${key}`);
    const args = substitutions === undefined ? [] : [substitutions].flat();
    return m.message.replace(/\$([A-Za-z_]+)\$/g, (_, name: string) => {
      const ph = Object.entries(m.placeholders ?? {}).find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];
      return ph ? ph.content.replace(/\$(\d)/g, (__, i: string) => args[Number(i) - 1] ?? '') : '';
    });
  };
}

let root: HTMLElement;

// Vitest's jsdom environment cannot load esbuild here: Preact gets a jsdom document as a global instead.
const dom = new JSDOM('<!doctype html><html><body></body></html>');
const globals = { document: dom.window.document, window: dom.window, Node: dom.window.Node, Event: dom.window.Event };
beforeAll(() => Object.assign(globalThis, globals));
afterAll(() => {
  for (const k of Object.keys(globals)) delete (globalThis as Record<string, unknown>)[k];
});
const notice = () => root.querySelector('[data-testid="settings-write-failed"]');

describe('the reader is shown a refused write (panel and options page)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
    vi.restoreAllMocks();
  });

  it.each(['en', 'fr'] as const)('%s: a quota refusal and any other refusal, each in the reader\'s words', (lang) => {
    const t = translator(lang);
    const quota = writeFailureMessage(describeWriteFailure(new Error('QUOTA_BYTES_PER_ITEM quota exceeded')), t);
    const other = writeFailureMessage(describeWriteFailure(new Error('IO error')), t);
    expect(quota).toContain('(QUOTA_BYTES_PER_ITEM quota exceeded)');
    expect(other).toContain('(IO error)');
    expect(quota).not.toBe(other);
    expect(quota).toMatch(lang === 'en' ? /^Your change was not saved/ : /^Votre modification n'a pas été enregistrée/);
  });

  it('a write refused while the page is open: the notice appears, Dismiss clears it everywhere', async () => {
    await act(() => render(<SettingsWriteFailure t={translator('en')} />, root));
    expect(notice()).toBeNull();
    const refuse = failWrites('sync', 'MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded');
    await act(async () => {
      await saveSettings((s) => ({ ...s, stripping: false }));
    });
    refuse.mockRestore();
    expect(notice()?.getAttribute('role')).toBe('alert');
    expect(notice()?.textContent).toContain("the browser's storage limit for Lede was reached (MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded)");
    await vi.waitFor(async () => expect(await lastWriteFailure()).not.toBeNull());
    await act(async () => {
      (notice()!.querySelector('button') as HTMLButtonElement).click();
    });
    expect(notice()).toBeNull();
    await vi.waitFor(async () => expect(await lastWriteFailure()).toBeNull());
  });

  it('a write refused in the background before the page opened: shown when it opens, in French', async () => {
    const refuse = failWrites('sync', 'Unexpected error');
    expect(await saveSettings((s) => ({ ...s, highlights: false }))).toBeNull(); // a keyboard command, say
    refuse.mockRestore();
    await vi.waitFor(async () => expect(await lastWriteFailure()).not.toBeNull());
    await act(() => render(<SettingsWriteFailure t={translator('fr')} />, root));
    await vi.waitFor(() => expect(notice()?.textContent).toContain("Votre modification n'a pas été enregistrée : le navigateur a refusé de la stocker (Unexpected error)"));
  });

  it('a later failure from another page replaces the one shown', async () => {
    await act(() => render(<SettingsWriteFailure t={translator('en')} />, root));
    const refuse = failWrites('local', 'first');
    await act(async () => {
      await updateSettings((s) => ({ ...s, userRules: [{ id: 'a', kind: 'phrase', value: 'Read more', site: null }] })).catch(() => {});
    });
    expect(notice()?.textContent).toContain('(first)');
    refuse.mockRestore();
    // Another page (the background) records its own failure.
    await act(async () => {
      await fakeBrowser.storage.local.set({ settingsWriteFailure: { ...describeWriteFailure(new Error('second')) } });
    });
    await vi.waitFor(() => expect(notice()?.textContent).toContain('(second)'));
    expect((await loadSettings()).userRules).toEqual([]);
  });
});
