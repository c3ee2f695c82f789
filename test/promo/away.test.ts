import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { JSDOM } from 'jsdom';
import { join } from 'node:path';
import { FIXTURES, loadHtml, parseHtml, readabilityCorpus, seed } from '../helpers/dom';
import { articleFromParsed, extractArticle } from '../../utils/article/extract';
import { parseAway } from '../../utils/pipeline/away';
import { findPromos, findPromosAndFurniture, type PromoMatch } from '../../utils/promo';
import { promosFromCopy, promosOnCopy } from '../../utils/pipeline/promos-on-copy';
import { runReadability } from '../../utils/article/readability-run';
import { LedePage } from '../../utils/dom/lede-page';
import { recognizeEntities } from '../../utils/entities/recognize';
import { DEFAULT_SETTINGS } from '../../utils/extension/site-settings';
import type { AwayPromoRequest } from '../../utils/pipeline/wire';

/**
 * The promo stage run away from the page, on the copy the parse was made from (as the offscreen document
 * and Firefox's background page do), must find exactly what it finds on the page, or decline.
 * DOMParser here is another jsdom window's, at another URL, like the offscreen document's.
 */
const offscreen = new JSDOM('', { url: 'chrome-extension://lede/offscreen.html' }).window;
beforeAll(() => void vi.stubGlobal('DOMParser', offscreen.DOMParser));
afterAll(() => void vi.unstubAllGlobals());

const SEED_URL = 'https://coingeek.com/fr/news/sam-altman-openai-usines-puces/';
const request = (doc: Document, host: string): AwayPromoRequest => ({ baseURI: doc.baseURI, host, langHint: null, userRules: [], disabledRuleIds: [] });
const view = (ms: PromoMatch[]) => ms.map((m) => ({ ruleId: m.ruleId, blocks: m.blocks, text: m.text, reason: m.reason, elements: m.elements }));

describe('promos found on the copy, mapped back to the page', () => {
  it('on all 130 corpus pages: the same matches, with the page’s own elements, as findPromos on the page', () => {
    let pages = 0;
    let withPromos = 0;
    const declined: string[] = [];
    for (const page of readabilityCorpus()) {
      const host = `${page.name}.example`;
      const live = parseHtml(page.html, `https://${host}/article`);
      const parsed = parseAway(live.documentElement.outerHTML, request(live, host));
      if (!parsed) continue;
      const article = articleFromParsed(live, parsed, { url: live.URL });
      if (!article) continue;
      pages++;
      const here = findPromosAndFurniture(article, { host });
      const fromCopy = parsed.promos ? promosFromCopy(article, parsed.promos) : null;
      if (!fromCopy) {
        declined.push(page.name);
        continue;
      }
      expect(view(fromCopy.promos), page.name).toEqual(view(here.promos));
      expect(fromCopy.furniture, page.name).toEqual(here.furniture);
      for (const m of fromCopy.promos) for (const el of m.elements) expect(el.ownerDocument, page.name).toBe(live);
      if (here.promos.length) withPromos++;
    }
    console.log(`promos on the copy: ${pages} articles, ${pages - declined.length} taken (${withPromos} with promos), declined: ${declined.join(', ') || 'none'}`);
    expect(pages).toBeGreaterThan(120);
    expect(withPromos).toBeGreaterThanOrEqual(25);
    expect(declined).toEqual([]);
  });

  it('on the seed page: the three plugs and the video embed, and the same article as a clone gives', () => {
    const { doc } = seed();
    const parsed = parseAway(doc.documentElement.outerHTML, request(doc, 'coingeek.com'))!;
    const article = articleFromParsed(doc, parsed, { url: SEED_URL })!;
    const matches = promosFromCopy(article, parsed.promos!)!.promos;
    expect(matches).toHaveLength(3);
    expect(matches.flatMap((m) => m.elements)).toContain(doc.querySelector('.video-embed'));
    expect(view(matches)).toEqual(view(findPromos(extractArticle(doc, { url: SEED_URL })!, { host: 'coingeek.com' })));
  });

  it('resolves the copy’s links against the page’s base URL, not the helper document’s', () => {
    const { doc } = seed();
    const copy = new offscreen.DOMParser().parseFromString(doc.documentElement.outerHTML, 'text/html');
    const parsed = runReadability(copy.cloneNode(true) as Document)!;
    expect(promosOnCopy(copy, parsed, request(doc, 'coingeek.com'))).not.toBeNull();
    const liveLinks = [...doc.body.querySelectorAll('a[href]')] as HTMLAnchorElement[];
    const copyLinks = [...copy.body.querySelectorAll('a[href]')] as HTMLAnchorElement[];
    expect(copyLinks.length).toBe(liveLinks.length);
    expect(liveLinks.some((a) => !/^[a-z]+:/.test(a.getAttribute('href')!))).toBe(true); // relative ones too
    expect(copyLinks.map((a) => a.href)).toEqual(liveLinks.map((a) => a.href));
  });

  it('declines when the page changed after it was serialised, or an element is not where the copy had it', () => {
    const { doc } = seed();
    const parsed = parseAway(doc.documentElement.outerHTML, request(doc, 'coingeek.com'))!;
    const article = articleFromParsed(doc, parsed, { url: SEED_URL })!;
    const away = parsed.promos!;
    const moved = structuredClone(away);
    const first = moved.matches[0].elements[0];
    first.down = [...first.down.slice(0, -1), first.down[first.down.length - 1] + 1];
    expect(promosFromCopy(article, moved)).toBeNull();
    expect(promosFromCopy(article, { ...away, lang: 'en' })).toBeNull();
    expect(promosFromCopy(article, { ...away, blocks: away.blocks.slice(1) })).toBeNull();
    // The page edits a promo's text: its length no longer matches.
    const promoEl = promosFromCopy(article, away)!.promos[0].elements[0];
    promoEl.append(' (mis à jour)');
    expect(promosFromCopy(article, away)).toBeNull();
  });
});

