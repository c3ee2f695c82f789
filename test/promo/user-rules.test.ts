import { describe, expect, it } from 'vitest';
import { parseHtml, seed } from '../helpers/dom';
import { extractArticle } from '../../utils/article/extract';
import { findPromos, validateUserRule, type UserRule } from '../../utils/promo';

const PAGE = `<!DOCTYPE html><html lang="en"><head><title>T</title></head><body><article><h1>Harbour reopens after storm</h1>
<div class="body">
<p>The harbour reopened on Monday after a week of repairs to the breakwater, which was damaged when the storm pushed waves over the sea wall and into the fish market.</p>
<p>Fishermen said the closure had cost them a week of income at the busiest time of the year, and several asked the council for compensation for lost catches and damaged nets.</p>
<div class="house-plug"><p>Our weekend magazine is out now with twelve pages on coastal walks.</p></div>
<p>Council engineers said the new concrete blocks should protect the market for at least another decade, though they warned that rising sea levels would need a longer-term answer.</p>
<p>Exclusive offer: half-price tickets for the harbour festival this weekend only.</p>
<p>The festival, which draws thousands of visitors, will go ahead as planned with a reduced programme on the quayside while the final repairs are completed.</p>
</div></article></body></html>`;

describe('user rules', () => {
  const doc = parseHtml(PAGE, 'https://www.harbour-news.example/story');
  const article = extractArticle(doc)!;

  it('phrase rules match a block’s leading text, ignoring case, spaces and accents', () => {
    const rules: UserRule[] = [{ id: 'r1', kind: 'phrase', value: '  EXCLUSIVE   offer ', site: null }];
    const m = findPromos(article, { userRules: rules });
    expect(m.map((x) => x.ruleId)).toContain('user:r1');
    expect(m.find((x) => x.ruleId === 'user:r1')!.text).toMatch(/^Exclusive offer/);
    const accents: UserRule[] = [{ id: 'r2', kind: 'phrase', value: 'Éxclusive offer:', site: null }];
    expect(findPromos(article, { userRules: accents }).some((x) => x.ruleId === 'user:r2')).toBe(true);
  });

  it('selector rules match blocks or their ancestors within the article', () => {
    const rules: UserRule[] = [{ id: 's1', kind: 'selector', value: '.house-plug', site: 'harbour-news.example' }];
    const m = findPromos(article, { userRules: rules }).find((x) => x.ruleId === 'user:s1')!;
    expect(m.elements).toEqual([doc.querySelector('.house-plug')]);
    expect(m.text).toContain('weekend magazine');
  });

  it('site-bound rules apply only on that site; disabled ones not at all', () => {
    const other: UserRule[] = [{ id: 's2', kind: 'selector', value: '.house-plug', site: 'elsewhere.example' }];
    expect(findPromos(article, { userRules: other })).toHaveLength(0);
    const rules: UserRule[] = [{ id: 's3', kind: 'selector', value: '.house-plug', site: null }];
    expect(findPromos(article, { userRules: rules, disabledRuleIds: ['user:s3'] })).toHaveLength(0);
  });

  it('built-in rules can be switched off by id', () => {
    const { doc: d } = seed();
    const a = extractArticle(d)!;
    const all = findPromos(a).map((m) => m.ruleId);
    expect(all).toContain('fr-nouveau-blockchain');
    const off = findPromos(a, { disabledRuleIds: ['fr-nouveau-blockchain', 'self-promo'] }).map((m) => m.ruleId);
    expect(off).not.toContain('fr-nouveau-blockchain');
  });

  it('validateUserRule accepts good rules and explains bad ones', () => {
    expect(validateUserRule({ kind: 'phrase', value: 'Lire aussi', site: null }, doc)).toEqual({ ok: true });
    expect(validateUserRule({ kind: 'selector', value: 'div.house-plug', site: 'harbour-news.example' }, doc)).toEqual({ ok: true });
    const bad = (r: Parameters<typeof validateUserRule>[0]) => {
      const v = validateUserRule(r, doc);
      expect(v.ok).toBe(false);
      return v.ok ? '' : v.error;
    };
    expect(bad({ kind: 'phrase', value: '   ', site: null })).toMatch(/empty/);
    expect(bad({ kind: 'selector', value: '', site: null })).toMatch(/empty/);
    expect(bad({ kind: 'selector', value: 'div[', site: null })).toMatch(/Invalid CSS selector/);
    expect(bad({ kind: 'selector', value: 'p:nth-child(', site: null })).toMatch(/Invalid CSS selector/);
    for (const broad of ['*', 'body', 'html', 'p', 'div', ' P ', '.ad, p']) expect(bad({ kind: 'selector', value: broad, site: null })).toMatch(/too broad/);
    expect(bad({ kind: 'selector', value: '.body', site: null })).toMatch(/too broad/);
    expect(bad({ kind: 'phrase', value: 'ok phrase', site: 'not a host!' })).toMatch(/host/);
  });

  it('never throws on a rule that slipped through invalid', () => {
    const rules: UserRule[] = [
      { id: 'x', kind: 'selector', value: 'div[', site: null },
      { id: 'y', kind: 'phrase', value: '', site: null },
    ];
    expect(() => findPromos(article, { userRules: rules })).not.toThrow();
    expect(findPromos(article, { userRules: rules })).toHaveLength(0);
  });
});
