import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_CSS, parseHtml, readabilityCorpus, seed } from '../helpers/dom';
import { extractArticle } from '../../utils/article/extract';
import { recognizeEntities } from '../../utils/entities/recognize';
import { HIGHLIGHT_NAMES, highlightMentions } from '../../utils/dom/highlight';
import type { Article } from '../../utils/article/types';
import type { Entity } from '../../utils/report';
import { installFakeHighlightApi } from '../helpers/fake-highlights';
import { HIGHLIGHTED_ATTR } from '../../utils/dom/highlight-style';
import { FLASH_NAME } from '../../utils/dom/flash';

const PAGE = `<!doctype html><html lang="en"><head><title>Chips</title></head><body>
<header><p class="ticker">BTC 65,000 · NVDA 900 · Intel Corporation (NASDAQ: INTC)</p></header>
<article>
<h1>Chipmakers race</h1>
<p>Analysts cite <b>Intel</b> Corporation (NASDAQ: INTC) and Samsung Electronics as partners of OpenAI.</p>
<p>Traders moved 2 BTC and $ETH while Intel shares rose 3%. Intel, Intel and Intel again.</p>
<p>Code: <code>Intel Corporation (NASDAQ: INTC)</code> and <span contenteditable="true">Samsung Electronics</span> stay untouched.</p>
<p>More text about OpenAI and the market for chips, which is a long paragraph so Readability keeps it as article text.</p>
<p>And yet another paragraph mentioning nothing in particular, long enough to be considered part of the article body.</p>
</article>
<aside><p>Related: NVDA and MSFT and Intel rally</p></aside>
</body></html>`;

function setup(html = PAGE): { doc: Document; article: Article; entities: Entity[] } {
  const doc = parseHtml(html);
  const article = extractArticle(doc)!;
  return { doc, article, entities: recognizeEntities(article.blocks, article.lang) };
}

function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const w = root.ownerDocument!.createTreeWalker(root, 4);
  for (let n = w.nextNode(); n; n = w.nextNode()) out.push(n as Text);
  return out;
}

