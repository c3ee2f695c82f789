import { describe, expect, it } from 'vitest';
import { parseHtml, readabilityCorpus, seed } from '../helpers/dom';
import { pageHtml } from '../../utils/article/page-html';
import { allTextNodes, runReadability } from '../../utils/article/readability-run';

const counts = (doc: Document) => ({ elements: doc.getElementsByTagName('*').length, texts: allTextNodes(doc).length });
const long = (c: string) => c.repeat(400);
/** Past the 32 KB of a container's own scripts from which it is written child by child. */
const huge = (c: string) => c.repeat(10_000);

/** The definition: the page's outerHTML once every long script and style sheet (not JSON-LD, not SVG's) holds one space. */
function emptied(live: Document): string {
  const copy = live.cloneNode(true) as Document;
  for (const el of copy.querySelectorAll('script, style')) {
    const jsonLd = el.localName === 'script' && /ld\+json/i.test(el.getAttribute('type') ?? '');
    if (el.namespaceURI === 'http://www.w3.org/1999/xhtml' && !jsonLd && (el.textContent ?? '').length >= 256) el.textContent = ' ';
  }
  return copy.documentElement.outerHTML;
}

/**
 * jsdom escapes a <noscript>'s text in the element's own outerHTML but not in its document's (Chromium does
 * neither on a page, where scripting is on): noscript contents are left out of the comparison.
 */
const bare = (html: string) => html.replace(/<noscript\b[^>]*>[\s\S]*?<\/noscript>/g, '<noscript></noscript>');

describe('pageHtml: the page as sent to be parsed away', () => {
  it('on all corpus pages: the outerHTML with long scripts and styles emptied, the same elements, text nodes and Readability verdict, and a smaller message', () => {
    let full = 0;
    let slim = 0;
    for (const page of [...readabilityCorpus(), { name: 'seed', html: seed().doc.documentElement.outerHTML }]) {
      const live = parseHtml(page.html, `https://${page.name}.example/article`);
      const whole = live.documentElement.outerHTML;
      const sent = pageHtml(live);
      full += whole.length;
      slim += sent.length;
      expect(bare(sent) === bare(emptied(live)), page.name).toBe(true);
      const a = parseHtml(whole);
      const b = parseHtml(sent);
      expect(counts(b), page.name).toEqual(counts(a));
      expect(runReadability(b), page.name).toEqual(runReadability(a));
      for (const d of [live, a, b]) d.defaultView?.close();
    }
    console.log(`pageHtml over the corpus: ${(full / 1e6).toFixed(2)} MB → ${(slim / 1e6).toFixed(2)} MB (${((1 - slim / full) * 100).toFixed(0)}% less to send)`);
    expect(slim).toBeLessThan(full * 0.9);
  });

  it('writes the root, head and body as the serialiser does: attributes, comments, escaped text between children', () => {
    const live = parseHtml(`<!doctype html><html lang="fr" data-x='a"b'><!-- avant --><head><meta charset="utf-8"><script>${huge('x();')}</script></head>
      <body class="c" style="color: red">a &amp; b\u00a0&lt;c&gt;<!-- note --><p>P</p><script type="module">${huge('y();')}</script></body></html>`);
    expect(pageHtml(live)).toBe(emptied(live));
  });

  it('empties long scripts and styles, keeps JSON-LD, short scripts and SVG styles as they are', () => {
    const ld = `{"@type":"NewsArticle","headline":"${long('h')}"}`;
    const live = parseHtml(`<!doctype html><html><head><title>T</title>
      <script>${long('var a=1;')}</script><script type="application/ld+json">${ld}</script><style>${long('p{color:red}')}</style>
      </head><body><p>Text</p><script>short()</script><svg><style>${long('a>b{}')}</style></svg><script>${long('b();')}</script></body></html>`);
    const sent = pageHtml(live);
    expect(sent).not.toContain('var a=1;');
    expect(sent).not.toContain('p{color:red}');
    expect(sent).not.toContain('b();');
    expect(sent).toContain(ld);
    expect(sent).toContain('short()');
    expect(sent).toContain('a&gt;b{}');
    expect(counts(parseHtml(sent))).toEqual(counts(live));
  });

  it('a look-alike of a script in an attribute or a comment loses nothing', () => {
    const code = long('tick();');
    const live = parseHtml(`<html><head></head><body><div title=">${code}</script>">a</div><!-- >${code}</script> --><p>b</p><script>${code}</script><p>c</p></body></html>`);
    const sent = pageHtml(live);
    const copy = parseHtml(sent);
    expect(counts(copy)).toEqual(counts(live));
    expect([...copy.querySelectorAll('p')].map((p) => p.textContent)).toEqual(['b', 'c']);
    expect(copy.querySelector('script')!.textContent).toBe(code); // the comment's copy was emptied instead
    expect(sent.length).toBeLessThan(live.documentElement.outerHTML.length);
  });

  it('a long script right in <body> is never serialised: the look-alike in a comment stays as it is', () => {
    const code = huge('tick();');
    const live = parseHtml(`<html><head></head><body><!-- >${code}</script> --><p>b</p><script>${code}</script><p>c</p></body></html>`);
    const sent = pageHtml(live);
    const copy = parseHtml(sent);
    expect(counts(copy)).toEqual(counts(live));
    expect(copy.querySelector('script')!.textContent).toBe(' ');
    expect(sent).toContain(`<!-- >${code}</script> -->`);
  });

  it('written child by child, still cuts the deeper scripts out of each child', () => {
    const top = huge('a();');
    const deep = long('b();');
    const live = parseHtml(`<html><head></head><body><script>${top}</script><div><p>x</p><script>${deep}</script></div><section><style>${long('i{}')}</style></section></body></html>`);
    const sent = pageHtml(live);
    expect(sent).toBe(emptied(live));
    expect(sent).not.toContain('b();');
    expect(sent).not.toContain('i{}');
    expect(counts(parseHtml(sent))).toEqual(counts(live));
  });

  it('a look-alike before a deeper script loses nothing either', () => {
    const code = long('tick();');
    const live = parseHtml(`<html><head></head><body><div><!-- >${code}</script> --><p>b</p><script>${code}</script><p>c</p></div></body></html>`);
    const copy = parseHtml(pageHtml(live));
    expect(counts(copy)).toEqual(counts(live));
    expect([...copy.querySelectorAll('p')].map((p) => p.textContent)).toEqual(['b', 'c']);
    expect(copy.querySelector('script')!.textContent).toBe(code); // the comment's copy was emptied instead
  });
});
