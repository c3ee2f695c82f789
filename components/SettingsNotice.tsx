import type { SettingsField } from '@/utils/extension/settings-schema';
import { repairedNotice } from '@/utils/extension/settings-schema';

interface Props {
  repaired: readonly SettingsField[];
  t: (key: string, substitutions?: string | string[]) => string;
  onDismiss: () => void;
}

/** Tells the reader that unreadable settings were put back to their defaults (panel and options page). */
export function SettingsNotice({ repaired, t, onDismiss }: Props) {
  const text = repairedNotice(repaired, t);
  if (!text) return null;
  return (
    <div class="notice" role="status" data-testid="settings-repaired">
      <p>{text}</p>
      <button type="button" class="link" onClick={onDismiss}>{t('dismiss')}</button>
    </div>
  );
}
