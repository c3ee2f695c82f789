import { describe, expect, it } from 'vitest';
import { parseHtml, seed } from '../helpers/dom';
import { EDITABLE_SELECTOR, inEditable, touchesEditable } from '../../utils/dom/editable';
import { HIDDEN_ATTR, hideElements } from '../../utils/dom/hide';
import { highlightMentions } from '../../utils/dom/highlight';
import { extractArticle } from '../../utils/article/extract';
import { recognizeEntities } from '../../utils/entities/recognize';
import { LedePage } from '../../utils/dom/lede-page';
import { DEFAULT_SETTINGS } from '../../utils/extension/site-settings';

/** A house plug as blogs and CMS previews print it, wrapped in each kind of editable region. */
const PLUG = '<p class="plug" id="plug">Subscribe to the Harbour Ledger newsletter for the week\'s markets in five minutes.</p>';
const REGIONS: [string, string][] = [
  ['contenteditable="true"', `<div contenteditable="true">${PLUG}</div>`],
  ['contenteditable=""', `<div contenteditable="">${PLUG}</div>`],
  ['contenteditable="plaintext-only"', `<div contenteditable="plaintext-only">${PLUG}</div>`],
  ['contenteditable="TRUE"', `<div contenteditable="TRUE">${PLUG}</div>`],
  ['contenteditable="inherit-me" (invalid: still editable)', `<div contenteditable="inherit-me">${PLUG}</div>`],
  ['a non-editable island in an editor', `<div contenteditable="true"><figure contenteditable="false">${PLUG}</figure></div>`],
  ['role=textbox', `<div role="textbox" aria-multiline="true">${PLUG}</div>`],
  ['CodeMirror 5', `<div class="CodeMirror cm-s-default"><div class="CodeMirror-lines">${PLUG}</div></div>`],
  ['CodeMirror 6', `<div class="cm-editor ͼ1"><div class="cm-scroller"><div class="cm-content" contenteditable="true">${PLUG}</div></div></div>`],
  ['Monaco', `<div class="monaco-editor vs"><div class="view-lines">${PLUG}</div></div>`],
  ['ProseMirror', `<div class="ProseMirror" translate="no">${PLUG}</div>`],
  ['a label of a form field', `<label>Note <input id="plug" value="Subscribe to the newsletter"></label>`],
  ['a textarea', `<textarea id="plug">Subscribe to the newsletter</textarea>`],
  ['a select', `<select id="plug"><option>Subscribe</option></select>`],
];

const page = (inner: string) =>
  parseHtml(`<!doctype html><html><head><title>Harbour Ledger</title></head><body><article><h1>Ports</h1><p id="free">Trade volumes rose.</p>${inner}</article></body></html>`);

describe('the editable-region helper', () => {
  it.each(REGIONS)('%s: inside an editable region', (_, inner) => {
    const doc = page(inner);
    expect(inEditable(doc.getElementById('plug')!)).toBe(true);
    expect(inEditable(doc.getElementById('free')!)).toBe(false);
    expect(touchesEditable(doc.querySelector('article')!)).toBe(true);
  });

  it.each([
    ['contenteditable="false"', `<div contenteditable="false">${PLUG}</div>`],
    ['contenteditable="FALSE"', `<div contenteditable="False">${PLUG}</div>`],
    ['a ProseMirror view made read-only', `<div class="ProseMirror" contenteditable="false">${PLUG}</div>`],
    ['plain markup', `<aside class="newsletter">${PLUG}</aside>`],
  ])('%s: not editable', (_, inner) => {
    const doc = page(inner);
    expect(inEditable(doc.getElementById('plug')!)).toBe(false);
    expect(touchesEditable(doc.querySelector('article')!)).toBe(false);
  });

  it('a document in design mode is editable throughout', () => {
    const doc = page(`<aside>${PLUG}</aside>`);
    (doc as { designMode: string }).designMode = 'on';
    expect(inEditable(doc.getElementById('free')!)).toBe(true);
    expect(doc.querySelectorAll(EDITABLE_SELECTOR)).toHaveLength(0); // design mode is not an attribute
  });
});

