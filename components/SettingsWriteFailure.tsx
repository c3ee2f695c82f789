import { useEffect, useState } from 'preact/hooks';
import { dismissWriteFailure, lastWriteFailure, watchWriteFailures, type WriteFailure } from '@/utils/extension/settings';

type Translate = (key: string, substitutions?: string | string[]) => string;

/** The reader's sentence for a refused write, in their language, with the browser's own words in brackets. */
export function writeFailureMessage(f: WriteFailure, t: Translate): string {
  return t(f.quota ? 'settingsWriteFailedQuota' : 'settingsWriteFailed', f.detail);
}

/**
 * The write failure to show: the last one not dismissed (a failure in the background, from the toolbar
 * menu or a keyboard command, is shown when a page opens), then each new one. Dismissing clears it for
 * every page.
 */
export function useWriteFailure(): [WriteFailure | null, () => void] {
  const [failure, setFailure] = useState<WriteFailure | null>(null);
  useEffect(() => {
    let live = true;
    lastWriteFailure().then((f) => {
      if (live && f) setFailure((shown) => shown ?? f);
    }, () => {});
    const off = watchWriteFailures((f) => setFailure(f));
    return () => {
      live = false;
      off();
    };
  }, []);
  const dismiss = () => {
    setFailure(null);
    // Only the record of an old failure: if it cannot be removed, it shows again next time, nothing worse.
    dismissWriteFailure().catch(() => {});
  };
  return [failure, dismiss];
}

interface Props {
  failure: WriteFailure | null;
  t: Translate;
  onDismiss: () => void;
}

/** A settings change the browser did not store (panel and options page). */
export function WriteFailureNotice({ failure, t, onDismiss }: Props) {
  if (!failure) return null;
  return (
    <div class="notice error" role="alert" data-testid="settings-write-failed">
      <p>{writeFailureMessage(failure, t)}</p>
      <button type="button" class="link" onClick={onDismiss}>{t('dismiss')}</button>
    </div>
  );
}

/** The hook and the notice together: mount once near the top of a page. */
export function SettingsWriteFailure({ t }: { t: Translate }) {
  const [failure, dismiss] = useWriteFailure();
  return <WriteFailureNotice failure={failure} t={t} onDismiss={dismiss} />;
}
