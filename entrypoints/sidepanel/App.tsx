import { useEffect, useMemo, useState } from 'preact/hooks';
import { sendToTab, onMessage } from '@/utils/extension/messaging';
import { DEFAULT_SETTINGS, effectiveSettings, withSiteOverride, type Settings, type SummaryLength } from '@/utils/extension/site-settings';
import { siteKey } from '@/utils/host';
import { loadSettingsForReader, saveSettings, watchSettings } from '@/utils/extension/settings';
import { SettingsWriteFailure } from '@/components/SettingsWriteFailure';
import type { SettingsField } from '@/utils/extension/settings-schema';
import { SettingsNotice } from '@/components/SettingsNotice';
import { summaryAsText } from '@/utils/summary/summary-export';
import { summarizeReport } from '@/utils/summary/summarize-report';
import { builtInKeyPoints } from '@/utils/summary/chrome-summarizer';
import { t } from '@/utils/extension/i18n';
import { entityFactsLabel, entityParentLabel } from '@/utils/extension/entity-facts-label';
import type { DetectionSignal, Entity, Promo } from '@/utils/report';
import { isListing } from '@/utils/article/is-listing';
import { DetectionReasons } from '@/components/DetectionReasons';
import { ArticleHeader } from '@/components/ArticleHeader';
import { EmptyState } from '@/components/EmptyState';
import { EntityList } from '@/components/EntityList';
import { PromoList } from '@/components/PromoList';
import { SetAsideList } from '@/components/SetAsideList';
import { SummaryView } from '@/components/SummaryView';
import { Toggle } from '@/components/Toggle';
import { useFollowedTab } from './use-followed-tab';
import { useTabReport } from './use-tab-report';

type BuiltIn = { state: 'off' | 'loading' | 'done' | 'error'; points: string[]; message: string | null };