describe('hideElements never writes in an editable region', () => {
  it.each(REGIONS)('%s: the element inside is left alone, the page is byte-identical', (_, inner) => {
    const doc = page(inner);
    const before = doc.documentElement.outerHTML;
    const h = hideElements(doc, [doc.getElementById('plug')!]);
    expect(doc.documentElement.outerHTML).toBe(before); // no attribute, and no <style> either
    expect(h.elements).toEqual([]);
    expect(h.isHidden(doc.getElementById('plug')!)).toBe(false);
    h.undo();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('nor hides an element that holds an editor (that would hide the editor)', () => {
    const doc = page(`<section id="box"><p>Leave a comment</p><div contenteditable="true"><p>My draft</p></div></section>`);
    const before = doc.documentElement.outerHTML;
    hideElements(doc, [doc.getElementById('box')!]);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('hides the rest as before: outside the editor, and in a contenteditable="false" box', () => {
    const doc = page(`<div contenteditable="true">${PLUG}</div><aside id="side" contenteditable="false"><p>Sponsored: Quay Freight</p></aside>`);
    const h = hideElements(doc, [doc.getElementById('plug')!, doc.getElementById('free')!, doc.getElementById('side')!]);
    expect(h.elements.map((e) => e.id)).toEqual(['free', 'side']);
    expect(doc.getElementById('free')!.hasAttribute(HIDDEN_ATTR)).toBe(true);
    expect(doc.getElementById('side')!.hasAttribute(HIDDEN_ATTR)).toBe(true);
    expect(doc.getElementById('plug')!.hasAttribute(HIDDEN_ATTR)).toBe(false);
    h.undo();
  });

  it('a design-mode document: nothing hidden, no style added', () => {
    const doc = page(`<aside>${PLUG}</aside>`);
    (doc as { designMode: string }).designMode = 'on';
    const before = doc.documentElement.outerHTML;
    const h = hideElements(doc, [doc.getElementById('plug')!, doc.getElementById('free')!]);
    expect(doc.documentElement.outerHTML).toBe(before);
    h.undo();
  });

  it('"hide again" asks again: an element the page made editable since stays shown', () => {
    const doc = page(`<div id="wrap">${PLUG}</div>`);
    const plug = doc.getElementById('plug')!;
    const h = hideElements(doc, [plug]);
    expect(plug.hasAttribute(HIDDEN_ATTR)).toBe(true);
    h.show(plug);
    doc.getElementById('wrap')!.setAttribute('contenteditable', 'true');
    h.hide(plug);
    expect(plug.hasAttribute(HIDDEN_ATTR)).toBe(false);
    h.undo();
  });
});

describe('the whole page controller on an article being edited', () => {
  it('the seed article made contenteditable: promos found, nothing hidden or marked, outerHTML unchanged', () => {
    const { doc } = seed();
    doc.querySelector('article')!.setAttribute('contenteditable', 'true');
    const before = doc.documentElement.outerHTML;
    const page = new LedePage(doc, { url: () => 'https://coingeek.com/fr/news/x/', recognize: recognizeEntities });
    const report = page.run(DEFAULT_SETTINGS);
    expect(report.isArticle).toBe(true);
    expect(report.promos.length).toBeGreaterThan(0); // found, so there was something to refuse
    expect(doc.documentElement.outerHTML).toBe(before);
    page.undo();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('the same article not editable: its promos are hidden (the control)', () => {
    const { doc } = seed();
    const page = new LedePage(doc, { url: () => 'https://coingeek.com/fr/news/x/', recognize: recognizeEntities });
    page.run(DEFAULT_SETTINGS);
    expect(doc.querySelectorAll(`[${HIDDEN_ATTR}]`).length).toBeGreaterThan(0);
    page.undo();
  });

  it('highlighting shares the helper: no mark in a role=textbox or a CodeMirror 6 editor', () => {
    const doc = parseHtml(`<!doctype html><html lang="en"><head><title>Chips</title></head><body><article><h1>Chipmakers race</h1>
<p>Analysts cite Intel Corporation (NASDAQ: INTC) and Samsung Electronics as partners, in a long paragraph that Readability keeps as article text.</p>
<div role="textbox"><p>Reply: Intel Corporation (NASDAQ: INTC) is my pick for the year, and Samsung Electronics too, says the reader.</p></div>
<div class="cm-editor"><div class="cm-content"><p>notes = "Intel Corporation (NASDAQ: INTC) and Samsung Electronics, in a code editor"</p></div></div>
<p>More text about the market for chips, which is a long paragraph so Readability keeps it as article text for sure.</p>
</article></body></html>`);
    const article = extractArticle(doc)!;
    const h = highlightMentions(article, recognizeEntities(article.blocks, article.lang), { mode: 'wrap' });
    expect(doc.querySelectorAll('lede-mark').length).toBeGreaterThan(0);
    expect(doc.querySelector('[role="textbox"] lede-mark, .cm-editor lede-mark, [role="textbox"] [data-lede-highlighted], .cm-editor [data-lede-highlighted]')).toBeNull();
    h.undo();
  });
});
