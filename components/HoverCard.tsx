import type { Entity } from '@/utils/report';
import { listingLabel } from '@/utils/extension/listing-label';

export interface HoverCardProps {
  entity: Entity;
  quoteHref: string | null;
  labels: {
    company: string; crypto: string; index?: string; mentions: string; quote: string; openPanel: string; close: string;
    foundInText?: string; alsoListed?: string; facts?: string | null; parent?: string | null;
  };
  onOpenPanel: () => void;
  onClose: () => void;
}

/** The kind's word: a company, a crypto asset, or a stock index (when the recogniser reports one). */
function kindLabel(kind: string, labels: HoverCardProps['labels']): string {
  if (kind === 'crypto') return labels.crypto;
  if (kind === 'index' && labels.index) return labels.index;
  return labels.company;
}

/**
 * Who a highlighted name is: its name; ticker and exchange; kind, sector and country (what the gazetteer
 * knows, in the reader's language); parent; how often the article names it; the quote link and the panel.
 */
export function HoverCard({ entity, quoteHref, labels, onOpenPanel, onClose }: HoverCardProps) {
  const what = [kindLabel(entity.kind, labels), labels.facts].filter(Boolean).join(' · ');
  return (
    <div class={`card ${entity.kind}`} role="dialog" aria-label={entity.name}
      onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div class="head">
        <strong class="name">{entity.name}</strong>
        <button type="button" class="close" aria-label={labels.close} onClick={onClose}>×</button>
      </div>
      {entity.ticker && <div class="ticker">{listingLabel({ ticker: entity.ticker, exchange: entity.exchange })}</div>}
      <div class="sub"><span class="kind">{what}</span></div>
      {labels.parent && <div class="parent">{labels.parent}</div>}
      {entity.foundBy && labels.foundInText && <div class="found">{labels.foundInText}</div>}
      {entity.alsoListed && labels.alsoListed && <div class="also">{labels.alsoListed}</div>}
      <div class="count">{labels.mentions}</div>
      <div class="actions">
        {quoteHref && <a href={quoteHref} target="_blank" rel="noopener noreferrer">{labels.quote}</a>}
        <button type="button" onClick={onOpenPanel}>{labels.openPanel}</button>
      </div>
    </div>
  );
}

export const HOVER_CARD_CSS = `
:host { all: initial; }
.card { position: fixed; z-index: 2147483647; max-width: 300px; min-width: 200px; box-sizing: border-box; overflow-wrap: anywhere;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1f23; background: #fff;
  border: 1px solid #d0d7de; border-left: 4px solid #e0b400; border-radius: 8px; padding: 8px 10px;
  box-shadow: 0 6px 24px rgba(0,0,0,.18); }
.card.crypto { border-left-color: #3b8ad9; }
.head { display: flex; justify-content: space-between; gap: 8px; align-items: start; }
.name { font-size: 14px; }
.sub { color: #57606a; margin-top: 2px; }
.ticker { font-family: ui-monospace, monospace; margin-top: 2px; }
.count, .found, .also, .facts, .parent { color: #57606a; margin-top: 2px; }
.actions { display: flex; gap: 10px; align-items: center; margin-top: 8px; }
a { color: #0b6e4f; }
button { font: inherit; color: inherit; background: #f6f8fa; border: 1px solid #d0d7de; border-radius: 6px; padding: 2px 8px; cursor: pointer; }
button.close { background: none; border: none; font-size: 16px; line-height: 1; padding: 0 2px; }
:focus-visible { outline: 2px solid #1a73e8; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .card { color: #e8eaed; background: #202327; border-color: #3a3f45; }
  .sub, .count, .found, .also, .facts, .parent { color: #a3abb3; }
  a { color: #5cc9a0; }
  button { background: #2b2f34; border-color: #3a3f45; }
}`;
