import type { Entity } from '@/utils/report';
import { listingLabel } from '@/utils/extension/listing-label';

interface Props {
  entities: Entity[];
  focusedId: string | null;
  labels: { companies: string; crypto: string; mentions: (n: number) => string; jump: (name: string) => string; found?: string; facts?: (e: Entity) => string | null };
  onJump: (entity: Entity) => void;
}

function Group({ title, items, props }: { title: string; items: Entity[]; props: Props }) {
  if (items.length === 0) return null;
  return (
    <section class="entities" aria-label={title}>
      <h2>{title}</h2>
      <ul>
        {items.map((e) => (
          <li key={e.id} class={e.id === props.focusedId ? 'focused' : undefined} data-entity={e.id}>
            <button type="button" class={`entity ${e.kind}`} title={props.labels.jump(e.name)} onClick={() => props.onJump(e)}>
              <span class="name">{e.name}</span>
              {e.ticker && <span class="ticker">{listingLabel({ ticker: e.ticker, exchange: e.exchange })}</span>}
              {e.foundBy && props.labels.found && <span class="found" title={e.foundBy.words}>{props.labels.found}</span>}
              <span class="count">{props.labels.mentions(e.mentions.length)}</span>
              {props.labels.facts?.(e) && <span class="facts">{props.labels.facts(e)}</span>}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Companies with their tickers, then crypto assets, with mention counts; a click jumps to the next mention. */
export function EntityList(props: Props) {
  const companies = props.entities.filter((e) => e.kind === 'company');
  const crypto = props.entities.filter((e) => e.kind === 'crypto');
  return (
    <>
      <Group title={props.labels.companies} items={companies} props={props} />
      <Group title={props.labels.crypto} items={crypto} props={props} />
    </>
  );
}
