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
import { formatDate, languageName, t, uiLanguage } from '@/utils/extension/i18n';
import { entityFactsLabel, entityParentLabel } from '@/utils/extension/entity-facts-label';
import type { Entity } from '@/utils/report';
import { isListing } from '@/utils/article/is-listing';
import { DetectionReasons } from '@/components/DetectionReasons';
import { ArticleHeader } from '@/components/ArticleHeader';
import { EmptyState } from '@/components/EmptyState';
import { EntityList } from '@/components/EntityList';
import { FeatureSettings, type Feature } from '@/components/FeatureSettings';
import { KeyFactList } from '@/components/KeyFactList';
import { PanelBrand } from '@/components/PanelBrand';
import { PromoList } from '@/components/PromoList';
import { SetAsideList } from '@/components/SetAsideList';
import { SummaryView } from '@/components/SummaryView';
import { followNeverHide, startNeverHide, type NeverHide } from '@/components/never-hide';
import { groupPromos, promoReason, type PromoGroup } from '@/components/promo-kinds';
import { signalLabel } from '@/components/signal-words';
import { useFollowedTab } from './use-followed-tab';
import { useTabReport } from './use-tab-report';

type BuiltIn = { state: 'off' | 'loading' | 'done' | 'error'; points: string[]; message: string | null };

/** Adds rule ids to the site's disabled rules (or puts back a list), through the settings' one writer. */
function writeDisabledRules(url: string | null, change: (current: string[]) => string[]) {
  return saveSettings((s) => withSiteOverride(s, url, { disabledRules: change(effectiveSettings(s, url).disabledRules) }));
}

