import { describe, expect, it } from 'vitest';
import { parseHtml, readabilityCorpus, seed } from '../helpers/dom';
import { declaredLang, langSample } from '../../utils/article/lang';
import { extractArticle } from '../../utils/article/extract';

describe('langSample: text to guess an undeclared language from, before the article is read', () => {
  it('takes the first paragraphs, whitespace collapsed, up to the limit', () => {
    const { doc, expect: want } = seed();
    const sample = langSample(doc);
    expect(sample.length).toBeGreaterThanOrEqual(200);
    expect(sample.length).toBeLessThanOrEqual(2000);
    expect(sample).not.toMatch(/\s{2}/);
    expect(sample).toContain(want.keepParagraphs[0].replace(/\s+/g, ' ').slice(0, 40));
  });

  it('is empty when the page has too little paragraph text to tell', () => {
    expect(langSample(parseHtml('<html><body><p>Contact</p><div>Lots of text outside paragraphs, in a div.</div></body></html>'))).toBe('');
  });

  it('on the corpus articles that declare no language, gives a sample for most of them', () => {
    const undeclared = readabilityCorpus()
      .map((p) => parseHtml(p.html, `https://${p.name}.example/`))
      .filter((d) => !declaredLang(d) && extractArticle(d));
    const sampled = undeclared.filter((d) => langSample(d).length > 0);
    console.log(`langSample: ${sampled.length} of ${undeclared.length} undeclared-language articles sampled`);
    expect(undeclared.length).toBeGreaterThan(20);
    // The rest keep their text outside <p> (blogger's <div>s and <br>s, Readability's synthetic pages): the
    // content script guesses from their article's text after the first run, and runs once more.
    expect(sampled.length / undeclared.length).toBeGreaterThan(0.7);
  });
});
