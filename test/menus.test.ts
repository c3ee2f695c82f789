import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { MENU_IDS, menuContexts, setupSiteMenus, type MenuItemProps, type MenusApi, type MenuTab, type SiteMenus } from '@/utils/extension/menus';
import { loadSettings, saveSettings, updateSettings, watchSettings } from '@/utils/extension/settings';
import { withSiteOverride } from '@/utils/extension/site-settings';
import { failWrites } from './helpers/storage-quota';

/** A listener list that the test fires by hand. */
function event<F extends (...args: never[]) => unknown>() {
  const listeners = new Set<F>();
  return {
    addListener: (cb: F) => void listeners.add(cb),
    removeListener: (cb: F) => void listeners.delete(cb),
    fire: (...args: Parameters<F>) => listeners.forEach((cb) => cb(...args)),
    get size() {
      return listeners.size;
    },
  };
}

/**
 * wxt's fakeBrowser has no contextMenus: this one records the items and their check marks, and validates
 * `contexts` as each browser does (Firefox's MV2 build throws on "action", Chrome's MV3 on "browser_action").
 */
function fakeMenusBrowser(manifestVersion: 2 | 3) {
  const allowed = manifestVersion === 2 ? ['all', 'page', 'browser_action', 'page_action', 'tab'] : ['all', 'page', 'action'];
  const items = new Map<string, { checked: boolean; enabled: boolean; contexts: string[]; title: string }>();
  const created: MenuItemProps[] = [];
  const tabs = new Map<number, MenuTab>();
  const onClicked = event<(info: { menuItemId: string | number; checked?: boolean }, tab?: MenuTab) => void>();
  const onActivated = event<(info: { tabId: number }) => void>();
  const onUpdated = event<(tabId: number, change: { url?: string; status?: string }, tab: MenuTab) => void>();
  const api = {
    contextMenus: {
      create(props: MenuItemProps, done?: () => void) {
        for (const c of props.contexts) {
          if (!allowed.includes(c)) throw new Error(`Type error for parameter createProperties (Error processing contexts.0: Value "${c}" must be one of [${allowed.join(', ')}]) for contextMenus.create.`);
        }
        created.push(props);
        items.set(props.id, { checked: props.checked, enabled: true, contexts: props.contexts, title: props.title });
        queueMicrotask(() => done?.());
        return props.id;
      },
      update: vi.fn(async (id: string, props: { checked?: boolean; enabled?: boolean }) => {
        const item = items.get(id);
        if (!item) throw new Error(`Cannot find menu item with id ${id}`);
        Object.assign(item, props);
      }),
      removeAll: async () => items.clear(),
      onClicked,
    },
    tabs: {
      get: async (id: number) => {
        const tab = tabs.get(id);
        if (!tab) throw new Error(`No tab with id: ${id}`);
        return { ...tab };
      },
      query: async () => [...tabs.values()].filter((t) => t.active),
      onActivated,
      onUpdated,
    },
    runtime: { lastError: null },
  } satisfies MenusApi;
  const activate = (id: number) => {
    for (const t of tabs.values()) t.active = t.id === id;
    onActivated.fire({ tabId: id });
  };
  return { api, items, created, tabs, activate, onClicked, onUpdated, onActivated };
}

/** The page URL each tab's content script would report: the tab object itself has none (no `tabs` permission). */
const pages = new Map<number, string>();
const askPageUrl = async (tabId: number) => pages.get(tabId) ?? null;
const log = { info: vi.fn(), error: vi.fn() };

function start(fake: ReturnType<typeof fakeMenusBrowser>, manifestVersion: 2 | 3): SiteMenus {
  return setupSiteMenus({ api: fake.api, manifestVersion, t: (k) => `[${k}]`, loadSettings, watchSettings, saveSettings, askPageUrl, log });
}

const checks = (fake: ReturnType<typeof fakeMenusBrowser>) => ({
  highlights: fake.items.get(MENU_IDS.highlights)?.checked,
  stripping: fake.items.get(MENU_IDS.stripping)?.checked,
  enabled: fake.items.get(MENU_IDS.highlights)?.enabled,
});

let menus: SiteMenus | null = null;

