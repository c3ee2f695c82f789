import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { siteKey } from '@/utils/host';
import { effectiveSettings, withSiteOverride, DEFAULT_SETTINGS } from '@/utils/extension/site-settings';
import { isSameSiteLink } from '@/utils/promo/site';
import { ruleAppliesTo } from '@/utils/promo/user-rules';

describe('siteKey: one site, one key', () => {
  it.each([
    ['harbour-news.example', 'harbour-news.example'],
    ['www.harbour-news.example', 'harbour-news.example'],
    ['WWW2.Harbour-News.Example', 'harbour-news.example'],
    ['www3.harbour-news.example', 'harbour-news.example'],
    ['harbour-news.example.', 'harbour-news.example'],
    ['  www.harbour-news.example.  ', 'harbour-news.example'],
    ['harbour-news.example:8443', 'harbour-news.example'],
    ['localhost:8080', 'localhost'],
    ['https://WWW.Harbour-News.Example./markets/story?id=1#top', 'harbour-news.example'],
    ['http://www2.harbour-news.example:8080/', 'harbour-news.example'],
    // Other subdomains are other sites (an edition, a blog platform's tenant).
    ['fr.harbour-news.example', 'fr.harbour-news.example'],
    ['https://m.harbour-news.example/', 'm.harbour-news.example'],
    // "www" that is the site's whole name, or inside a label, is kept.
    ['wwwhelp.example', 'wwwhelp.example'],
    ['www.', 'www'],
  ])('%s → %s', (input, want) => {
    expect(siteKey(input)).toBe(want);
  });

  it.each([null, undefined, '', '   ', 'about:blank', 'file:///home/reader/page.html', 'http://', 'https://exa mple.com/'])('%s → null', (input) => {
    expect(siteKey(input as string | null | undefined)).toBeNull();
  });

  it('is idempotent', () => {
    for (const h of ['WWW2.a.example.', 'https://www.b.example/x', 'c.example:80']) expect(siteKey(siteKey(h))).toBe(siteKey(h));
  });
});

describe('every host comparison agrees', () => {
  it('a per-site choice made on www2. applies on www. and the bare host', () => {
    const s = withSiteOverride(DEFAULT_SETTINGS, 'https://www2.harbour-news.example/a', { highlights: false });
    expect(Object.keys(s.sites)).toEqual(['harbour-news.example']);
    for (const url of ['https://harbour-news.example/b', 'https://WWW.harbour-news.example./c']) expect(effectiveSettings(s, url).highlights).toBe(false);
    expect(effectiveSettings(s, 'https://fr.harbour-news.example/d').highlights).toBe(true);
  });

  it('a rule for "www.harbour-news.example" applies on www2. and on its subdomains', () => {
    const rule = { id: 'r', kind: 'phrase' as const, value: 'Read more', site: 'www.harbour-news.example' };
    expect(ruleAppliesTo(rule, siteKey('https://www2.harbour-news.example/'))).toBe(true);
    expect(ruleAppliesTo(rule, siteKey('https://fr.harbour-news.example/'))).toBe(true);
    expect(ruleAppliesTo(rule, siteKey('https://other.example/'))).toBe(false);
  });

  it('a link to www2. of the page\'s own site is a link back to the site', () => {
    const doc = new JSDOM('<a id="home" href="https://www2.harbour-news.example/newsletter">Newsletter</a><a id="away" href="https://elsewhere.example/">x</a>', {
      url: 'https://www.harbour-news.example/story',
    }).window.document;
    const host = siteKey(doc.URL);
    expect(isSameSiteLink(doc.getElementById('home')!, host)).toBe(true);
    expect(isSameSiteLink(doc.getElementById('away')!, host)).toBe(false);
  });
});