export function App() {
  const tabId = useFollowedTab();
  const { state, setState } = useTabReport(tabId);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [focused, setFocused] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [builtIn, setBuiltIn] = useState<BuiltIn>({ state: 'off', points: [], message: null });
  const [repaired, setRepaired] = useState<SettingsField[]>([]);
  const [neverHide, setNeverHide] = useState<NeverHide | null>(null);
  const locale = useMemo(uiLanguage, []);

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

  // "Never hide": each new run of the page may show the block claimed by a rule that was behind the first.
  useEffect(() => {
    if (!neverHide || !received) return;
    const { more, next } = followNeverHide(received.promos, received.url, neverHide);
    if (more.length === 0) return;
    setNeverHide(next);
    void writeDisabledRules(next.url, (current) => [...new Set([...current, ...more])]);
  }, [received]);

  const notice = (
    <>
      <SettingsNotice repaired={repaired} t={t} onDismiss={() => setRepaired([])} />
      <SettingsWriteFailure t={t} />
    </>
  );
  const brand = <PanelBrand name={t('extName')} />;
  if (tabId === null || state.kind === 'loading') {
    return <main aria-busy="true">{brand}<EmptyState title={t('loading')} /></main>;
  }
  if (state.kind === 'unreachable') {
    return <main>{brand}{notice}<EmptyState title={t('unreachableTitle')} detail={t('unreachableDetail')} /></main>;
  }
  const r = report!;
  const eff = effectiveSettings(settings, r.url);
  const site = siteKey(r.url);
  const siteOverride = (site && Object.hasOwn(settings.sites, site) && settings.sites[site]) || {};

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
  const showPromos = async (indexes: number[]) => {
    let next = null;
    for (const index of indexes) next = (await sendToTab(tabId, 'showPromo', { index }).catch(() => null)) ?? next;
    if (next) setState({ kind: 'report', report: next });
  };
  const neverHere = (g: PromoGroup) => {
    const indexes = g.lines.flatMap((l) => l.indexes);
    setNeverHide(startNeverHide(r.url, r.promos, indexes, g.ruleIds, eff.disabledRules));
    void writeDisabledRules(r.url, (current) => [...new Set([...current, ...g.ruleIds])]);
  };
  const undoNeverHide = () => {
    if (!neverHide) return;
    const { url, before } = neverHide;
    setNeverHide(null);
    void writeDisabledRules(url, () => before);
  };
  // An exception is the opposite of the choice for every site: withSiteOverride drops one equal to it.
  const setHere = (f: Feature, on: boolean) => void saveSettings((s) => withSiteOverride(s, r.url, { [f]: on }));
  const setEverywhere = (f: Feature, on: boolean) => void saveSettings((s) => withSiteOverride({ ...s, [f]: on }, r.url, {}));
  const removeException = (f: Feature) => void saveSettings((s) => withSiteOverride(s, r.url, { [f]: s[f] }));
  const setLength = (length: SummaryLength) => void saveSettings((s) => ({ ...s, summaryLength: length }));
  const copy = async (format: 'text' | 'markdown') => {
    await navigator.clipboard.writeText(summaryAsText(r, format)).then(() => setCopied(true), () => setCopied(false));
    setTimeout(() => setCopied(false), 2000);
  };

  const onOff = (on: boolean) => t(on ? 'stateOn' : 'stateOff');
  const settingsSection = (
    <FeatureSettings site={site}
      features={(['highlights', 'stripping'] as const).map((f) => ({
        feature: f, here: eff[f], everywhere: settings[f], exception: siteOverride[f] !== undefined && siteOverride[f] !== settings[f],
      }))}
      labels={{
        title: t('togglesTitle'),
        here: (f) => t(f === 'highlights' ? 'toggleHighlightsSite' : 'toggleStrippingSite', site ?? ''),
        everywhere: (f) => t(f === 'highlights' ? 'toggleHighlightsAll' : 'toggleStrippingAll'),
        same: t('settingSame'),
        exception: (everywhere) => t('settingException', [site ?? '', onOff(everywhere)]),
        removeException: t('settingRemoveException'),
        everySite: t('settingEverySite'),
      }}
      onHere={setHere} onEverywhere={setEverywhere} onRemoveException={removeException} />
  );

  const signalWords = (s: Parameters<typeof signalLabel>[0]) => signalLabel(s, t);
  if (!r.isArticle) {
    const listing = isListing(r.detection);
    return (
      <main>
        {brand}
        {notice}
        <EmptyState title={t(listing ? 'listingTitle' : 'noArticleTitle')} detail={t(listing ? 'listingDetail' : 'noArticleDetail')}>
          <button type="button" class="primary" onClick={analyzeAnyway}>{t('analyzeAnyway')}</button>
        </EmptyState>
        <DetectionReasons signals={r.detection.signals} word={signalWords} title={t('signals')} open />
        {settingsSection}
      </main>
    );
  }

  const siteName = r.siteName ?? site ?? '';
  const groups = groupPromos(r.promos, settings.userRules);
  const kindsTurnedOff = neverHide
    ? [...new Set(neverHide.turnedOff.map((id) => promoReason({ ruleId: id, reason: r.promos.find((p) => p.ruleId === id)?.reason ?? '' }, t, siteName, settings.userRules)))]
    : [];
  const neverHideNotice = neverHide && neverHide.url === r.url && (
    <div class="notice" role="status" data-testid="never-hide-notice">
      <p>{t('neverHideDone', [site ?? siteName, kindsTurnedOff.join(' · ')])}</p>
      <button type="button" class="link" onClick={undoNeverHide}>{t('undo')}</button>
    </div>
  );

  return (
    <main>
      {brand}
      {notice}
      <ArticleHeader report={r} labels={{
        date: formatDate(r.publishedTime, locale),
        minutes: r.readingMinutes > 0 ? t('readingMinutes', String(r.readingMinutes)) : null,
        language: r.lang ? t('articleLanguage', languageName(r.lang, locale)) : null,
      }}>
        <DetectionReasons signals={r.detection.signals} word={signalWords} title={t('whyArticle')} testId="verdict" />
      </ArticleHeader>
      {r.summary && (
        <SummaryView summary={r.summary} lang={r.lang} length={settings.summaryLength} builtIn={builtIn} copied={copied}
          onSentence={jumpToSentence} onCopy={copy} onLength={setLength}
          labels={{
            summary: t('summaryTitle'), publisherPoints: t('publisherPointsTitle'), fromArticle: t('ledeSummaryTitle'),
            builtIn: t('builtInTitle'), copyText: t('copyText'), copyMarkdown: t('copyMarkdown'), copied: t('copied'),
            length: t('summaryLength'), short: t('lengthShort'), medium: t('lengthMedium'), long: t('lengthLong'), jump: t('jumpToSentence'),
          }} />
      )}
      {r.entities.length > 0 ? (
        <EntityList entities={r.entities} focusedId={focused} onJump={jumpToEntity} labels={{
          companies: t('companiesTitle'), crypto: t('cryptoTitle'),
          mentions: (n) => t('mentions', String(n)), jump: (name) => t('jumpToEntity', name), found: t('foundShort'),
          facts: (e) => [entityFactsLabel(e, t, locale), entityParentLabel(e, t)].filter(Boolean).join(' · ') || null,
        }} />
      ) : <p class="muted">{t('noEntities')}</p>}
      {r.summary && <KeyFactList facts={r.summary.keyFacts} lang={r.lang} labels={{ title: t('keyFactsTitle'), jump: t('jumpToSentence') }} onFact={jumpToSentence} />}
      <PromoList groups={groups} total={r.promos.length} onShow={showPromos} onNeverHere={neverHere} notice={neverHideNotice}
        labels={{
          title: t('hiddenTitle'), show: t('show'), shown: t('shown'), neverHere: t('neverHideHere'), none: t('nothingHidden'),
          reason: (g) => promoReason(g.first, t, siteName, settings.userRules),
          same: (n) => t('sameBlocks', String(n)),
        }} />
      <SetAsideList setAside={r.setAside ?? []} labels={{
        title: t('setAsideTitle'), hint: t('setAsideHint'), kind: (k) => t(`furniture_${k.replace(/-/g, '_')}`),
      }} />
      {settingsSection}
    </main>
  );
}

