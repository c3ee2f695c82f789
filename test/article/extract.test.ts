import { describe, expect, it } from 'vitest';
import { articleFromParsed, extractArticle } from '@/utils/article/extract';
import { runReadability } from '@/utils/article/readability-run';
import { parseHtml, readabilityCorpus, seed } from '../helpers/dom';

const body = (n: number) =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1} of the story: the regional council voted on the budget after a long debate about roads, schools and the harbour, and the mayor promised a second vote in the spring.</p>`).join('\n');

const page = (article: string, lang = 'en') => `<!doctype html><html lang="${lang}"><head><title>Budget vote - The Daily Test</title>
<meta property="og:site_name" content="The Daily Test"></head><body>
<header class="site-header"><div class="ticker"><span>AAPL 190.1</span><span>MSFT 410.2</span></div><nav><a href="/">Home</a><a href="/politics">Politics</a></nav></header>
<main><article><h1>Budget vote</h1>${article}</article>
<section class="related"><h3>Related</h3><ul><li><a href="/x">Another story about MSFT and budgets everywhere</a></li></ul></section></main>
<aside class="sidebar"><p>Most read: a completely different story about the weather.</p></aside>
<footer><p>© The Daily Test. All rights reserved.</p></footer></body></html>`;

describe('extractArticle', () => {
  it('maps the seed article to its live body paragraphs, and nothing around them', () => {
    const { doc, expect: want } = seed();
    const before = doc.body.outerHTML;
    const a = extractArticle(doc)!;
    expect(a).not.toBeNull();
    expect(a.title).toBe(want.title);
    expect(a.lang).toBe('fr');
    expect(a.siteName).toBe('CoinGeek');
    expect(a.publishedTime).toBe('2024-01-22T10:30:00+00:00');
    const text = a.blocks.map((b) => b.text).join('\n');
    for (const keep of want.keepParagraphs) expect(text).toContain(keep);
    // Outside the article: price ticker, navigation, related posts, sidebar, newsletter box, footer.
    for (const outside of ['41 250', 'Actualités', 'Articles recommandés', 'NVDA', 'Les plus lus', 'Inscrivez-vous', 'Tous droits réservés', 'Partager sur']) {
      expect(text).not.toContain(outside);
    }
    // Blocks are the LIVE elements of the page, inside the article body.
    const content = doc.querySelector('.entry-content')!;
    for (const b of a.blocks) {
      expect(b.el.ownerDocument).toBe(doc);
      expect(content.contains(b.el)).toBe(true);
      for (const n of b.nodes) expect(b.el.contains(n)).toBe(true);
      expect(b.nodes.map((n) => n.data).join('')).toBe(b.text);
    }
    expect(a.root && content.contains(a.root)).toBe(true);
    expect(doc.body.outerHTML).toBe(before); // extraction never changes the page
  });

  it('gives block kinds and keeps nested blocks apart', () => {
    const doc = parseHtml(page(`${body(5)}<h2>What comes next</h2><ul><li>First point of the list, about roads.</li><li>Second point, about schools.</li></ul><blockquote><p>We will vote again, said the mayor of the town.</p></blockquote><figure><img src="a.jpg"><figcaption>The harbour at dawn.</figcaption></figure>`));
    const a = extractArticle(doc)!;
    const kinds = a.blocks.map((b) => `${b.kind}:${b.el.tagName}`);
    expect(kinds).toContain('heading:H2');
    expect(kinds).toContain('list-item:LI');
    expect(kinds.filter((k) => k === 'paragraph:P').length).toBeGreaterThanOrEqual(5);
    const texts = a.blocks.map((b) => b.text);
    expect(texts.filter((t) => t.includes('We will vote again')).length).toBe(1); // not duplicated by the blockquote
    expect(a.blocks.some((b) => b.text.includes('AAPL') || b.text.includes('Most read'))).toBe(false);
  });

  it('takes the language from the page unless its text says otherwise, else from the text', () => {
    const fr = parseHtml(page(body(5), 'fr-FR'));
    // Declared French over English text: the text's function words win (a template's stale lang).
    expect(extractArticle(fr)!.lang).toBe('en');
    const french = '<p>Le conseil municipal a voté mardi le budget de la ville, qui prévoit des travaux dans les écoles et une nouvelle piscine pour le quartier du port.</p>';
    expect(extractArticle(parseHtml(page(french.repeat(5), 'fr-FR')))!.lang).toBe('fr');
    const undeclared = parseHtml(page(body(5)).replace(' lang="en"', ''));
    expect(extractArticle(undeclared, { guessLang: (t) => (t.includes('council') ? 'en' : null) })!.lang).toBe('en');
    expect(extractArticle(parseHtml(page(body(5)).replace(' lang="en"', '')))!.lang).toBeNull();
    const german = '<p>Der Gemeinderat hat am Dienstag den Haushalt der Stadt beschlossen, der auch die Sanierung der Schulen und ein neues Hallenbad am Hafen vorsieht.</p>';
    const ld = parseHtml(page(german.repeat(5)).replace(' lang="en"', '').replace('</head>', '<script type="application/ld+json">{"@type":"NewsArticle","inLanguage":"de-DE"}</script></head>'));
    expect(extractArticle(ld)!.lang).toBe('de');
  });

  it('returns null, never throws, on pages without an article or beyond the element budget', () => {
    expect(extractArticle(parseHtml(''))).toBeNull();
    expect(extractArticle(parseHtml('<body><form><input></form></body>'))).toBeNull();
    const big = parseHtml(page(body(30)));
    expect(extractArticle(big, { maxElemsToParse: 10 })).toBeNull();
  });

  it('over the 130 corpus pages: no exception, titles as Readability gives them (or their headline), blocks all live', () => {
    const pages = readabilityCorpus();
    let titled = 0;
    let matched = 0;
    for (const p of pages) {
      const doc = parseHtml(p.html, 'http://fakehost/test/page.html');
      const before = doc.body?.outerHTML;
      const a = extractArticle(doc);
      expect(doc.body?.outerHTML).toBe(before);
      if (p.meta.title) {
        titled++;
        // Readability's title, or the headline in it without the site's name (test/article/headline.test.ts).
        const want = p.meta.title.replace(/\s+/g, ' ').trim();
        if (a?.title && (a.title === want || want.includes(a.title))) matched++;
      }
      for (const b of a?.blocks ?? []) expect(b.el.isConnected).toBe(true);
    }
    expect(matched / titled).toBeGreaterThanOrEqual(0.95);
  });
});

describe('articleFromParsed: Readability run on a copy parsed from the page\'s HTML (the off-thread path)', () => {
  const viaHtml = (doc: Document) => {
    const copy = parseHtml(`<!doctype html>${doc.documentElement.outerHTML}`, doc.URL);
    const parsed = runReadability(copy);
    return parsed && articleFromParsed(doc, parsed);
  };

  it('finds the same live blocks as the clone on the seed page', () => {
    const { doc } = seed();
    const here = extractArticle(doc)!;
    const away = viaHtml(doc)!;
    expect(away.blocks.map((b) => b.el)).toEqual(here.blocks.map((b) => b.el));
    expect(away.title).toBe(here.title);
  });

  it('survives position shifts: <noscript> and adjacent text nodes that a re-parse merges', () => {
    const doc = parseHtml(`<html lang="en"><head><title>Shifts</title></head><body><noscript><p>Enable JS</p></noscript><article><h1>Shifts</h1>${body(6)}</article></body></html>`);
    // Split a text node in two, as scripts do: the HTML re-parse makes it one node again.
    const p = doc.querySelector('article p')!;
    (p.firstChild as Text).splitText(10);
    const here = extractArticle(doc)!;
    const away = viaHtml(doc)!;
    expect(away.blocks.map((b) => b.text)).toEqual(here.blocks.map((b) => b.text));
    expect(away.blocks.map((b) => b.el)).toEqual(here.blocks.map((b) => b.el));
  });

  it('agrees with the clone on the corpus pages', () => {
    let same = 0;
    let total = 0;
    for (const p of readabilityCorpus()) {
      const doc = parseHtml(p.html, 'http://fakehost/test/page.html');
      const here = extractArticle(doc);
      if (!here) continue;
      total++;
      const away = viaHtml(doc);
      const a = here.blocks.map((b) => b.el);
      const b = away?.blocks.map((x) => x.el) ?? [];
      if (a.length === b.length && a.every((el, i) => el === b[i])) same++;
    }
    console.log(`off-thread mapping: same live blocks as the clone on ${same}/${total} pages`);
    expect(same / total).toBeGreaterThanOrEqual(0.95);
  });
});
