import { browser } from 'wxt/browser';
import { onMessage, sendToExtension, sendToTab } from '@/utils/extension/messaging';
import { badgeFor } from '@/utils/extension/badge';
import { loadSettings, updateSettings } from '@/utils/extension/settings';
import { effectiveSettings, withSiteOverride } from '@/utils/extension/site-settings';
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

const MENU = { highlights: 'lede-site-highlights', stripping: 'lede-site-stripping' } as const;

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

async function refreshMenu(url: string | null | undefined) {
  const eff = effectiveSettings(await loadSettings(), url ?? null);
  await browser.contextMenus.update(MENU.highlights, { checked: eff.highlights }).catch(() => {});
  await browser.contextMenus.update(MENU.stripping, { checked: eff.stripping }).catch(() => {});
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

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.removeAll().then(() => {
      browser.contextMenus.create({ id: MENU.highlights, type: 'checkbox', checked: true, title: t('menuHighlightsSite'), contexts: ['action'] });
      browser.contextMenus.create({ id: MENU.stripping, type: 'checkbox', checked: true, title: t('menuStrippingSite'), contexts: ['action'] });
    });
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    const key = info.menuItemId === MENU.highlights ? 'highlights' : info.menuItemId === MENU.stripping ? 'stripping' : null;
    if (!key || !tab?.url) return;
    void updateSettings((s) => withSiteOverride(s, tab.url!, { [key]: !!info.checked }));
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'open-panel') void openPanel(tab);
    else if (command === 'toggle-highlights') void updateSettings((s) => ({ ...s, highlights: !s.highlights }));
    else if (command === 'toggle-stripping') void updateSettings((s) => ({ ...s, stripping: !s.stripping }));
    else if (command === 'next-mention' && tab?.id !== undefined) void sendToTab(tab.id, 'nextMention', undefined).catch(() => false);
  });

  onMessage('reportUpdated', (report, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || sender.frameId) return;
    showBadge(tabId, report);
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

  browser.tabs.onActivated.addListener(async ({ tabId }) => {
    const tab = await browser.tabs.get(tabId).catch(() => null);
    void refreshMenu(tab?.url);
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') {
      showBadge(tabId, null);
    }
  });
});
