import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { onMessage, sendToTab } from '@/utils/extension/messaging';
import type { Report } from '@/utils/report';

export type PanelState =
  | { kind: 'loading' }
  | { kind: 'unreachable' }
  | { kind: 'report'; report: Report };

/** The Report of the followed tab, kept current: tab navigation, page changes, toggles. */
export function useTabReport(tabId: number | null) {
  const [state, setState] = useState<PanelState>({ kind: 'loading' });

  const fetchReport = useCallback(async () => {
    if (tabId === null) return;
    try {
      const report = await sendToTab(tabId, 'getReport', undefined);
      setState(report ? { kind: 'report', report } : { kind: 'loading' });
    } catch {
      setState({ kind: 'unreachable' });
    }
  }, [tabId]);

  useEffect(() => {
    setState({ kind: 'loading' });
    void fetchReport();
    if (tabId === null) return;
    const offReport = onMessage('reportUpdated', (report, sender) => {
      if (sender.tab?.id !== tabId || sender.frameId) return;
      setState(report ? { kind: 'report', report } : { kind: 'loading' });
    });
    const onUpdated = (id: number, change: { status?: string }) => {
      if (id !== tabId) return;
      if (change.status === 'loading') setState({ kind: 'loading' });
      if (change.status === 'complete') setTimeout(() => void fetchReport(), 250);
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      offReport();
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [tabId, fetchReport]);

  return { state, setState, refetch: fetchReport };
}
