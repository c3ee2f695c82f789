import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import { hasSteps, runReadability } from '@/utils/article/readability-run';
import { parseHtml, readabilityCorpus, seed } from '../helpers/dom';

/**
 * runReadability stops after Readability has chosen the content (its steps called in parse()'s order),
 * leaving out what parse() does next for display only. These tests hold it to parse() itself.
 */
describe('runReadability: the steps Lede needs, against the whole parse()', () => {
  it('finds the steps in the Readability this project ships (else it would fall back to parse())', () => {
    expect(hasSteps(new Readability(seed().doc))).toBe(true);
    expect(hasSteps({ _grabArticle() {} })).toBe(false);
  });

  it('gives the same kept texts (each at its position) and metadata as parse() on the seed and the 130 corpus pages', () => {
    const pages = [{ name: 'seed', doc: seed().doc }, ...readabilityCorpus().map((p) => ({ name: p.name, doc: parseHtml(p.html, 'http://fakehost/test/page.html') }))];
    let articles = 0;
    let texts = 0;
    let regained = 0;
    for (const { name, doc } of pages) {
      const steps = runReadability(doc.cloneNode(true) as Document);
      const whole = runReadability(doc.cloneNode(true) as Document, { fullParse: true });
      // parse() turns javascript: links into new text nodes, which have no position in the page (-1, found
      // again by their text); the steps leave those nodes where they were, so they keep theirs.
      const known = (r: typeof steps) => r && { ...r, texts: r.texts.map((t, i) => ({ data: t.data, index: whole?.texts[i]?.index === -1 ? -1 : t.index })) };
      expect({ name, r: known(steps) }).toEqual({ name, r: whole });
      if (steps && whole) for (let i = 0; i < steps.texts.length; i++) if (whole.texts[i].index === -1 && steps.texts[i].index >= 0) regained++;
      if (steps) {
        articles++;
        texts += steps.texts.length;
      }
    }
    // The comparison is not between two nulls: nearly every corpus page is an article with many texts.
    expect(articles).toBeGreaterThanOrEqual(120);
    expect(texts).toBeGreaterThan(10_000);
    expect(regained).toBeGreaterThan(0);
  });

  it('keeps the element budget: beyond it, no article, as parse() throws', () => {
    const doc = parseHtml(`<html><body><article>${'<p>A paragraph long enough to be content, with commas, words, and more words.</p>'.repeat(20)}</article></body></html>`);
    expect(runReadability(doc.cloneNode(true) as Document)).not.toBeNull();
    expect(runReadability(doc.cloneNode(true) as Document, { maxElemsToParse: 10 })).toBeNull();
    expect(runReadability(doc.cloneNode(true) as Document, { maxElemsToParse: 10, fullParse: true })).toBeNull();
  });
});
