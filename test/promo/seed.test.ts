import { describe, expect, it } from 'vitest';
import { seed } from '../helpers/dom';
import { extractArticle } from '../../utils/article/extract';
import { findPromos, BUILTIN_RULES } from '../../utils/promo';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('findPromos on the seed page (CoinGeek, French)', () => {
  const { doc, expect: want } = seed();
  const article = extractArticle(doc)!;
  const matches = findPromos(article);
  const texts = matches.map((m) => m.text);

  it('finds every promo block', () => {
    for (const p of want.promoBlocks) expect(texts.some((t) => t.includes(squash(p))), p).toBe(true);
  });

  it('never matches a keep paragraph', () => {
    for (const k of want.keepParagraphs) expect(texts.some((t) => t.includes(squash(k))), k).toBe(false);
  });

  it('hides the YouTube embed with its "Regarder" line', () => {
    const embed = doc.querySelector('div.video-embed')!;
    const m = matches.find((x) => x.elements.includes(embed));
    expect(m).toBeDefined();
    expect(m!.text).toMatch(/^Regarder ?: Comment l'intelligence artificielle/);
  });

  it('leaves no promo text in the blocks that are not matched', () => {
    const matched = new Set(matches.flatMap((m) => m.blocks));
    const rest = article.blocks.filter((_, i) => !matched.has(i)).map((b) => squash(b.text)).join('\n');
    for (const p of want.promoBlocks) expect(rest).not.toContain(squash(p));
    for (const k of want.keepParagraphs) expect(rest).toContain(squash(k));
  });

  it('returns each element once, never the root, never an element holding an unmatched block', () => {
    const all = matches.flatMap((m) => m.elements);
    expect(new Set(all).size).toBe(all.length);
    const matched = new Set(matches.flatMap((m) => m.blocks));
    for (const el of all) {
      expect(el.contains(article.root!)).toBe(false);
      article.blocks.forEach((b, i) => {
        if (el.contains(b.el)) expect(matched.has(i)).toBe(true);
      });
    }
  });

  it('fills {site} in reasons', () => {
    expect(matches.some((m) => m.reason.includes('CoinGeek'))).toBe(true);
    for (const m of matches) expect(m.reason).not.toContain('{site}');
  });

  it('finds the same three plugs with heuristics alone (every phrase rule off)', () => {
    const only = findPromos(article, { disabledRuleIds: BUILTIN_RULES.map((r) => r.id) });
    const t = only.map((m) => m.text);
    for (const p of want.promoBlocks) expect(t.some((x) => x.includes(squash(p))), p).toBe(true);
    expect(only.some((m) => m.elements.includes(doc.querySelector('div.video-embed')!))).toBe(true);
    for (const k of want.keepParagraphs) expect(t.some((x) => x.includes(squash(k)))).toBe(false);
  });

  it('is pure: the page is unchanged', () => {
    const fresh = seed().doc;
    const before = fresh.documentElement.outerHTML;
    findPromos(extractArticle(fresh)!);
    expect(fresh.documentElement.outerHTML).toBe(before);
  });
});
