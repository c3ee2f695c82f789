import type { ComponentChildren } from 'preact';
import type { PromoGroup } from './promo-kinds';
import { preview } from './SetAsideList';

interface Props {
  groups: PromoGroup[];
  /** How many blocks were hidden in all. */
  total: number;
  labels: {
    title: string; show: string; shown: string; neverHere: string; none: string;
    reason: (g: PromoGroup) => string;
    same: (n: number) => string;
  };
  onShow: (indexes: number[]) => void;
  onNeverHere: (group: PromoGroup) => void;
  /** What the last "never hide" click did, with its undo. */
  notice?: ComponentChildren;
}

/** A group of more than this many blocks starts closed: its reason and count say enough. */
const OPEN_UP_TO = 3;

/**
 * What was hidden, grouped by kind with a count: each group opens on its blocks (identical ones as one line,
 * "×110"), each with "Show"; "Never hide this kind on this site" turns the kind off here.
 */
export function PromoList({ groups, total, labels, onShow, onNeverHere, notice }: Props) {
  return (
    <section class="promos" aria-labelledby="promos-title">
      <h2 id="promos-title">{labels.title}{total > 0 && <span class="count"> ({total})</span>}</h2>
      {notice}
      {groups.length === 0 && <p class="muted">{labels.none}</p>}
      <ul class="groups">
        {groups.map((g) => (
          <li key={g.key} class="group" data-testid="promo-group" data-kind={g.kind}>
            <details open={g.count <= OPEN_UP_TO}>
              <summary>
                <span class="reason">{labels.reason(g)}</span> <span class="count">{g.count}</span>
              </summary>
              <ul>
                {g.lines.map((l) => (
                  <li key={l.indexes[0]} data-testid="promo">
                    <p class="preview">
                      {preview(l.text, 140)}
                      {l.indexes.length > 1 && <span class="muted"> ({labels.same(l.indexes.length)})</span>}
                    </p>
                    <div class="actions">
                      {l.hidden ? <button type="button" onClick={() => onShow(l.indexes)}>{labels.show}</button> : <span class="muted">{labels.shown}</span>}
                    </div>
                  </li>
                ))}
              </ul>
              <button type="button" class="link never" onClick={() => onNeverHere(g)}>{labels.neverHere}</button>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
