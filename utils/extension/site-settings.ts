/**
 * What the reader chose, and what it means for one site. Pure: the storage items live in settings.ts.
 */
import { siteKey } from '../host';
import type { UserRule } from '../report';

export type QuoteProvider = 'google' | 'yahoo' | 'tradingview';
export type SummaryLength = 'short' | 'medium' | 'long';

export interface SiteOverride {
  highlights?: boolean;
  stripping?: boolean;
  /** Promo rule ids the reader said "never hide this kind on this site" for. */
  disabledRules?: string[];
}

export interface Settings {
  highlights: boolean;
  stripping: boolean;
  sites: Record<string, SiteOverride>;
  userRules: UserRule[];
  quoteProvider: QuoteProvider;
  summaryLength: SummaryLength;
  builtInSummarizer: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  highlights: true,
  stripping: true,
  sites: {},
  userRules: [],
  quoteProvider: 'google',
  summaryLength: 'medium',
  builtInSummarizer: false,
};

export interface EffectiveSettings {
  highlights: boolean;
  stripping: boolean;
  disabledRules: string[];
  userRules: UserRule[];
}

/** The per-site choice wins over the global switch; user rules apply to their site or to all. */
export function effectiveSettings(s: Settings, url: string | null): EffectiveSettings {
  const key = siteKey(url);
  const site = (key && Object.hasOwn(s.sites, key) && s.sites[key]) || {};
  return {
    highlights: site.highlights ?? s.highlights,
    stripping: site.stripping ?? s.stripping,
    disabledRules: site.disabledRules ?? [],
    userRules: s.userRules.filter((r) => r.site === null || siteKey(r.site) === key),
  };
}

/** Returns new settings with one site's override changed (removes overrides equal to the global value). */
export function withSiteOverride(s: Settings, url: string | null, patch: SiteOverride): Settings {
  const key = siteKey(url);
  if (!key) return s;
  const next: SiteOverride = { ...(Object.hasOwn(s.sites, key) ? s.sites[key] : {}), ...patch };
  if (next.highlights === s.highlights) delete next.highlights;
  if (next.stripping === s.stripping) delete next.stripping;
  if (next.disabledRules && next.disabledRules.length === 0) delete next.disabledRules;
  const sites = { ...s.sites };
  if (Object.keys(next).length === 0) delete sites[key];
  else sites[key] = next;
  return { ...s, sites };
}

/** Quote page for a ticker at the reader's chosen provider. Only followed when the reader clicks. */
export function quoteUrl(provider: QuoteProvider, ticker: string, exchange?: string): string {
  const t = encodeURIComponent(ticker);
  switch (provider) {
    case 'yahoo':
      return `https://finance.yahoo.com/quote/${t}`;
    case 'tradingview':
      return exchange ? `https://www.tradingview.com/symbols/${encodeURIComponent(exchange)}-${t}/` : `https://www.tradingview.com/search/?query=${t}`;
    default:
      return exchange ? `https://www.google.com/finance/quote/${t}:${encodeURIComponent(exchange)}` : `https://www.google.com/search?q=${t}+stock`;
  }
}