describe('toolbar menu: the per-site switches', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    pages.clear();
    log.info.mockClear();
    log.error.mockClear();
    await updateSettings((s) => withSiteOverride(withSiteOverride(s, 'https://harbour-news.example/', { highlights: false }), 'https://quay-times.example/', { stripping: false }));
  });
  afterEach(() => {
    menus?.stop();
    menus = null;
    vi.restoreAllMocks();
  });

  it.each([
    [3, ['action']],
    [2, ['browser_action']],
  ] as const)('manifest V%i: the items go on the toolbar button as that browser names it (%j)', async (mv, contexts) => {
    expect(menuContexts(mv)).toEqual(contexts);
    const fake = fakeMenusBrowser(mv);
    menus = start(fake, mv);
    expect(await menus.ready).toBe(true);
    expect(fake.created.map((p) => [p.id, p.type, p.contexts, p.title])).toEqual([
      [MENU_IDS.highlights, 'checkbox', contexts, '[menuHighlightsSite]'],
      [MENU_IDS.stripping, 'checkbox', contexts, '[menuStrippingSite]'],
    ]);
    expect(log.error).not.toHaveBeenCalled();
    expect(log.info).toHaveBeenCalledWith(`Lede: toolbar menu ready (contexts: ${contexts[0]})`);
  });

  it('the other manifest\'s context is refused as Firefox refuses it: reported, never thrown', async () => {
    const fake = fakeMenusBrowser(2);
    menus = start(fake, 3); // "action" on the MV2 build: what the background did before
    expect(await menus.ready).toBe(false);
    expect(log.error).toHaveBeenCalledWith(expect.stringMatching(/^Lede: toolbar menu not created \(contexts: action\): .*Value "action" must/));
  });

  it('check marks follow the active tab: on a tab switch, on navigation, on a page report', async () => {
    const fake = fakeMenusBrowser(3);
    fake.tabs.set(1, { id: 1, active: true });
    fake.tabs.set(2, { id: 2, active: false });
    pages.set(1, 'https://www.harbour-news.example/markets/story');
    pages.set(2, 'https://quay-times.example/a');
    menus = start(fake, 3);
    await vi.waitFor(() => expect(checks(fake)).toEqual({ highlights: false, stripping: true, enabled: true }));

    fake.activate(2);
    await vi.waitFor(() => expect(checks(fake)).toEqual({ highlights: true, stripping: false, enabled: true }));

    // Navigation in the active tab to another site: the URL in the event (Firefox with the permission)…
    pages.set(2, 'https://www.harbour-news.example/b');
    fake.tabs.get(2)!.url = 'https://www.harbour-news.example/b';
    fake.onUpdated.fire(2, { url: 'https://www.harbour-news.example/b' }, { ...fake.tabs.get(2)! });
    await vi.waitFor(() => expect(checks(fake)).toEqual({ highlights: false, stripping: true, enabled: true }));
    delete fake.tabs.get(2)!.url;

    // …or, with the URL hidden, the load's end, the page's URL asked of the content script.
    fake.onUpdated.fire(2, { status: 'loading' }, { id: 2, active: true });
    pages.set(2, 'https://quay-times.example/c');
    fake.onUpdated.fire(2, { status: 'complete' }, { id: 2, active: true });
    await vi.waitFor(() => expect(checks(fake)).toEqual({ highlights: true, stripping: false, enabled: true }));

    // A browser page (no content script, no site): the global switches, greyed out.
    pages.delete(2);
    fake.onUpdated.fire(2, { status: 'loading' }, { id: 2, active: true });
    fake.onUpdated.fire(2, { status: 'complete' }, { id: 2, active: true });
    await vi.waitFor(() => expect(checks(fake)).toEqual({ highlights: true, stripping: true, enabled: false }));

    // The content script reports a page: its URL is remembered without asking again.
    menus.pageReported(2, 'https://harbour-news.example/d');
    await vi.waitFor(() => expect(checks(fake)).toEqual({ highlights: false, stripping: true, enabled: true }));

    // Navigation in a background tab changes nothing.
    const updates = fake.api.contextMenus.update.mock.calls.length;
    fake.onUpdated.fire(1, { status: 'complete' }, { id: 1, active: false });
    await new Promise((r) => setTimeout(r, 20));
    expect(fake.api.contextMenus.update.mock.calls.length).toBe(updates);
  });

  it('check marks follow the settings, whichever page changed them', async () => {
    const fake = fakeMenusBrowser(2);
    fake.tabs.set(7, { id: 7, active: true });
    pages.set(7, 'https://quay-times.example/a');
    menus = start(fake, 2);
    await vi.waitFor(() => expect(checks(fake)).toEqual({ highlights: true, stripping: false, enabled: true }));
    // The panel turns highlighting off everywhere, then promo hiding back on for this site.
    await updateSettings((s) => ({ ...s, highlights: false }));
    await vi.waitFor(() => expect(checks(fake)).toEqual({ highlights: false, stripping: false, enabled: true }));
    await updateSettings((s) => withSiteOverride(s, 'https://quay-times.example/', { stripping: true }));
    await vi.waitFor(() => expect(checks(fake)).toEqual({ highlights: false, stripping: true, enabled: true }));
  });

  it('a click sets the choice for the page\'s site; a refused write puts the check mark back', async () => {
    const fake = fakeMenusBrowser(3);
    fake.tabs.set(3, { id: 3, active: true });
    pages.set(3, 'https://www.old-gazette.example/story');
    menus = start(fake, 3);
    await vi.waitFor(() => expect(checks(fake)).toEqual({ highlights: true, stripping: true, enabled: true }));

    fake.items.get(MENU_IDS.stripping)!.checked = false; // the browser flips it on click
    fake.onClicked.fire({ menuItemId: MENU_IDS.stripping, checked: false }, { id: 3 });
    await vi.waitFor(async () => expect((await loadSettings()).sites['old-gazette.example']).toEqual({ stripping: false }));

    const refuse = failWrites('local', 'QUOTA_BYTES quota exceeded');
    fake.items.get(MENU_IDS.highlights)!.checked = false;
    fake.onClicked.fire({ menuItemId: MENU_IDS.highlights, checked: false }, { id: 3 });
    await vi.waitFor(() => expect(checks(fake)).toEqual({ highlights: true, stripping: false, enabled: true }));
    refuse.mockRestore();
    expect((await loadSettings()).sites['old-gazette.example']).toEqual({ stripping: false });
  });

  it('no contextMenus API (Firefox for Android): nothing to set up, nothing thrown', async () => {
    const fake = fakeMenusBrowser(2);
    const api = { ...fake.api, contextMenus: undefined };
    menus = setupSiteMenus({ api, manifestVersion: 2, t: (k) => k, loadSettings, watchSettings, saveSettings, askPageUrl, log });
    expect(await menus.ready).toBe(false);
    expect(fake.onActivated.size).toBe(0);
  });

  it('stop() removes every listener', async () => {
    const fake = fakeMenusBrowser(3);
    menus = start(fake, 3);
    await menus.ready;
    expect([fake.onClicked.size, fake.onActivated.size, fake.onUpdated.size]).toEqual([1, 1, 1]);
    menus.stop();
    menus = null;
    expect([fake.onClicked.size, fake.onActivated.size, fake.onUpdated.size]).toEqual([0, 0, 0]);
  });
});
