/**
 * The per-site switches on the toolbar button's context menu: "Highlight companies on this site", "Hide
 * promos on this site", check marks showing what applies to the active tab's site.
 *
 * The browser is passed in (background.ts passes the real one, the tests a fake). Two things differ
 * between the builds: the menu context is `action` in Manifest V3 (Chrome) and `browser_action` in
 * Manifest V2 (Firefox's build), where `action` throws; and Lede has no `tabs` permission, so a tab's URL
 * is usually hidden from it and is asked of Lede's content script in that tab instead.
 */
import { siteKey } from '../host';
import { effectiveSettings, withSiteOverride, type Settings } from './site-settings';

export const MENU_IDS = { highlights: 'lede-site-highlights', stripping: 'lede-site-stripping' } as const;
type Switch = keyof typeof MENU_IDS;
const TITLES: Record<Switch, string> = { highlights: 'menuHighlightsSite', stripping: 'menuStrippingSite' };

/** Where the items show: the toolbar button's menu, named as each manifest version names it. */
export function menuContexts(manifestVersion: number): ['action'] | ['browser_action'] {
  return manifestVersion === 2 ? ['browser_action'] : ['action'];
}

export interface MenuTab {
  id?: number;
  url?: string;
  active?: boolean;
}

interface Listenable<F> {
  addListener(cb: F): void;
  removeListener(cb: F): void;
}

export interface MenuItemProps {
  id: string;
  type: 'checkbox';
  checked: boolean;
  title: string;
  contexts: string[];
}

/** The part of the browser the menus use. */
export interface MenusApi {
  contextMenus?: {
    create(props: MenuItemProps, done?: () => void): unknown;
    update(id: string, props: { checked?: boolean; enabled?: boolean }): Promise<unknown>;
    removeAll(): Promise<unknown>;
    onClicked: Listenable<(info: { menuItemId: string | number; checked?: boolean }, tab?: MenuTab) => void>;
  };
  tabs: {
    get(tabId: number): Promise<MenuTab>;
    query(q: { active: true; lastFocusedWindow: true }): Promise<MenuTab[]>;
    onActivated: Listenable<(info: { tabId: number }) => void>;
    onUpdated: Listenable<(tabId: number, change: { url?: string; status?: string }, tab: MenuTab) => void>;
  };
  runtime: { lastError?: { message?: string } | null };
}

export interface MenuDeps {
  api: MenusApi;
  /** import.meta.env.MANIFEST_VERSION */
  manifestVersion: number;
  t(key: string): string;
  loadSettings(): Promise<Settings>;
  watchSettings(cb: (s: Settings) => void): () => void;
  /** Resolves null when the write failed (the reader has been told). */
  saveSettings(change: (s: Settings) => Settings): Promise<Settings | null>;
  /** The page's URL as Lede's content script in that tab knows it; null when there is none (a browser page). */
  askPageUrl(tabId: number): Promise<string | null>;
  log?: Pick<Console, 'info' | 'error'>;
}

