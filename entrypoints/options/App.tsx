import { useEffect, useState } from 'preact/hooks';
import { loadSettings, loadSettingsForReader, resetSettings, saveSettings, updateSettings, watchSettings } from '@/utils/extension/settings';
import { backupErrorMessage, backupFileName, backupJson, importBackup, type BackupMode } from '@/utils/extension/backup';
import type { SettingsField } from '@/utils/extension/settings-schema';
import { DEFAULT_SETTINGS, type QuoteProvider, type Settings } from '@/utils/extension/site-settings';
import type { UserRule } from '@/utils/report';
import { siteKey } from '@/utils/host';
import { validateUserRule } from '@/utils/promo';
import { summarizerAvailability } from '@/utils/summary/chrome-summarizer';
import { t } from '@/utils/extension/i18n';
import { Toggle } from '@/components/Toggle';
import { UserRuleForm } from '@/components/UserRuleForm';
import { SettingsNotice } from '@/components/SettingsNotice';
import { SettingsWriteFailure } from '@/components/SettingsWriteFailure';

export function App() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [availability, setAvailability] = useState<string>('unsupported');
  const [repaired, setRepaired] = useState<SettingsField[]>([]);
  const [resetStep, setResetStep] = useState<'idle' | 'confirm' | 'done'>('idle');
  const [backupMode, setBackupMode] = useState<BackupMode>('merge');
  const [imported, setImported] = useState<{ ok: boolean; text: string } | null>(null);

  useEffect(() => {
    void loadSettingsForReader().then((read) => {
      setSettings(read.settings);
      if (read.repaired.length) setRepaired(read.repaired);
    });
    void summarizerAvailability().then(setAvailability);
    return watchSettings((s, fixed) => {
      setSettings(s);
      if (fixed.length) setRepaired(fixed);
    });
  }, []);

  // A refused write is shown by <SettingsWriteFailure> (saveSettings reports it); the page keeps what is stored.
  const save = (change: (s: Settings) => Settings) => void saveSettings(change).then((s) => s && setSettings(s));
  // Writes the defaults without reading the item first: it works however corrupt the item is.
  const reset = () => void resetSettings().then((s) => {
    setSettings(s);
    setRepaired([]);
    setResetStep('done');
  }, () => setResetStep('idle'));
  const exportFile = async () => {
    // What is stored, not what this page shows: another page may have changed it since.
    const url = URL.createObjectURL(new Blob([backupJson(await loadSettings())], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = backupFileName();
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  };
  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = ''; // the same file can be chosen again
    if (!file) return;
    setImported(null);
    const text = await file.text().catch(() => null);
    const result = text === null
      ? ({ ok: false, error: 'notJson', fields: [] } as const)
      : await importBackup(text, backupMode, { load: loadSettings, update: updateSettings });
    if (result.ok) {
      setSettings(result.settings);
      setImported({ ok: true, text: t('backupImported', [String(Object.keys(result.settings.sites).length), String(result.settings.userRules.length)]) });
    } else {
      setImported({ ok: false, text: backupErrorMessage(result.error, result.fields, t) });
    }
  };
  const addRule = (rule: Omit<UserRule, 'id'>): string | null => {
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
      <SettingsNotice repaired={repaired} t={t} onDismiss={() => setRepaired([])} />
      <SettingsWriteFailure t={t} />
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
      <section aria-labelledby="backup">
        <h3 id="backup">{t('backupTitle')}</h3>
        <p class="muted">{t('backupHelp')}</p>
        <p class="actions">
          <button type="button" data-testid="export-settings" onClick={() => void exportFile()}>{t('backupExport')}</button>
        </p>
        <fieldset>
          <legend>{t('backupModeLegend')}</legend>
          <label>
            <input type="radio" name="backup-mode" value="merge" data-testid="import-merge" checked={backupMode === 'merge'} onChange={() => setBackupMode('merge')} />{' '}
            {t('backupMerge')}
          </label>
          <label>
            <input type="radio" name="backup-mode" value="replace" data-testid="import-replace" checked={backupMode === 'replace'} onChange={() => setBackupMode('replace')} />{' '}
            {t('backupReplace')}
          </label>
        </fieldset>
        <label class="field">
          <span>{t('backupImport')}</span>
          <input type="file" accept="application/json,.json" data-testid="import-settings"
            onChange={(e) => void importFile(e.currentTarget as HTMLInputElement)} />
        </label>
        {imported && (
          <p role={imported.ok ? 'status' : 'alert'} class={imported.ok ? undefined : 'error'} data-testid="import-result">{imported.text}</p>
        )}
      </section>
      <section aria-labelledby="reset">
        <h3 id="reset">{t('resetSettingsTitle')}</h3>
        <p class="muted">{t('resetSettingsHelp')}</p>
        {resetStep === 'confirm' ? (
          <p class="actions">
            <button type="button" class="danger" data-testid="reset-confirm" onClick={reset}>{t('resetSettingsConfirm')}</button>{' '}
            <button type="button" onClick={() => setResetStep('idle')}>{t('cancel')}</button>
          </p>
        ) : (
          <button type="button" data-testid="reset-settings" onClick={() => setResetStep('confirm')}>{t('resetSettings')}</button>
        )}
        {resetStep === 'done' && <p role="status">{t('resetSettingsDone')}</p>}
      </section>
    </main>
  );
}
