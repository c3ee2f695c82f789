import { describe, expect, it } from 'vitest';
import { fixtureCases } from '../helpers/fixture-cases';
import { parseHtml } from '../helpers/dom';
import { extractArticle } from '../../utils/article/extract';
import { findPromos } from '../../utils/promo';

interface Case {
  file: string;
  url: string;
  promos: string[];
  keeps: string[];
  embeds?: { line: string; selector: string }[];
}

const { cases, html } = fixtureCases<Case>('promo');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe.each(cases)('promo fixture $file', (c) => {
  const doc = parseHtml(html(c), c.url);
  const article = extractArticle(doc)!;
  const matches = findPromos(article);
  const texts = matches.map((m) => m.text);

  it('is extracted', () => {
    expect(article).not.toBeNull();
    for (const k of c.keeps) expect(article.blocks.some((b) => squash(b.text).includes(k)), k).toBe(true);
  });

  it('finds every expected promo', () => {
    for (const p of c.promos) expect(texts.some((t) => t.includes(p)), p).toBe(true);
  });

  it('keeps every real paragraph, including the tricky ones', () => {
    for (const k of c.keeps) expect(texts.some((t) => t.includes(k)), k).toBe(false);
    const hidden = matches.flatMap((m) => m.elements);
    for (const k of c.keeps) {
      const block = article.blocks.find((b) => squash(b.text).includes(k))!;
      expect(hidden.some((el) => el === block.el || el.contains(block.el)), k).toBe(false);
    }
  });

  it('hides each embed with its line', () => {
    for (const e of c.embeds ?? []) {
      const embed = doc.querySelector(e.selector)!;
      const m = matches.find((x) => x.elements.includes(embed));
      expect(m?.text).toContain(e.line);
    }
  });

  it('returns each element once and never the article root', () => {
    const all = matches.flatMap((m) => m.elements);
    expect(new Set(all).size).toBe(all.length);
    for (const el of all) expect(el.contains(article.root!)).toBe(false);
    for (const a of all) for (const b of all) if (a !== b) expect(a.contains(b)).toBe(false);
  });
});