describe('LedePage with the promo stage away', () => {
  it('a page that declares no language: the guessed one is used on both sides, so the copy’s answer holds', async () => {
    const url = 'https://coingeek.com/news/regional-bank-pilots-ledger-backed-audit-trail/';
    const run = async (langHint: string | null) => {
      const doc = loadHtml(join(FIXTURES, 'promo', 'coingeek-en-ai-data.html'), url);
      doc.documentElement.removeAttribute('lang');
      const page = new LedePage(doc, { url: () => url, recognize: recognizeEntities, langHint: () => langHint, parseAway: async (html, promos) => parseAway(html, promos) });
      return (await page.runSliced(DEFAULT_SETTINGS, async () => {}))!;
    };
    const guessed = await run('en');
    expect(guessed.lang).toBe('en');
    expect(guessed.timings.promosOnCopy).toBeGreaterThanOrEqual(0);
    // English rules apply: the "New to blockchain?" plug is among the promos.
    expect(guessed.promos.some((p) => p.text.startsWith('New to blockchain'))).toBe(true);
    const unknown = await run(null);
    expect(unknown.lang).toBeNull();
    expect(unknown.timings.promosOnCopy).toBeGreaterThanOrEqual(0);
  });

  it('takes the copy’s promos when they match, and runs the stage on the page when they do not', async () => {
    const run = async (mutate: (doc: Document) => void) => {
      const { doc } = seed();
      const page = new LedePage(doc, {
        url: () => SEED_URL,
        recognize: recognizeEntities,
        parseAway: async (html, promos) => {
          const parsed = parseAway(html, promos);
          mutate(doc); // what the page does while the copy is parsed
          return parsed;
        },
      });
      const report = (await page.runSliced(DEFAULT_SETTINGS, async () => {}))!;
      return { doc, report };
    };
    const same = await run(() => {});
    expect(same.report.timings.promosOnCopy).toBeGreaterThanOrEqual(0);
    expect(same.report.promos.map((p) => p.ruleId)).toHaveLength(3);
    expect(same.doc.querySelector('.video-embed')!.hasAttribute('data-lede-hidden')).toBe(true);

    // A change outside the article (here: an element at the top of <body>, as the head's <noscript> pixel
    // gives the copy) leaves the paths from the article's root as they were: the answer holds.
    const outside = await run((doc) => doc.body.prepend(doc.createElement('div')));
    expect(outside.report.timings.promosOnCopy).toBeGreaterThanOrEqual(0);
    expect(outside.doc.querySelector('.video-embed')!.hasAttribute('data-lede-hidden')).toBe(true);

    // The page inserts an element before the promos after serialising: they are no longer where the copy
    // had them, so the copy's answer is declined and the stage runs on the page.
    const changed = await run((doc) => doc.querySelector('.video-embed')!.parentElement!.prepend(doc.createElement('span')));
    expect(changed.report.timings.promosOnCopy).toBeUndefined();
    expect(changed.report.promos.map((p) => p.ruleId)).toEqual(same.report.promos.map((p) => p.ruleId));
    expect(changed.doc.querySelector('.video-embed')!.hasAttribute('data-lede-hidden')).toBe(true);
  });
});
