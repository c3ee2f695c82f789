import { useState } from 'preact/hooks';
import { t } from '@/utils/extension/i18n';
import type { UserRule } from '@/utils/report';

interface Props {
  /** Returns an error message, or null when the rule was added. */
  onAdd: (rule: Omit<UserRule, 'id'>) => string | null;
}

/** Add a user rule: a leading phrase or a CSS selector, for one site or all; errors are shown, not thrown. */
export function UserRuleForm({ onAdd }: Props) {
  const [kind, setKind] = useState<'phrase' | 'selector'>('phrase');
  const [value, setValue] = useState('');
  const [site, setSite] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (e: Event) => {
    e.preventDefault();
    const err = onAdd({ kind, value, site: site.trim() || null });
    setError(err);
    if (!err) {
      setValue('');
      setSite('');
    }
  };
  return (
    <form onSubmit={submit} aria-label={t('addRule')}>
      <label class="field">
        <span>{t('ruleKind')}</span>
        <select value={kind} onChange={(e) => setKind((e.currentTarget as HTMLSelectElement).value as 'phrase' | 'selector')}>
          <option value="phrase">{t('ruleKindPhrase')}</option>
          <option value="selector">{t('ruleKindSelector')}</option>
        </select>
      </label>
      <label class="field">
        <span>{kind === 'phrase' ? t('rulePhrase') : t('ruleSelector')}</span>
        <input type="text" name="value" value={value} aria-invalid={!!error} aria-describedby="rule-error"
          onInput={(e) => setValue((e.currentTarget as HTMLInputElement).value)} />
      </label>
      <label class="field">
        <span>{t('ruleSite')}</span>
        <input type="text" name="site" value={site} placeholder="example.com" onInput={(e) => setSite((e.currentTarget as HTMLInputElement).value)} />
      </label>
      <p id="rule-error" class="error" role="alert">{error ?? ''}</p>
      <button type="submit" class="primary">{t('addRule')}</button>
    </form>
  );
}
