import { describe, expect, it } from 'vitest';
import { parseHtml, readabilityCorpus, seed } from '../helpers/dom';
import { pageHtml } from '../../utils/article/page-html';
import { allTextNodes, runReadability } from '../../utils/article/readability-run';

const counts = (doc: Document) => ({ elements: doc.getElementsByTagName('*').length, texts: allTextNodes(doc).length });
const long = (c: string) => c.repeat(400);

describe('pageHtml: the page as sent to be parsed away', () => {
  it('on all corpus pages: the same elements and text nodes, the same Readability verdict, and a smaller message', () => {
    let full = 0;
    let slim = 0;
    for (const page of [...readabilityCorpus(), { name: 'seed', html: seed().doc.documentElement.outerHTML }]) {
      const live = parseHtml(page.html, `https://${page.name}.example/article`);
      const whole = live.documentElement.outerHTML;
      const sent = pageHtml(live);
      full += whole.length;
      slim += sent.length;
      const a = parseHtml(whole);
      const b = parseHtml(sent);
      expect(counts(b), page.name).toEqual(counts(a));
      expect(runReadability(b), page.name).toEqual(runReadability(a));
    }
    console.log(`pageHtml over the corpus: ${(full / 1e6).toFixed(2)} MB → ${(slim / 1e6).toFixed(2)} MB (${((1 - slim / full) * 100).toFixed(0)}% less to send)`);
    expect(slim).toBeLessThan(full * 0.9);
  }, 300_000);

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
});
