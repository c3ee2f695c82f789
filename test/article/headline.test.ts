import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/utils/article/extract';
import { runReadability } from '@/utils/article/readability-run';
import { parseHtml, readabilityCorpus } from '../helpers/dom';

/**
 * Issue 23: the title the panel shows is the article's headline. The <h1> inside the article (or the last
 * one before it) wins over the metadata's title when that title is the headline with the site's name
 * before or after it, or is the site's name.
 */
const para = (i: number, lang: string) =>
  lang === 'fr'
    ? `<p>Paragraphe ${i} : le conseil régional a voté le budget après un long débat sur les routes, les écoles et le port, et le maire a promis un second vote au printemps prochain.</p>`
    : `<p>Paragraph ${i}: the regional council voted on the budget after a long debate about roads, schools and the harbour, and the mayor promised a second vote in the spring.</p>`;

function page(o: { lang?: string; title: string; og?: string; site?: string; h1?: string; h1Before?: boolean }): Document {
  const lang = o.lang ?? 'en';
  const body = Array.from({ length: 8 }, (_, i) => para(i + 1, lang)).join('');
  const h1 = o.h1 ? `<h1>${o.h1}</h1>` : '';
  return parseHtml(`<!doctype html><html lang="${lang}"><head><title>${o.title}</title>
${o.og ? `<meta property="og:title" content="${o.og}">` : ''}${o.site ? `<meta property="og:site_name" content="${o.site}">` : ''}</head>
<body><header><nav><a href="/">Home</a></nav></header>${o.h1Before ? h1 : ''}<main><article>${o.h1Before ? '' : h1}${body}</article></main></body></html>`);
}

describe('the article title', () => {
  it('English: the headline without the site\'s name after or before it', () => {
    expect(extractArticle(page({ title: 'Council passes the harbour budget | The Daily Test', h1: 'Council passes the harbour budget' }))!.title).toBe('Council passes the harbour budget');
    expect(extractArticle(page({ title: 'The Daily Test - Council passes the harbour budget', site: 'The Daily Test', h1: 'Council passes the harbour budget', h1Before: true }))!.title).toBe('Council passes the harbour budget');
  });

  it('French: the same, with the headline just before the article', () => {
    expect(extractArticle(page({ lang: 'fr', title: 'Le conseil vote le budget du port – Le Quotidien du Test', h1: 'Le conseil vote le budget du port', h1Before: true }))!.title).toBe('Le conseil vote le budget du port');
  });

  it('the site\'s name as og:title: the headline the page\'s <title> agrees with', () => {
    const doc = page({ title: 'Council passes the harbour budget', og: 'Test News - Latest News and Headlines', h1: 'Council passes the harbour budget', h1Before: true });
    expect(extractArticle(doc)!.title).toBe('Council passes the harbour budget');
    const fr = page({ lang: 'fr', title: 'Le conseil vote le budget', og: 'Le Quotidien du Test', site: 'Le Quotidien du Test', h1: 'Le conseil vote le budget' });
    expect(extractArticle(fr)!.title).toBe('Le conseil vote le budget');
  });

  it('keeps the metadata\'s title when the <h1> is a section, the blog\'s name, or another wording', () => {
    // "Opinion - …": the longer part is the headline; an <h1> "Opinion" does not replace it.
    expect(extractArticle(page({ title: 'Opinion', og: 'Opinion - Council passes the harbour budget', h1: 'Opinion' }))!.title).toBe('Opinion - Council passes the harbour budget');
    // The blog's name in the <h1>, the post in the <title>: the post's title stays.
    expect(extractArticle(page({ title: 'Harbour Notes: Council passes the budget', og: 'Council passes the budget', h1: 'Harbour Notes', h1Before: true }))!.title).toBe('Council passes the budget');
    expect(extractArticle(page({ title: 'Council passes the harbour budget', h1: 'A vote for the harbour' }))!.title).toBe('Council passes the harbour budget');
  });
});

describe('over the 130 pages of the Readability corpus', () => {
  it('changes Readability\'s title only by dropping a site\'s name, or where that title is the site\'s name', () => {
    let titled = 0;
    let before = 0;
    let after = 0;
    const changed: string[] = [];
    for (const p of readabilityCorpus()) {
      const want = p.meta.title?.replace(/\s+/g, ' ').trim();
      if (!want) continue;
      titled++;
      const doc = parseHtml(p.html, 'http://fakehost/test/page.html');
      // Readability's own title: what the panel showed before the headline was chosen.
      const readability = runReadability(doc.cloneNode(true) as Document)?.title ?? '';
      const got = extractArticle(doc)?.title ?? '';
      if (readability === want) before++;
      if (got === want) after++;
      if (got === readability) continue;
      changed.push(p.name);
      if (p.name === 'yahoo-2') {
        expect(readability).toBe('Yahoo News - Latest News & Headlines');
        expect(got).toBe('Russia: Space ship malfunctions, breaks up over Siberia');
        continue;
      }
      // Readability's title is ours plus a site's (or author's, or series') name across a separator.
      const rest = readability.startsWith(got) ? readability.slice(got.length) : readability.endsWith(got) ? readability.slice(0, readability.length - got.length) : null;
      expect(rest, `${p.name}: "${got}" vs "${readability}"`).toMatch(/^\s*(?:[|·–—_-]|::|\[)|(?:[|·–—_-]|::)\s*$/u);
    }
    console.log(`titles equal to expected-metadata.json: ${before}/${titled} before, ${after}/${titled} after; changed: ${changed.join(', ')}`);
    expect([before, after, titled]).toEqual([125, 112, 127]);
    expect(changed).toHaveLength(13);
  });
});
