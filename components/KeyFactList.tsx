import type { KeyFact } from '@/utils/report';

interface Props {
  facts: KeyFact[];
  lang: string | null;
  labels: { title: string; jump: string };
  onFact: (clause: string) => void;
}

/**
 * Key facts: each a clause of the article as it reads there, its figure in bold; a click shows it on the
 * page. Nothing when the article gives none the summary does not already say.
 */
export function KeyFactList({ facts, lang, labels, onFact }: Props) {
  if (facts.length === 0) return null;
  return (
    <section class="key-facts" aria-labelledby="facts-title">
      <h2 id="facts-title">{labels.title}</h2>
      <ul lang={lang ?? undefined} data-testid="key-facts">
        {facts.map((f, i) => {
          const at = f.sentence.indexOf(f.text);
          return (
            <li key={`${f.text}-${i}`}>
              <button type="button" class="fact-line" title={labels.jump} onClick={() => onFact(f.sentence)}>
                {at < 0 ? f.sentence : <>{f.sentence.slice(0, at)}<strong class={`fact ${f.kind}`}>{f.text}</strong>{f.sentence.slice(at + f.text.length)}</>}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