export interface SiteMenus {
  /** Resolves true once the items exist, false when the browser refused them (logged as an error). */
  ready: Promise<boolean>;
  /** Puts the check marks right for a tab (the active one when none is given). Never rejects. */
  refresh(tabId?: number): Promise<void>;
  /** A content script reported its page: remember its URL (the tab's own is hidden) and refresh if active. */
  pageReported(tabId: number, url: string | null): void;
  stop(): void;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function setupSiteMenus(d: MenuDeps): SiteMenus {
  const menus = d.api.contextMenus;
  const log = d.log ?? console;
  if (!menus) {
    // Browsers without the API (Firefox for Android): the panel has the same switches.
    return { ready: Promise.resolve(false), refresh: async () => {}, pageReported: () => {}, stop: () => {} };
  }
  const contexts = menuContexts(d.manifestVersion);
  /** Page URLs the content scripts reported, by tab: forgotten when the tab starts loading another page. */
  const reported = new Map<number, string>();

  // create() takes a callback: a bad property throws at once (Firefox's schema check), a refusal later
  // comes back in runtime.lastError.
  const create = (props: MenuItemProps) =>
    new Promise<void>((resolve, reject) => {
      menus.create(props, () => {
        const err = d.api.runtime.lastError;
        if (err) reject(new Error(err.message ?? 'contextMenus.create failed'));
        else resolve();
      });
    });

  const ready = (async () => {
    try {
      // Created on every start: Firefox forgets a background page's items when it restarts, and
      // removing first means no "duplicate id" where the browser kept them (Chrome).
      await menus.removeAll();
      for (const key of Object.keys(MENU_IDS) as Switch[]) {
        await create({ id: MENU_IDS[key], type: 'checkbox', checked: true, title: d.t(TITLES[key]), contexts });
      }
      log.info(`Lede: toolbar menu ready (contexts: ${contexts.join(', ')})`);
      return true;
    } catch (e) {
      log.error(`Lede: toolbar menu not created (contexts: ${contexts.join(', ')}): ${message(e)}`);
      return false;
    }
  })();

  async function urlOf(tab: MenuTab | undefined): Promise<string | null> {
    if (!tab || tab.id === undefined) return tab?.url ?? null;
    if (tab.url) return tab.url;
    return reported.get(tab.id) ?? (await d.askPageUrl(tab.id).catch(() => null));
  }

  let generation = 0;
  async function refresh(tabId?: number): Promise<void> {
    const mine = ++generation;
    try {
      if (!(await ready)) return;
      const tab = tabId !== undefined
        ? await d.api.tabs.get(tabId).catch(() => undefined)
        : (await d.api.tabs.query({ active: true, lastFocusedWindow: true }).catch(() => []))[0];
      const url = await urlOf(tab);
      const settings = await d.loadSettings();
      if (mine !== generation) return; // a later refresh (another tab, newer settings) is under way
      const eff = effectiveSettings(settings, url);
      // No site (a browser page, or no Lede there): the global switches show, and cannot be set per site.
      const enabled = siteKey(url) !== null;
      await menus!.update(MENU_IDS.highlights, { checked: eff.highlights, enabled });
      await menus!.update(MENU_IDS.stripping, { checked: eff.stripping, enabled });
    } catch (e) {
      log.error(`Lede: toolbar menu not updated: ${message(e)}`);
    }
  }

  async function clicked(key: Switch, checked: boolean, tab: MenuTab | undefined) {
    const url = await urlOf(tab);
    const saved = url && siteKey(url) ? await d.saveSettings((s) => withSiteOverride(s, url, { [key]: checked })) : null;
    // Not saved (no site, or the write failed and the reader was told): the browser has already flipped
    // the check mark, so it goes back to what is stored. Saved: the settings watch refreshes it.
    if (!saved) await refresh(tab?.id);
  }

  const onClicked = (info: { menuItemId: string | number; checked?: boolean }, tab?: MenuTab) => {
    const key = (Object.keys(MENU_IDS) as Switch[]).find((k) => MENU_IDS[k] === info.menuItemId);
    if (key) void clicked(key, !!info.checked, tab);
  };
  const onActivated = ({ tabId }: { tabId: number }) => void refresh(tabId);
  const onUpdated = (tabId: number, change: { url?: string; status?: string }, tab: MenuTab) => {
    if (change.status === 'loading' || change.url !== undefined) reported.delete(tabId);
    // Another page in the active tab: change.url when the browser shows it, else the load's end.
    if (tab.active && (change.url !== undefined || change.status === 'complete')) void refresh(tabId);
  };
  menus.onClicked.addListener(onClicked);
  d.api.tabs.onActivated.addListener(onActivated);
  d.api.tabs.onUpdated.addListener(onUpdated);
  const unwatch = d.watchSettings(() => void refresh());
  void refresh();

  return {
    ready,
    refresh,
    pageReported(tabId, url) {
      if (url) reported.set(tabId, url);
      else reported.delete(tabId);
      void d.api.tabs.get(tabId).then(
        (tab) => {
          if (tab.active) return refresh(tabId);
        },
        () => {},
      );
    },
    stop() {
      unwatch();
      menus.onClicked.removeListener(onClicked);
      d.api.tabs.onActivated.removeListener(onActivated);
      d.api.tabs.onUpdated.removeListener(onUpdated);
    },
  };
}
