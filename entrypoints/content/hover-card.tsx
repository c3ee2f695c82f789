import { render } from 'preact';
import { HoverCard, HOVER_CARD_CSS } from '@/components/HoverCard';
import { quoteUrl, type QuoteProvider } from '@/utils/extension/site-settings';
import { sendToExtension } from '@/utils/extension/messaging';
import { t, uiLanguage } from '@/utils/extension/i18n';
import { entityFactsLabel, entityParentLabel } from '@/utils/extension/entity-facts-label';
import type { Entity } from '@/utils/report';
import { listingsLabel } from '@/utils/extension/listing-label';

/**
 * The hover card's host: a custom element under <html> (outside <body>, so the page's body is untouched)
 * with a shadow root; styles through a constructed stylesheet (no <style>: strict-CSP pages).
 * Mounted while highlights are on, removed when they are off.
 */
export class HoverCardHost {
  private host: HTMLElement | null = null;
  private root: ShadowRoot | null = null;
  private current: string | null = null;

  constructor(private readonly doc: Document) {}

  private mount(): ShadowRoot {
    if (this.root && this.host?.isConnected) return this.root;
    const host = this.doc.createElement('lede-card');
    const root = host.attachShadow({ mode: 'open' });
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(HOVER_CARD_CSS);
      root.adoptedStyleSheets = [sheet];
    } catch {
      const style = this.doc.createElement('style');
      style.textContent = HOVER_CARD_CSS;
      root.append(style);
    }
    this.doc.documentElement.append(host);
    this.host = host;
    this.root = root;
    return root;
  }

  get openEntity(): string | null {
    return this.current;
  }

  contains(node: EventTarget | null): boolean {
    return !!node && node === this.host;
  }

  show(entity: Entity, rect: DOMRect, provider: QuoteProvider, focus = false): void {
    const root = this.mount();
    this.current = entity.id;
    const width = 300;
    const view = this.doc.defaultView!;
    const left = Math.max(8, Math.min(rect.left, view.innerWidth - width - 8));
    const below = rect.bottom + 6;
    const top = below + 140 > view.innerHeight ? Math.max(8, rect.top - 146) : below;
    const container = root.querySelector('div.pos') ?? root.appendChild(this.doc.createElement('div'));
    container.className = 'pos';
    render(
      <div style={{ position: 'fixed', left: `${left}px`, top: `${top}px`, zIndex: 2147483647 }}>
        <HoverCard entity={entity} quoteHref={entity.ticker ? quoteUrl(provider, entity.ticker, entity.exchange) : null}
          labels={{
            company: t('kindCompany'), crypto: t('kindCrypto'), index: t('kindIndex'), mentions: t('mentionsInArticle', String(entity.mentions.length)),
            quote: t('quoteLink'), openPanel: t('showInPanel'), close: t('close'),
            foundInText: entity.foundBy && t('foundInText', entity.foundBy.words),
            alsoListed: entity.alsoListed && t('alsoListed', listingsLabel(entity.alsoListed)),
            facts: entityFactsLabel(entity, t, uiLanguage()), parent: entityParentLabel(entity, t),
          }}
          onOpenPanel={() => void sendToExtension('openPanel', { entityId: entity.id })}
          onClose={() => this.hide()} />
      </div>,
      container,
    );
    if (focus) (container.querySelector('a, button') as HTMLElement | null)?.focus();
  }

  hide(): void {
    if (!this.root) return;
    const container = this.root.querySelector('div.pos');
    if (container) render(null, container);
    this.current = null;
  }

  /** Remove the host element entirely. */
  destroy(): void {
    this.hide();
    this.host?.remove();
    this.host = null;
    this.root = null;
  }
}
