import { describe, expect, it } from 'vitest';
import { parseHtml } from '../helpers/dom';
import { HIDDEN_ATTR, HIDE_RULE, hideElements } from '../../utils/dom/hide';
import { STYLE_ATTR } from '../../utils/dom/page-style';

const PAGE = `<!DOCTYPE html><html><head><title>t</title></head><body>
<p id="a">one</p><p id="b" class="x">two</p><div id="c" data-lede-hidden="page-value"><span>three</span></div><p id="d">four</p>
</body></html>`;

function page() {
  const doc = parseHtml(PAGE);
  const $ = (id: string) => doc.getElementById(id)!;
  return { doc, $ };
}

/** Gives a jsdom document the constructed-stylesheet API it lacks, recording what was adopted. */
function withAdoptedStyleSheets(doc: Document): { sheets: () => CSSStyleSheet[] } {
  let sheets: CSSStyleSheet[] = [];
  Object.defineProperty(doc, 'adoptedStyleSheets', {
    configurable: true,
    get: () => sheets,
    set: (v: CSSStyleSheet[]) => {
      sheets = [...v];
    },
  });
  return { sheets: () => sheets };
}

describe('hideElements (fallback: one <style> in <head>)', () => {
  it('sets the attribute and injects one style rule', () => {
    const { doc, $ } = page();
    const h = hideElements(doc, [$('a'), $('b')]);
    expect($('a').getAttribute(HIDDEN_ATTR)).toBe('');
    expect($('b').hasAttribute(HIDDEN_ATTR)).toBe(true);
    const styles = doc.head.querySelectorAll(`style[${STYLE_ATTR}]`);
    expect(styles).toHaveLength(1);
    expect(styles[0].textContent).toBe(HIDE_RULE);
    expect(doc.defaultView!.getComputedStyle($('a')).display).toBe('none');
    expect(doc.defaultView!.getComputedStyle($('d')).display).not.toBe('none');
    h.undo();
  });

  it('show(one) reveals just that one; hide(one) hides it again', () => {
    const { doc, $ } = page();
    const h = hideElements(doc, [$('a'), $('b')]);
    h.show($('a'));
    expect($('a').hasAttribute(HIDDEN_ATTR)).toBe(false);
    expect($('b').hasAttribute(HIDDEN_ATTR)).toBe(true);
    expect(h.isHidden($('a'))).toBe(false);
    h.hide($('a'));
    expect(h.isHidden($('a'))).toBe(true);
    h.show($('d')); // not ours: no-op
    expect($('d').hasAttribute(HIDDEN_ATTR)).toBe(false);
    h.undo();
  });

  it('undo restores the page exactly, and restores a pre-existing attribute value', () => {
    const { doc, $ } = page();
    const body = doc.body.outerHTML;
    const head = doc.head.outerHTML;
    const h = hideElements(doc, [$('a'), $('c')]);
    expect($('c').getAttribute(HIDDEN_ATTR)).toBe('');
    h.undo();
    expect($('c').getAttribute(HIDDEN_ATTR)).toBe('page-value');
    expect(doc.body.outerHTML).toBe(body);
    expect(doc.head.outerHTML).toBe(head);
    h.undo(); // idempotent
    expect(doc.body.outerHTML).toBe(body);
  });

  it('survives any number of cycles exactly, with show() in between', () => {
    const { doc, $ } = page();
    const body = doc.body.outerHTML;
    const head = doc.head.outerHTML;
    for (let i = 0; i < 5; i++) {
      const h = hideElements(doc, [$('a'), $('b'), $('c'), $('d')]);
      if (i % 2) h.show($('b'));
      h.undo();
      expect(doc.body.outerHTML).toBe(body);
      expect(doc.head.outerHTML).toBe(head);
    }
  });

  it('keeps the style until the last handle undoes; overlapping handles keep shared elements hidden', () => {
    const { doc, $ } = page();
    const body = doc.body.outerHTML;
    const h1 = hideElements(doc, [$('a'), $('b')]);
    const h2 = hideElements(doc, [$('b'), $('d')]);
    expect(doc.head.querySelectorAll(`style[${STYLE_ATTR}]`)).toHaveLength(1);
    h1.undo();
    expect($('a').hasAttribute(HIDDEN_ATTR)).toBe(false);
    expect($('b').hasAttribute(HIDDEN_ATTR)).toBe(true);
    expect(doc.head.querySelectorAll(`style[${STYLE_ATTR}]`)).toHaveLength(1);
    h2.undo();
    expect(doc.head.querySelectorAll(`style[${STYLE_ATTR}]`)).toHaveLength(0);
    expect(doc.body.outerHTML).toBe(body);
  });

  it('never throws on detached elements, duplicates or elements of another document', () => {
    const { doc, $ } = page();
    const body = doc.body.outerHTML;
    const detached = doc.createElement('p');
    const foreign = parseHtml('<p>x</p>').querySelector('p')!;
    const removed = $('d');
    const h = hideElements(doc, [detached, $('a'), $('a'), foreign, removed]);
    removed.remove();
    expect(h.elements).toEqual([detached, $('a'), removed]);
    expect(() => h.show(removed)).not.toThrow();
    expect(() => h.undo()).not.toThrow();
    expect(foreign.hasAttribute(HIDDEN_ATTR)).toBe(false);
    expect(detached.hasAttribute(HIDDEN_ATTR)).toBe(false);
    doc.body.appendChild(removed); // put it back where it was (last element), then compare
    expect(doc.body.outerHTML.replace(/\s+/g, '')).toBe(body.replace(/\s+/g, ''));
  });
});

describe('hideElements with adoptedStyleSheets', () => {
  it('adopts one constructed sheet, adds no element, and keeps it, inert, after the last undo', () => {
    const { doc, $ } = page();
    const adopted = withAdoptedStyleSheets(doc);
    const pageSheet = new (doc.defaultView as unknown as typeof globalThis).CSSStyleSheet();
    doc.adoptedStyleSheets = [pageSheet];
    const html = doc.documentElement.outerHTML;
    const h = hideElements(doc, [$('a')]);
    expect(adopted.sheets()).toHaveLength(2);
    expect(adopted.sheets()[0]).toBe(pageSheet);
    const rule = adopted.sheets()[1].cssRules[0].cssText.replace(/\s+/g, '');
    expect(rule).toContain(`[${HIDDEN_ATTR}]{display:none!important`);
    expect(doc.head.querySelector(`style[${STYLE_ATTR}]`)).toBeNull();
    const h2 = hideElements(doc, [$('b')]);
    expect(adopted.sheets()).toHaveLength(2); // still one sheet of ours
    h.undo();
    expect(adopted.sheets()).toHaveLength(2);
    h2.undo();
    const ours = adopted.sheets()[1];
    expect(adopted.sheets()).toEqual([pageSheet, ours]); // its rule selects only our attribute, now on nothing
    expect(doc.querySelector(`[${HIDDEN_ATTR}=""]`)).toBeNull();
    expect(doc.documentElement.outerHTML).toBe(html);
    hideElements(doc, [$('a')]).undo();
    expect(adopted.sheets()).toEqual([pageSheet, ours]); // not parsed nor adopted again
  });

  it('cycles exactly with the constructed sheet too', () => {
    const { doc, $ } = page();
    withAdoptedStyleSheets(doc);
    const body = doc.body.outerHTML;
    for (let i = 0; i < 3; i++) {
      const h = hideElements(doc, [$('a'), $('c')]);
      h.show($('c'));
      h.undo();
      expect(doc.body.outerHTML).toBe(body);
      expect(doc.adoptedStyleSheets).toHaveLength(1);
    }
  });
});
