import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

/**
 * The tab the panel follows: the `?tab=ID` of its own URL when given (a panel opened as a tab, or pinned),
 * else the active tab of the panel's window, following tab switches.
 */
export function useFollowedTab(): number | null {
  const pinned = Number(new URLSearchParams(location.search).get('tab')) || null;
  const [tabId, setTabId] = useState<number | null>(pinned);
  useEffect(() => {
    if (pinned) return;
    let windowId: number | undefined;
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (windowId === undefined || info.windowId === windowId) setTabId(info.tabId);
    };
    void browser.windows.getCurrent().then((w) => {
      windowId = w.id;
      return browser.tabs.query({ active: true, windowId: w.id });
    }).then(([tab]) => tab?.id !== undefined && setTabId(tab.id));
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, []);
  return tabId;
}
