import { browser } from 'wxt/browser';
import { onMessage, sendToExtension, sendToTab } from '@/utils/extension/messaging';
import { badgeFor } from '@/utils/extension/badge';
import { loadSettings, migrateSettings, saveSettings, watchSettings } from '@/utils/extension/settings';
import { setupSiteMenus, type MenusApi } from '@/utils/extension/menus';
import { t } from '@/utils/extension/i18n';
import { parseAway } from '@/utils/pipeline/away';
import { ensureOffscreen } from '@/utils/extension/offscreen';
import { recognizeEntities } from '@/utils/entities/recognize';
import { defaultGazetteer, gazetteerCompileMs } from '@/utils/entities/gazetteer';
import type { Report } from '@/utils/report';

/**
 * Wiring only: panel opening, commands, badge, context menu, and the work done away from pages (parse,
 * recognition). The content script holds each tab's Report; the panel asks it directly.
 */

interface SidePanelApi {
  setPanelBehavior(o: { openPanelOnActionClick: boolean }): Promise<void>;
  open(o: { tabId?: number; windowId?: number }): Promise<void>;
}
interface SidebarApi {
  toggle(): Promise<void>;
  open(): Promise<void>;
}
const sidePanel = (browser as unknown as { sidePanel?: SidePanelApi }).sidePanel;
const sidebar = (browser as unknown as { sidebarAction?: SidebarApi }).sidebarAction;
const action = browser.action ?? browser.browserAction;

/** Must run synchronously inside the user gesture (toolbar click, command): no await before it. */
function openPanel(tab: { id?: number; windowId?: number } | undefined): Promise<void> {
  if (sidePanel && tab?.windowId !== undefined) return sidePanel.open({ windowId: tab.windowId }).catch(() => {});
  if (sidebar) return sidebar.open().catch(() => {});
  return Promise.resolve();
}

function showBadge(tabId: number, report: Report | null) {
  const { text, title } = badgeFor(report);
  action.setBadgeText({ tabId, text }).catch(() => {});
  action.setBadgeBackgroundColor({ tabId, color: '#0b6e4f' }).catch(() => {});
  action.setTitle({ tabId, title: title ? `${t('extName')}: ${title}` : t('actionTitle') }).catch(() => {});
}

export default defineBackground(() => {
  if (sidePanel) sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {});
  else action.onClicked.addListener(() => void sidebar?.toggle());

  // An older build's single settings item moves to today's layout (settings.ts); a failure is reported.
  void migrateSettings();

  const menus = setupSiteMenus({
    api: browser as unknown as MenusApi,
    manifestVersion: import.meta.env.MANIFEST_VERSION,
    t,
    loadSettings,
    watchSettings,
    saveSettings,
    // No `tabs` permission: a tab's URL is the one its page reported to us.
    askPageUrl: async (tabId) => (await sendToTab(tabId, 'getReport', undefined).catch(() => null))?.url ?? null,
  });

  // saveSettings tells the reader when a write fails (the panel and options page show it).
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'open-panel') void openPanel(tab);
    else if (command === 'toggle-highlights') void saveSettings((s) => ({ ...s, highlights: !s.highlights }));
    else if (command === 'toggle-stripping') void saveSettings((s) => ({ ...s, stripping: !s.stripping }));
    else if (command === 'next-mention' && tab?.id !== undefined) void sendToTab(tab.id, 'nextMention', undefined).catch(() => false);
  });

  onMessage('reportUpdated', (report, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || sender.frameId) return;
    showBadge(tabId, report);
    menus.pageReported(tabId, report?.url ?? sender.url ?? null);
  });

  onMessage('openPanel', async ({ entityId }, sender) => {
    await openPanel(sender.tab);
    if (entityId) setTimeout(() => void sendToExtension('focusEntity', { entityId }), 300);
  });

  // Readability away from the pages: here where there is a DOM (Firefox), else in the offscreen document.
  onMessage('parseArticle', async ({ html, promos }) => {
    if (typeof DOMParser !== 'undefined') return parseAway(html, promos);
    await ensureOffscreen();
    return (await sendToExtension('parseOffscreen', { html, promos })) ?? null;
  });

  // The recogniser lives here: its gazetteer is compiled once per background lifetime, not per page.
  onMessage('recognizeEntities', ({ blocks, lang }) => {
    const first = gazetteerCompileMs() === null;
    const entities = recognizeEntities(blocks, lang);
    if (first) console.info(`Lede: gazetteer of ${defaultGazetteer().entries.length} entries compiled in ${gazetteerCompileMs()!.toFixed(1)} ms`);
    return entities;
  });

  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') {
      showBadge(tabId, null);
    }
  });
});
