import type { FurnitureKind, SetAside } from '@/utils/report';

interface Props {
  setAside: SetAside[];
  labels: { title: string; hint: string; kind: (kind: FurnitureKind) => string };
}

/** A preview cut on a word boundary, never mid-word. */
export function preview(text: string, max = 120): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/u, '')}…`;
}

/**
 * What Lede left on the page but did not read (captions, bylines, datelines…): grouped by kind, closed by
 * default. The summary, key facts and companies come from the rest.
 */
export function SetAsideList({ setAside, labels }: Props) {
  if (setAside.length === 0) return null;
  const byKind = new Map<FurnitureKind, string[]>();
  for (const s of setAside) byKind.set(s.kind, [...(byKind.get(s.kind) ?? []), s.text]);
  return (
    <section class="set-aside" aria-label={labels.title}>
      <details>
        <summary>{labels.title} ({setAside.length})</summary>
        <p class="muted">{labels.hint}</p>
        <ul>
          {[...byKind].map(([kind, texts]) => (
            <li key={kind} data-testid="set-aside">
              <strong>{labels.kind(kind)}</strong> <span class="muted">({texts.length})</span>
              <ul>{texts.map((text, i) => <li key={i}>{preview(text)}</li>)}</ul>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
