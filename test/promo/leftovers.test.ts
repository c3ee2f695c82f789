import { describe, expect, it } from 'vitest';
import { parseHtml } from '../helpers/dom';
import { extractArticle } from '../../utils/article/extract';
import { buildContext } from '../../utils/promo/find';
import { leftovers } from '../../utils/promo/orphans';
import { findPromos } from '../../utils/promo';

const P = (s: string) => `<p>${s} This sentence makes the paragraph long enough for Readability to keep it as the article's text.</p>`;

const PAGE = `<!doctype html><html lang="en"><head><title>Leftovers</title></head><body><article><h1>Leftovers</h1>
<div class="story-body">
${P('The market opened <span class="ad">higher</span> on Monday, with <a href="/x">chipmakers</a> leading.')}
${P('Analysts expect the rally to last<sup class="reference"><a href="#n1">[1]</a></sup> into the spring.')}
<aside class="element-rich-link"><p><a href="/other">Read the other story about markets</a></p></aside>
${P('Regulators said they would look at the deals before the summer.')}
<a class="skip-link" href="#next">Continue reading the main story</a>
${P('The last paragraph closes the story with a quote from a trader.')}
</div></article></body></html>`;

describe('leftovers: boxes inside the body that Readability dropped', () => {
  const doc = parseHtml(PAGE, 'https://news.example/story');
  const article = extractArticle(doc)!;

  it('never takes an element of a paragraph (links, footnote marks, a span with an ad-like class)', () => {
    const found = leftovers(buildContext(article, 'news.example'));
    for (const el of found) expect(el.closest('p'), el.outerHTML).toBeNull();
    expect(found.some((el) => el.matches('aside.element-rich-link'))).toBe(true);
    // The stray link sits in the loose text of a block that holds the paragraphs: it is no paragraph.
    expect(found.some((el) => el.matches('a.skip-link'))).toBe(true);
  });

  it('hides the dropped box and the stray link, and no part of a sentence', () => {
    const hidden = findPromos(article).flatMap((m) => m.elements);
    expect(hidden.some((el) => el.matches('aside.element-rich-link'))).toBe(true);
    expect(hidden.some((el) => el.matches('a.skip-link'))).toBe(true);
    expect(hidden.some((el) => el.closest('p') !== null && !el.closest('aside'))).toBe(false);
    expect(hidden.some((el) => el.matches('span.ad'))).toBe(false);
  });
});
