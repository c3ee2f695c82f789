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

/**
 * `base` plus what only `added` has: the sites `base` has no choice for, the choices a shared site leaves
 * unset in `base`, the union of its kept kinds, and the rules `base` lacks (same id, or same kind, value
 * and site, is the same rule). Whatever `base` already says wins, its global switches included: merging
 * never takes away or changes a choice the reader has. (Import's "merge", and folding an older build's
 * synced item into today's storage: settings.ts.)
 */
export function mergeSettings(base: Settings, added: Settings): Settings {
  const sites: Record<string, SiteOverride> = { ...base.sites };
  for (const [host, theirs] of Object.entries(added.sites)) {
    const mine = Object.hasOwn(sites, host) ? sites[host] : undefined;
    if (!mine) {
      sites[host] = theirs;
      continue;
    }
    const merged: SiteOverride = { ...mine };
    if (merged.highlights === undefined && theirs.highlights !== undefined) merged.highlights = theirs.highlights;
    if (merged.stripping === undefined && theirs.stripping !== undefined) merged.stripping = theirs.stripping;
    const kept = [...new Set([...(mine.disabledRules ?? []), ...(theirs.disabledRules ?? [])])];
    if (kept.length) merged.disabledRules = kept;
    sites[host] = merged;
  }
  const ruleKey = (r: UserRule) => JSON.stringify([r.kind, r.value, r.site]);
  const ids = new Set(base.userRules.map((r) => r.id));
  const keys = new Set(base.userRules.map(ruleKey));
  const userRules = [...base.userRules];
  for (const r of added.userRules) {
    if (ids.has(r.id) || keys.has(ruleKey(r))) continue;
    ids.add(r.id);
    keys.add(ruleKey(r));
    userRules.push(r);
  }
  return { ...base, sites, userRules };
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