describe('wrap mode', () => {
  it('wraps exactly the mentions, only inside article blocks, and undoes exactly', () => {
    const { doc, article, entities } = setup();
    const before = doc.body.outerHTML;
    const nodesBefore = textNodes(doc.body);
    const h = highlightMentions(article, entities, { mode: 'wrap' });
    expect(h.mode).toBe('wrap');
    const marks = [...doc.querySelectorAll('lede-mark')];
    expect(marks.length).toBeGreaterThan(0);
    // Every highlighted mention's text reads as the mention; nothing outside the blocks.
    const expected = entities.flatMap((e) => e.mentions.map((m) => m.text));
    for (const m of marks) {
      expect(article.blocks.some((b) => b.el.contains(m))).toBe(true);
      expect(m.closest('header, aside, code, [contenteditable]')).toBeNull();
      expect(expected.join('|')).toContain(m.textContent!);
      expect(m.getAttribute('data-kind')).toMatch(/^(company|crypto)$/);
    }
    expect(doc.querySelector('header lede-mark, aside lede-mark')).toBeNull();
    // Ranges per entity read as the mentions.
    const intel = entities.find((e) => e.id === 'intel')!;
    // All of Intel's mentions but the two inside <code>.
    const ranges = h.rangesFor('intel').map((r) => r.toString());
    expect(ranges.length).toBe(intel.mentions.length - 2);
    for (const r of ranges) expect(intel.mentions.map((m) => m.text)).toContain(r);
    expect(h.rangesFor('intel')[0].toString()).toBe('Intel Corporation');
    h.undo();
    expect(doc.body.outerHTML).toBe(before);
    const nodesAfter = textNodes(doc.body);
    expect(nodesAfter.length).toBe(nodesBefore.length);
    nodesAfter.forEach((n, i) => expect(n).toBe(nodesBefore[i]));
  });

  it('skips code and contenteditable text', () => {
    const { doc, article, entities } = setup();
    const h = highlightMentions(article, entities, { mode: 'wrap' });
    expect(doc.querySelector('code lede-mark, [contenteditable] lede-mark')).toBeNull();
    h.undo();
  });

  it('survives 5 on/off cycles byte-identically', () => {
    const { doc, article, entities } = setup();
    const before = doc.body.outerHTML;
    for (let i = 0; i < 5; i++) {
      const h = highlightMentions(article, entities, { mode: 'wrap' });
      expect(h.count).toBeGreaterThan(3);
      h.undo();
      h.undo(); // idempotent
      expect(doc.body.outerHTML).toBe(before);
    }
  });

  it('undoes exactly after the page removed marked nodes, and skips mentions whose text the page changed', () => {
    const { doc, article, entities } = setup();
    const h = highlightMentions(article, entities, { mode: 'wrap' });
    const p = doc.querySelectorAll('article p')[1];
    p.remove();
    h.undo();
    const expected = setup().doc;
    expected.querySelectorAll('article p')[1].remove();
    expect(doc.body.outerHTML).toBe(expected.body.outerHTML);
    // A mention whose text the page changed is skipped, without throwing: a detached node, a node of
    // another length, the same length with other text. The block's mentions in nodes as extracted stay.
    const marked = (page: ReturnType<typeof setup>, change: (b: Article['blocks'][number]) => void) => {
      const b = page.article.blocks.find((x) => x.text.startsWith('Analysts cite'))!;
      expect(b.nodes.map((n) => n.data)).toEqual(['Analysts cite ', 'Intel', ' Corporation (NASDAQ: INTC) and Samsung Electronics as partners of OpenAI.']);
      change(b);
      const h = highlightMentions(page.article, page.entities, { mode: 'wrap' });
      const texts = [...b.el.querySelectorAll('lede-mark')].map((m) => m.textContent);
      h.undo();
      return texts;
    };
    const all = ['Intel', ' Corporation', 'INTC', 'Samsung Electronics', 'OpenAI']; // "Intel Corporation" spans the <b>
    expect(marked(setup(), () => {})).toEqual(all);
    expect(marked(setup(), (b) => void (b.nodes[0].data = 'Changed by the page: '))).toEqual(all);
    expect(marked(setup(), (b) => void (b.nodes[1].data = 'Intal'))).toEqual(['INTC', 'Samsung Electronics', 'OpenAI']);
    expect(marked(setup(), (b) => void (b.nodes[1].data = 'AMD'))).toEqual(['INTC', 'Samsung Electronics', 'OpenAI']);
    // Same length, one letter changed inside "Samsung Electronics" only.
    expect(marked(setup(), (b) => void (b.nodes[2].data = b.nodes[2].data.replace('Electronics', 'Electronica')))).toEqual(['Intel', ' Corporation', 'INTC', 'OpenAI']);
    expect(marked(setup(), (b) => b.nodes[2].remove())).toEqual([]);
  });

  it('finds the entity under a point through elementFromPoint', () => {
    const { doc, article, entities } = setup();
    const h = highlightMentions(article, entities, { mode: 'wrap' });
    const mark = doc.querySelector('lede-mark[data-lede-entity="samsung"]')!;
    (doc as Document & { elementFromPoint: (x: number, y: number) => Element | null }).elementFromPoint = () => mark.firstChild!.parentElement;
    expect(h.entityAt(1, 1)?.entityId).toBe('samsung');
    h.undo();
    expect(h.entityAt(1, 1)).toBeNull();
  });
});

describe('placement', () => {
  const mention = (article: Article, block: number, text: string, from = 0) => {
    const start = article.blocks[block].text.indexOf(text, from);
    if (start < 0) throw new Error(`no "${text}" in block ${block}`);
    return { block, start, end: start + text.length, text };
  };
  const entity = (id: string, mentions: Entity['mentions']): Entity => ({ id, kind: 'company', name: id, mentions });

  it('orders mentions in document order also when a block nests inside another', () => {
    // The outer <div>'s own text is one block, its <p> another: (block, offset) order is not document order.
    const doc = parseHtml(`<!doctype html><html lang="en"><body><article><h1>Nested</h1>
<div>Alpha opens the box. <p>Beta sits in the middle of it, in a paragraph long enough to be kept as text.</p> Gamma closes the box, and this outer text runs on long enough to be kept too.</div>
</article></body></html>`);
    const article = extractArticle(doc)!;
    const outer = article.blocks.findIndex((b) => b.text.includes('Alpha'));
    const inner = article.blocks.findIndex((b) => b.text.includes('Beta'));
    expect(outer).toBeGreaterThanOrEqual(0);
    expect(inner).not.toBe(outer);
    const e = entity('x', [mention(article, outer, 'Gamma'), mention(article, inner, 'Beta'), mention(article, outer, 'Alpha')]);
    const h = highlightMentions(article, [e], { mode: 'wrap' });
    expect(h.rangesFor('x').map((r) => r.toString())).toEqual(['Alpha', 'Beta', 'Gamma']);
    h.undo();
  });

  it('keeps the first of two overlapping mentions, and both of two adjacent ones', () => {
    const { doc, article } = setup();
    const before = doc.body.outerHTML;
    const b = article.blocks.findIndex((x) => x.text.includes('Samsung Electronics as partners'));
    const first = entity('samsung', [mention(article, b, 'Samsung Electronics')]);
    const overlapping = entity('electronics', [mention(article, b, 'Electronics as')]);
    const adjacent = entity('as', [mention(article, b, ' as partners')]);
    const h = highlightMentions(article, [overlapping, first, adjacent], { mode: 'wrap' });
    // Sorted by position, "Samsung Electronics" starts first and wins over the overlapping "Electronics as".
    expect(h.rangesFor('samsung').map((r) => r.toString())).toEqual(['Samsung Electronics']);
    expect(h.rangesFor('electronics')).toEqual([]);
    expect(h.rangesFor('as').map((r) => r.toString())).toEqual([' as partners']);
    h.undo();
    expect(doc.body.outerHTML).toBe(before);
  });
});

