import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { JSDOM, VirtualConsole } from 'jsdom';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing';
import { App } from '@/entrypoints/options/App';
import { loadSettings, updateSettings } from '@/utils/extension/settings';
import { DEFAULT_SETTINGS, withSiteOverride } from '@/utils/extension/site-settings';
import { failWrites } from './helpers/storage-quota';

/**
 * The options page's export and import, rendered (Preact on a jsdom document; the fake browser has no
 * i18n, so the page shows message keys, which is what is checked).
 */
const dom = new JSDOM('<!doctype html><html><body></body></html>', { url: 'https://options.test/', virtualConsole: new VirtualConsole() });
const exported: Blob[] = [];
const globals = {
  document: dom.window.document, window: dom.window, Node: dom.window.Node, Event: dom.window.Event, HTMLElement: dom.window.HTMLElement,
};
beforeAll(() => {
  Object.assign(globalThis, globals);
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
    exported.push(b as Blob);
    return 'blob:lede-test';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
});
afterAll(() => {
  for (const k of Object.keys(globals)) delete (globalThis as Record<string, unknown>)[k];
  vi.restoreAllMocks();
});

let root: HTMLElement;
const $ = <T extends Element>(sel: string) => root.querySelector<T>(sel);
const snapshot = async () => ({ sync: await fakeBrowser.storage.sync.get(null), local: await fakeBrowser.storage.local.get(null) });

/** Chooses a file in the import field, as the reader does. */
async function choose(text: string) {
  const input = $<HTMLInputElement>('[data-testid="import-settings"]')!;
  Object.defineProperty(input, 'files', { configurable: true, value: [{ name: 'lede-settings.json', text: async () => text }] });
  await act(async () => {
    input.dispatchEvent(new dom.window.Event('change', { bubbles: true }));
  });
  await vi.waitFor(() => expect($('[data-testid="import-result"]')).not.toBeNull());
  return $('[data-testid="import-result"]')!;
}

describe('options page: export and import', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    exported.length = 0;
    await updateSettings((s) => withSiteOverride({ ...s, quoteProvider: 'yahoo' }, 'https://harbour-news.example/', { stripping: false }));
    root = document.createElement('div');
    document.body.append(root);
    await act(() => render(<App />, root));
    await vi.waitFor(() => expect(root.textContent).toContain('harbour-news.example'));
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });

  it('Export writes the stored settings as one versioned file', async () => {
    await act(async () => $<HTMLButtonElement>('[data-testid="export-settings"]')!.click());
    await vi.waitFor(() => expect(exported).toHaveLength(1));
    expect(JSON.parse(await exported[0].text())).toEqual({ lede: 1, ...(await loadSettings()) });
  });

  it('a bad file: the reason shown as an alert, nothing changed', async () => {
    const before = await snapshot();
    const result = await choose('{"settings": "from another tool"}');
    expect(result.getAttribute('role')).toBe('alert');
    expect(result.textContent).toBe('backupError_notLede');
    expect(await snapshot()).toEqual(before);
  });

  it('Replace: the file\'s settings shown and stored; Merge (the default) keeps the reader\'s sites', async () => {
    const file = JSON.stringify({ lede: 1, ...DEFAULT_SETTINGS, sites: { 'old-gazette.example': { highlights: false } } });
    const merged = await choose(file);
    expect(merged.getAttribute('role')).toBe('status');
    expect(Object.keys((await loadSettings()).sites).sort()).toEqual(['harbour-news.example', 'old-gazette.example']);
    expect((await loadSettings()).quoteProvider).toBe('yahoo');

    await act(async () => $<HTMLInputElement>('[data-testid="import-replace"]')!.click());
    await choose(file);
    await vi.waitFor(async () => expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, sites: { 'old-gazette.example': { highlights: false } } }));
    await vi.waitFor(() => expect(root.textContent).not.toContain('harbour-news.example'));
  });

  it('a write the browser refuses: the import says so and the write-failure notice shows', async () => {
    const refuse = failWrites('local', 'QUOTA_BYTES quota exceeded');
    const result = await choose(JSON.stringify({ lede: 1, sites: { 'old-gazette.example': { highlights: false } } }));
    refuse.mockRestore();
    expect(result.textContent).toBe('backupError_writeFailed');
    await vi.waitFor(() => expect($('[data-testid="settings-write-failed"]')?.textContent).toContain('settingsWriteFailedQuota'));
  });
});
