import type { Summary } from '@/utils/report';
import type { SummaryLength } from '@/utils/extension/site-settings';

interface Props {
  summary: Summary;
  lang: string | null;
  length: SummaryLength;
  builtIn: { state: 'off' | 'loading' | 'done' | 'error'; points: string[]; message: string | null };
  labels: {
    summary: string; publisherPoints: string; fromArticle: string; builtIn: string; copyText: string; copyMarkdown: string;
    copied: string; length: string; short: string; medium: string; long: string; jump: string;
  };
  copied: boolean;
  onSentence: (sentence: string) => void;
  onCopy: (format: 'text' | 'markdown') => void;
  onLength: (length: SummaryLength) => void;
}

/**
 * The summary: the publisher's own key points when the article has them, then Lede's sentences (each jumps
 * to the page), the length, copying, and the built-in model's points when asked for. Page text keeps the
 * page's language (`lang`); the rest is the reader's.
 */
export function SummaryView({ summary, lang, length, builtIn, labels, copied, onSentence, onCopy, onLength }: Props) {
  return (
    <section class="summary" aria-labelledby="summary-title">
      <div class="section-head">
        <h2 id="summary-title">{labels.summary}</h2>
        <label class="length">
          <span class="visually-hidden">{labels.length}</span>
          <select value={length} aria-label={labels.length} onChange={(e) => onLength((e.currentTarget as HTMLSelectElement).value as SummaryLength)}>
            <option value="short">{labels.short}</option>
            <option value="medium">{labels.medium}</option>
            <option value="long">{labels.long}</option>
          </select>
        </label>
      </div>
      {summary.publisherPoints.length > 0 && (
        <div class="publisher-points">
          <h3>{labels.publisherPoints}</h3>
          <ul lang={lang ?? undefined} data-testid="publisher-points">{summary.publisherPoints.map((p) => <li key={p}>{p}</li>)}</ul>
        </div>
      )}
      {summary.publisherPoints.length > 0 && <h3>{labels.fromArticle}</h3>}
      <ol class="sentences" lang={lang ?? undefined} data-testid="summary">
        {summary.sentences.map((s) => (
          <li key={s}>
            <button type="button" class="sentence" title={labels.jump} onClick={() => onSentence(s)}>{s}</button>
          </li>
        ))}
      </ol>
      <div class="copy">
        <button type="button" onClick={() => onCopy('text')}>{labels.copyText}</button>
        <button type="button" onClick={() => onCopy('markdown')}>{labels.copyMarkdown}</button>
        <span role="status" class="muted">{copied ? labels.copied : ''}</span>
      </div>
      {builtIn.state !== 'off' && (
        <div class="built-in" aria-busy={builtIn.state === 'loading'}>
          <h3>{labels.builtIn}</h3>
          {builtIn.message && <p class="muted">{builtIn.message}</p>}
          <ul lang={lang ?? undefined}>{builtIn.points.map((p) => <li key={p}>{p}</li>)}</ul>
        </div>
      )}
    </section>
  );
}