describe('CSS Custom Highlight API mode', () => {
  it('registers ranges per kind, marks only the elements holding their text, and undoes exactly', () => {
    const { doc, article, entities } = setup();
    const registry = installFakeHighlightApi(doc);
    const body = doc.body.outerHTML;
    const head = doc.head.outerHTML;
    const nodesBefore = textNodes(doc.body);
    const h = highlightMentions(article, entities);
    expect(h.mode).toBe('css');
    const company = registry.get('lede-company')!;
    const crypto = registry.get('lede-crypto')!;
    expect(company.size + crypto.size).toBe(h.count);
    expect([...company].map((r) => (r as Range).toString())).toContain('Samsung Electronics');
    expect([...crypto].map((r) => (r as Range).toString())).toEqual(expect.arrayContaining(['BTC', '$ETH']));
    // The text is untouched; the ::highlight rules are scoped to the parents of highlighted text.
    expect(textNodes(doc.body)).toEqual(nodesBefore);
    const ranges = [...company, ...crypto] as Range[];
    const parents = new Set(ranges.flatMap((r) => [r.startContainer.parentElement, r.endContainer.parentElement]));
    const marked = new Set(doc.querySelectorAll(`[${HIGHLIGHTED_ATTR}]`));
    expect(marked).toEqual(parents); // "<b>Intel</b> Corporation" marks the <b> and the <p>
    expect([...marked].map((e) => e.tagName).sort()).toEqual(['B', 'P', 'P', 'P']); // not the <code> nor the editable <span>
    const unmarked = doc.body.cloneNode(true) as HTMLElement;
    for (const el of unmarked.querySelectorAll(`[${HIGHLIGHTED_ATTR}]`)) el.removeAttribute(HIGHLIGHTED_ATTR);
    expect(unmarked.outerHTML).toBe(body);
    // The colours come with the content script: the highlight puts nothing in <head>.
    expect(doc.head.outerHTML).toBe(head);
    // Caret-based hit testing over our own ranges.
    const target = h.rangesFor('samsung')[0];
    (doc as unknown as Record<string, unknown>).caretRangeFromPoint = () => {
      const r = doc.createRange();
      r.setStart(target.startContainer, target.startOffset + 2);
      return r;
    };
    expect(h.entityAt(5, 5)?.entityId).toBe('samsung');
    h.undo();
    expect(registry.has('lede-company')).toBe(false);
    expect(registry.has('lede-crypto')).toBe(false);
    expect(doc.body.outerHTML).toBe(body);
    expect(doc.head.outerHTML).toBe(head);
  });

  it("puts back the page's own value of the attribute, and shares marks between handles", () => {
    const { doc, article, entities } = setup(PAGE.replace('<p>Traders', '<p data-lede-highlighted="page">Traders'));
    installFakeHighlightApi(doc);
    const body = doc.body.outerHTML;
    const traders = [...doc.querySelectorAll('p')].find((p) => p.textContent!.startsWith('Traders'))!;
    const a = highlightMentions(article, entities);
    const b = highlightMentions(article, entities);
    expect(traders.getAttribute(HIGHLIGHTED_ATTR)).toBe('');
    a.undo();
    expect(traders.getAttribute(HIGHLIGHTED_ATTR)).toBe(''); // b still needs it
    b.undo();
    expect(traders.getAttribute(HIGHLIGHTED_ATTR)).toBe('page');
    expect(doc.body.outerHTML).toBe(body);
  });

  it('uses highlightsFromPoint when the registry has it', () => {
    const { doc, article, entities } = setup();
    const registry = installFakeHighlightApi(doc) as Map<string, Set<AbstractRange>> & { highlightsFromPoint?: unknown };
    const h = highlightMentions(article, entities);
    const r = h.rangesFor('openai')[0];
    registry.highlightsFromPoint = () => [{ highlight: registry.get('lede-company'), ranges: [r] }];
    expect(h.entityAt(0, 0)).toEqual({ entityId: 'openai', range: r });
    h.undo();
  });
});

