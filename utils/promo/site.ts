/**
 * Who the site is: its host and the names it goes by, and whether a link stays on it. Used by the
 * self-promotion heuristics ("the block names the site AND links back to it").
 */
import { normalize } from './normalize';
import { isLetterOrNumber } from '../entities/tokens';
import { siteKey } from '../host';

/** Second-level labels that are not the site's name: "bbc.co.uk" is "bbc", "abc.net.au" is "abc". */
const GENERIC_SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'gov', 'ac', 'edu', 'ne', 'or', 'go', 'gouv']);
/** Host prefixes that are not the site's name. */
const HOST_PREFIX = /^(?:www\d?|m|amp|mobile|edition|news|eu|uk|us|fr|en)\./;

/** The host's registrable part, roughly: "fr.news.bbc.co.uk" → "bbc.co.uk". */
export function siteDomain(host: string): string {
  const labels = host.split('.');
  if (labels.length <= 2) return host;
  const n = GENERIC_SECOND_LEVEL.has(labels[labels.length - 2]) ? 3 : 2;
  return labels.slice(-n).join('.');
}

/** "coingeek.com" → "coingeek"; "bbc.co.uk" → "bbc". */
export function hostLabel(host: string): string {
  const domain = siteDomain(host.replace(HOST_PREFIX, ''));
  return domain.split('.')[0];
}

/** Normalised names the site goes by, from og:site_name and the host: ["coingeek"], ["le monde", "lemonde"]. */
export function siteNamesOf(siteName: string | null, host: string | null): string[] {
  const names = new Set<string>();
  const add = (s: string) => {
    const n = normalize(s);
    if (n.length >= 3) names.add(n);
    const compact = n.replace(/[^\p{L}\p{N}]/gu, '');
    if (compact.length >= 4) names.add(compact);
  };
  if (siteName) add(siteName);
  if (host) add(hostLabel(host));
  return [...names];
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Does `name` stand at `p` in `text` as a whole word, by code points (as a /u pattern reads the text)? */
function wholeWordAt(text: string, name: string, p: number): boolean {
  if (p > 0) {
    const prev = text.charCodeAt(p - 1);
    if (isHigh(prev) && isLow(text.charCodeAt(p))) return false; // inside a surrogate pair
    const cp = isLow(prev) && p > 1 && isHigh(text.charCodeAt(p - 2)) ? text.codePointAt(p - 2)! : prev;
    if (isLetterOrNumber(cp)) return false;
  }
  const e = p + name.length;
  if (e === text.length) return true;
  if (isHigh(name.charCodeAt(name.length - 1)) && isLow(text.charCodeAt(e))) return false;
  return !isLetterOrNumber(text.codePointAt(e)!);
}

/**
 * Does the normalised text name the site? Whole words only: "coingeek's" names CoinGeek, "abbc" is not BBC.
 * Each name is looked for as a string and its ends checked, which answers as the pattern
 * `(?:^|[^\p{L}\p{N}])(?:name|…)(?:$|[^\p{L}\p{N}])`/u does, without trying that pattern at every
 * position of every tail block (7% of the promo stage on medium-1).
 */
export function namesSite(norm: string, siteNames: readonly string[]): boolean {
  for (const name of siteNames) {
    if (!name) continue;
    for (let p = norm.indexOf(name); p >= 0; p = norm.indexOf(name, p + 1)) if (wholeWordAt(norm, name, p)) return true;
  }
  return false;
}

/** Is `a` a link to the same site as the page? Relative links are; anchors within the page and mailto: are not. */
export function isSameSiteLink(a: Element, host: string | null): boolean {
  const href = a.getAttribute('href')?.trim();
  if (!href || href.startsWith('#') || /^(?:javascript|mailto|tel|data):/i.test(href)) return false;
  const relative = !/^[a-z][a-z0-9+.-]*:/i.test(href) && !href.startsWith('//');
  if (relative) return true;
  if (!host) return false;
  let target: string | null = null;
  try {
    target = siteKey(new URL(href, a.ownerDocument.baseURI || undefined).hostname);
  } catch {
    return false;
  }
  if (!target) return false;
  return target === host || siteDomain(target) === siteDomain(host);
}