export function App() {
  const tabId = useFollowedTab();
  const { state, setState } = useTabReport(tabId);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [focused, setFocused] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [builtIn, setBuiltIn] = useState<BuiltIn>({ state: 'off', points: [], message: null });
  const [repaired, setRepaired] = useState<SettingsField[]>([]);

  useEffect(() => {
    void loadSettingsForReader().then((read) => {
      setSettings(read.settings);
      if (read.repaired.length) setRepaired(read.repaired);
    });
    const offSettings = watchSettings((s, fixed) => {
      setSettings(s);
      if (fixed.length) setRepaired(fixed);
    });
    const offFocus = onMessage('focusEntity', ({ entityId }) => {
      setFocused(entityId);
      document.querySelector(`[data-entity="${CSS.escape(entityId)}"] button`)?.scrollIntoView({ block: 'center' });
    });
    return () => {
      offSettings();
      offFocus();
    };
  }, []);

  const received = state.kind === 'report' ? state.report : null;
  // The content script leaves the summary to the panel: only readers who open it pay for it.
  const report = useMemo(
    () => (received && !received.summary && received.isArticle ? { ...received, summary: summarizeReport(received, settings.summaryLength) } : received),
    [received, settings.summaryLength],
  );

  useEffect(() => {
    if (!settings.builtInSummarizer || !report?.isArticle || !report.text) {
      setBuiltIn({ state: 'off', points: [], message: null });
      return;
    }
    let live = true;
    setBuiltIn({ state: 'loading', points: [], message: t('builtInLoading') });
    void builtInKeyPoints(report.text, report.lang).then((r) => {
      if (!live) return;
      setBuiltIn(r.ok ? { state: 'done', points: r.points, message: null } : { state: 'error', points: [], message: r.reason });
    });
    return () => {
      live = false;
    };
  }, [settings.builtInSummarizer, report?.url, report?.text]);

  const notice = (
    <>
      <SettingsNotice repaired={repaired} t={t} onDismiss={() => setRepaired([])} />
      <SettingsWriteFailure t={t} />
    </>
  );
  if (tabId === null || state.kind === 'loading') {
    return <main aria-busy="true"><EmptyState title={t('loading')} /></main>;
  }
  if (state.kind === 'unreachable') {
    return <main>{notice}<EmptyState title={t('unreachableTitle')} detail={t('unreachableDetail')} /></main>;
  }
  const r = report!;
  const eff = effectiveSettings(settings, r.url);
  const site = siteKey(r.url);

  const analyzeAnyway = async () => {
    setState({ kind: 'loading' });
    const next = await sendToTab(tabId, 'analyzeAnyway', undefined).catch(() => null);
    setState(next ? { kind: 'report', report: next } : { kind: 'unreachable' });
  };
  const jumpToEntity = (e: Entity) => {
    setFocused(e.id);
    void sendToTab(tabId, 'scrollToMention', { entityId: e.id }).catch(() => false);
  };
  const jumpToSentence = (sentence: string) => void sendToTab(tabId, 'scrollToSentence', { sentence }).catch(() => false);
  const showPromo = async (index: number) => {
    const next = await sendToTab(tabId, 'showPromo', { index }).catch(() => null);
    if (next) setState({ kind: 'report', report: next });
  };
  const neverHere = (p: Promo) =>
    void saveSettings((s) => withSiteOverride(s, r.url, { disabledRules: [...new Set([...(effectiveSettings(s, r.url).disabledRules), p.ruleId])] }));
  const setSite = (key: 'highlights' | 'stripping', on: boolean) => void saveSettings((s) => withSiteOverride(s, r.url, { [key]: on }));
  const setGlobal = (key: 'highlights' | 'stripping', on: boolean) => void saveSettings((s) => ({ ...s, [key]: on }));
  const setLength = (length: SummaryLength) => void saveSettings((s) => ({ ...s, summaryLength: length }));
  const copy = async (format: 'text' | 'markdown') => {
    await navigator.clipboard.writeText(summaryAsText(r, format)).then(() => setCopied(true), () => setCopied(false));
    setTimeout(() => setCopied(false), 2000);
  };

  const toggles = (
    <section class="toggles" aria-label={t('togglesTitle')}>
      <h3>{t('togglesTitle')}</h3>
      <Toggle id="site-highlights" label={t('toggleHighlightsSite', site ?? '')} checked={eff.highlights} onChange={(v) => setSite('highlights', v)} />
      <Toggle id="site-stripping" label={t('toggleStrippingSite', site ?? '')} checked={eff.stripping} onChange={(v) => setSite('stripping', v)} />
      <Toggle id="global-highlights" label={t('toggleHighlightsAll')} checked={settings.highlights} onChange={(v) => setGlobal('highlights', v)} />
      <Toggle id="global-stripping" label={t('toggleStrippingAll')} checked={settings.stripping} onChange={(v) => setGlobal('stripping', v)} />
    </section>
  );

  const signalWords = (s: DetectionSignal) => t(`signal_${s.id.replace(/-/g, '_')}`, s.detail ?? '');
  if (!r.isArticle) {
    const listing = isListing(r.detection);
    return (
      <main>
        {notice}
        <EmptyState title={t(listing ? 'listingTitle' : 'noArticleTitle')} detail={t(listing ? 'listingDetail' : 'noArticleDetail')}>
          <button type="button" class="primary" onClick={analyzeAnyway}>{t('analyzeAnyway')}</button>
        </EmptyState>
        <DetectionReasons signals={r.detection.signals} word={signalWords} title={t('signals')} open />
        {toggles}
      </main>
    );
  }

  return (
    <main>
      {notice}
      <ArticleHeader report={r} labels={{
        detected: t('articleDetected'), notDetected: t('noArticleTitle'), signals: t('signals'), language: t('language'), signal: signalWords,
        minutes: t('readingMinutes', String(r.readingMinutes)),
      }} />
      {r.summary && (
        <SummaryView summary={r.summary} lang={r.lang} length={settings.summaryLength} builtIn={builtIn} copied={copied}
          onSentence={jumpToSentence} onCopy={copy} onLength={setLength}
          labels={{
            summary: t('summaryTitle'), keyFacts: t('keyFactsTitle'), publisherPoints: t('publisherPointsTitle'),
            builtIn: t('builtInTitle'), copyText: t('copyText'), copyMarkdown: t('copyMarkdown'), copied: t('copied'),
            length: t('summaryLength'), short: t('lengthShort'), medium: t('lengthMedium'), long: t('lengthLong'), jump: t('jumpToSentence'),
          }} />
      )}
      {r.entities.length > 0 ? (
        <EntityList entities={r.entities} focusedId={focused} onJump={jumpToEntity} labels={{
          companies: t('companiesTitle'), crypto: t('cryptoTitle'),
          mentions: (n) => t('mentions', String(n)), jump: (name) => t('jumpToEntity', name), found: t('foundShort'),
          facts: (e) => [entityFactsLabel(e, t), entityParentLabel(e, t)].filter(Boolean).join(' · ') || null,
        }} />
      ) : <p class="muted">{t('noEntities')}</p>}
      <PromoList promos={r.promos} onShow={showPromo} onNeverHere={neverHere} labels={{
        title: t('hiddenTitle'), show: t('show'), shown: t('shown'), neverHere: t('neverHideHere'), none: t('nothingHidden'),
      }} />
      <SetAsideList setAside={r.setAside ?? []} labels={{
        title: t('setAsideTitle'), hint: t('setAsideHint'), kind: (k) => t(`furniture_${k.replace(/-/g, '_')}`),
      }} />
      {toggles}
    </main>
  );
}