describe('real pages', () => {
  it('seed page: highlights article mentions only, never the header ticker or related posts', () => {
    const { doc, expect: exp } = seed();
    const article = extractArticle(doc)!;
    const entities = recognizeEntities(article.blocks, article.lang);
    const before = doc.body.outerHTML;
    for (let i = 0; i < 5; i++) {
      const h = highlightMentions(article, entities, { mode: 'wrap' });
      const marks = [...doc.querySelectorAll('lede-mark')];
      expect(marks.length).toBe(entities.reduce((n, e) => n + e.mentions.length, 0));
      for (const m of marks) {
        expect(article.blocks.some((b) => b.el.contains(m))).toBe(true);
        for (const bad of [...exp.mustNotHighlight, ...exp.mustNotHighlightOutsideArticle]) expect(m.textContent).not.toBe(bad);
      }
      h.undo();
      expect(doc.body.outerHTML).toBe(before);
    }
  });

  it('readability corpus: wrap on → off restores body.outerHTML exactly on every page', () => {
    let pages = 0;
    let marks = 0;
    for (const p of readabilityCorpus()) {
      const doc = parseHtml(p.html);
      const article = extractArticle(doc);
      if (!article) continue;
      const entities = recognizeEntities(article.blocks, article.lang);
      const before = doc.body.outerHTML;
      const h = highlightMentions(article, entities, { mode: 'wrap' });
      marks += doc.querySelectorAll('lede-mark').length;
      h.undo();
      expect(doc.body.outerHTML, p.name).toBe(before);
      pages++;
    }
    expect(pages).toBeGreaterThan(120);
    expect(marks).toBeGreaterThan(50);
  });
});

describe('the highlight colours', () => {
  it('are scoped to the marked elements: every ::highlight rule selects the attribute, for each name Lede registers', () => {
    const rules = HIGHLIGHT_CSS.replace(/\/\*[\s\S]*?\*\//g, '').match(/[^{}]+\{[^}]*\}/g)!.map((r) => r.trim());
    const highlightRules = rules.filter((r) => r.includes('::highlight('));
    for (const name of [...Object.values(HIGHLIGHT_NAMES), FLASH_NAME]) expect(highlightRules.some((r) => r.startsWith(`[${HIGHLIGHTED_ATTR}]::highlight(${name})`)), name).toBe(true);
    for (const r of highlightRules) expect(r, 'unscoped ::highlight rule').toMatch(new RegExp(`^\\[${HIGHLIGHTED_ATTR}\\]::highlight\\(`));
    // The rest select only Lede's own fallback element.
    for (const r of rules.filter((x) => !x.includes('::highlight('))) expect(r).toMatch(/^lede-mark[\s[{]/);
  });

  it("come with the content script: highlighting leaves the page's style sheets and <head> alone", () => {
    const { doc, article, entities } = setup();
    installFakeHighlightApi(doc);
    let sheets: CSSStyleSheet[] = [];
    let writes = 0;
    Object.defineProperty(doc, 'adoptedStyleSheets', { configurable: true, get: () => sheets, set: (v: CSSStyleSheet[]) => void ((sheets = [...v]), writes++) });
    const pageSheet = new (doc.defaultView as unknown as typeof globalThis).CSSStyleSheet();
    doc.adoptedStyleSheets = [pageSheet];
    const head = doc.head.outerHTML;
    for (const mode of ['css', 'wrap'] as const) {
      const h = highlightMentions(article, entities, { mode });
      expect(h.mode).toBe(mode);
      expect(h.count).toBeGreaterThan(0);
      expect(sheets).toEqual([pageSheet]);
      expect(writes).toBe(1);
      expect(doc.head.outerHTML).toBe(head);
      h.undo();
    }
    expect(doc.querySelector(`[${HIGHLIGHTED_ATTR}], lede-mark`)).toBeNull();
  });
});
