import type { DetectionSignal } from '@/utils/report';

interface Props {
  signals: DetectionSignal[];
  /** The signal in the reader's words. */
  word: (s: DetectionSignal) => string;
  /** The disclosure's own line: "Why" on a page that is not an article, "Article detected: why?" on one. */
  title: string;
  /** Open by default (the non-article page, where the reasons are the answer). */
  open?: boolean;
  testId?: string;
}

/** What spoke for and against the page being one article, strongest first, in words. */
export function DetectionReasons({ signals, word, title, open, testId }: Props) {
  if (signals.length === 0) return null;
  const sorted = [...signals].sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  return (
    <details class="signals" open={open}>
      <summary data-testid={testId}>{title}</summary>
      <ul>
        {sorted.map((s) => (
          <li key={`${s.id}-${s.detail ?? ''}`} class={s.weight > 0 ? 'for' : s.weight < 0 ? 'against' : undefined} data-signal={s.id}>
            <span aria-hidden="true">{s.weight > 0 ? '+ ' : s.weight < 0 ? '− ' : '· '}</span>
            {word(s)}
          </li>
        ))}
      </ul>
    </details>
  );
}
