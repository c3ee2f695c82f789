import type { Promo } from '@/utils/report';

interface Props {
  promos: Promo[];
  labels: { title: string; show: string; shown: string; neverHere: string; none: string };
  onShow: (index: number) => void;
  onNeverHere: (promo: Promo) => void;
}

/** What was hidden: a preview of its text, the reason, "show", and "never hide this kind on this site". */
export function PromoList({ promos, labels, onShow, onNeverHere }: Props) {
  return (
    <section class="promos" aria-label={labels.title}>
      <h3>{labels.title}</h3>
      {promos.length === 0 && <p class="muted">{labels.none}</p>}
      <ul>
        {promos.map((p, i) => (
          <li key={`${p.ruleId}-${i}`} data-testid="promo">
            <p class="preview">{p.text.length > 160 ? `${p.text.slice(0, 160)}…` : p.text}</p>
            <p class="reason">{p.reason}</p>
            <div class="actions">
              {p.hidden ? <button type="button" onClick={() => onShow(i)}>{labels.show}</button> : <span class="muted">{labels.shown}</span>}
              <button type="button" class="link" onClick={() => onNeverHere(p)}>{labels.neverHere}</button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
