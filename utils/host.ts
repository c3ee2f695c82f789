/**
 * One site, one key: the per-site settings, the reader's rules and the promo stage's "links back to the
 * site" all compare hosts through siteKey, so they agree on which pages are the same site.
 */

/** "www.", "www2.", "www3." …: load-balancer names of the same site, never part of its name. */
const WWW = /^www\d*\.(?=[^.])/;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * "https://WWW2.CoinGeek.com./x", "www.coingeek.com:443" and "coingeek.com" → "coingeek.com".
 * Takes a URL (its host is read) or a bare host (a port is dropped). Case, a trailing dot and a leading
 * www./www2. are not part of the site; other subdomains are ("fr.coingeek.com" stays).
 * Null when there is no host (empty, "about:blank", "file:///…", unparsable).
 */
export function siteKey(urlOrHost: string | null | undefined): string | null {
  if (typeof urlOrHost !== 'string') return null;
  let host = urlOrHost.trim();
  if (!host) return null;
  if (SCHEME.test(host) && !/^[^:/]+:\d+$/.test(host)) {
    try {
      host = new URL(host).hostname;
    } catch {
      return null;
    }
  } else {
    host = host.replace(/:\d*$/, '');
  }
  host = host.toLowerCase().replace(/\.+$/, '').replace(WWW, '');
  return host || null;
}
