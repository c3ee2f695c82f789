import { useEffect, useState } from 'preact/hooks';
import { loadSettings, updateSettings, watchSettings } from '@/utils/settings';
import { DEFAULT_SETTINGS, siteKey, type QuoteProvider, type Settings, type UserRuleSetting } from '@/utils/site-settings';
import { validateUserRule } from '@/utils/promo';
import { summarizerAvailability } from '@/utils/summary/chrome-summarizer';
import { t } from '@/utils/i18n';
import { Toggle } from '@/components/Toggle';
import { UserRuleForm } from '@/components/UserRuleForm';

export function App() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [availability, setAvailability] = useState<string>('unsupported');

  useEffect(() => {
    void loadSettings().then(setSettings);
    void summarizerAvailability().then(setAvailability);
    return watchSettings(setSettings);
  }, []);

  const save = (change: (s: Settings) => Settings) => void updateSettings(change).then(setSettings);
  const addRule = (rule: Omit<UserRuleSetting, 'id'>): string | null => {
    const check = validateUserRule({ ...rule, site: rule.site ? siteKey(rule.site) : null }, document);
    if (!check.ok) return check.error;
    save((s) => ({ ...s, userRules: [...s.userRules, { ...rule, site: rule.site ? siteKey(rule.site) : null, id: crypto.randomUUID() }] }));
    return null;
  };
  const removeRule = (id: string) => save((s) => ({ ...s, userRules: s.userRules.filter((r) => r.id !== id) }));
  const summarizerNote = availability === 'available' ? t('builtInAvailable') : t(`builtIn_${availability}`);

  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <section aria-labelledby="general">
        <h3 id="general">{t('togglesTitle')}</h3>
        <Toggle id="opt-highlights" label={t('toggleHighlightsAll')} checked={settings.highlights} onChange={(v) => save((s) => ({ ...s, highlights: v }))} />
        <Toggle id="opt-stripping" label={t('toggleStrippingAll')} checked={settings.stripping} onChange={(v) => save((s) => ({ ...s, stripping: v }))} />
        <label class="field">
          <span>{t('quoteProvider')}</span>
          <select value={settings.quoteProvider} onChange={(e) => save((s) => ({ ...s, quoteProvider: (e.currentTarget as HTMLSelectElement).value as QuoteProvider }))}>
            <option value="google">Google Finance</option>
            <option value="yahoo">Yahoo Finance</option>
            <option value="tradingview">TradingView</option>
          </select>
        </label>
        <Toggle id="opt-builtin" label={t('builtInOption')} hint={summarizerNote} checked={settings.builtInSummarizer}
          onChange={(v) => save((s) => ({ ...s, builtInSummarizer: v }))} />
      </section>
      <section aria-labelledby="rules">
        <h3 id="rules">{t('userRulesTitle')}</h3>
        <p class="muted">{t('userRulesHelp')}</p>
        <ul data-testid="user-rules">
          {settings.userRules.map((r) => (
            <li key={r.id}>
              <code>{r.kind === 'phrase' ? `“${r.value}”` : r.value}</code> — {r.site ?? t('allSites')}{' '}
              <button type="button" class="link" onClick={() => removeRule(r.id)}>{t('remove')}</button>
            </li>
          ))}
        </ul>
        <UserRuleForm onAdd={addRule} />
      </section>
      {Object.keys(settings.sites).length > 0 && (
        <section aria-labelledby="sites">
          <h3 id="sites">{t('siteChoicesTitle')}</h3>
          <ul>
            {Object.entries(settings.sites).map(([host, o]) => (
              <li key={host}>
                <strong>{host}</strong>: {[
                  o.highlights !== undefined ? `${t('highlightsWord')} ${o.highlights ? '✓' : '✗'}` : null,
                  o.stripping !== undefined ? `${t('strippingWord')} ${o.stripping ? '✓' : '✗'}` : null,
                  o.disabledRules?.length ? `${t('keptKinds')}: ${o.disabledRules.join(', ')}` : null,
                ].filter(Boolean).join(' · ')}{' '}
                <button type="button" class="link" onClick={() => save((s) => {
                  const sites = { ...s.sites };
                  delete sites[host];
                  return { ...s, sites };
                })}>{t('reset')}</button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}
