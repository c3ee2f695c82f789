/**
 * Lede's style rules in the page, held by reference count per document and name: a constructed
 * stylesheet in `adoptedStyleSheets` where the content script can make one (no DOM node), else one
 * `<style data-lede-style="name">` in <head>, its rules set as text. (The hiding rule; the highlight
 * colours need none of this: they come with the content script, highlight.css.)
 *
 * The last release removes the <style> element: the DOM is exactly as it was. A constructed sheet, once
 * adopted, stays for the page's life: its rules select only Lede's own attributes, so without them it
 * matches nothing and costs no style work, while parsing it again and changing the page's sheet list on
 * every toggle and re-run did. A sheet the page dropped (it replaced the list) is adopted again by the
 * next hold.
 */
export const STYLE_ATTR = 'data-lede-style';

interface Held {
  count: number;
  sheet: CSSStyleSheet | null;
  style: Element | null;
}

const docs = new WeakMap<Document, Map<string, Held>>();

type SheetDocument = Document & { adoptedStyleSheets?: CSSStyleSheet[] };

/** A constructed stylesheet adopted after the page's own, or null when this document cannot have one. */
function adoptSheet(doc: SheetDocument, css: string): CSSStyleSheet | null {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  if (!view || !Array.isArray(doc.adoptedStyleSheets) || typeof view.CSSStyleSheet !== 'function') return null;
  try {
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(css);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return sheet;
  } catch {
    // Firefox content scripts may refuse a sheet made in the script's compartment: fall back to <style>.
    return null;
  }
}

function insertStyle(doc: Document, name: string, css: string): Element | null {
  try {
    const style = doc.createElement('style');
    style.setAttribute(STYLE_ATTR, name);
    style.textContent = css;
    (doc.head ?? doc.documentElement)?.appendChild(style);
    return style;
  } catch {
    return null;
  }
}

/** Puts `css` in the page under `name` (once per document, however many hold it). Returns the release. */
export function holdStyle(doc: Document, name: string, css: string): () => void {
  const d = doc as SheetDocument;
  let byName = docs.get(doc);
  if (!byName) docs.set(doc, (byName = new Map()));
  let held = byName.get(name);
  if (!held) byName.set(name, (held = { count: 0, sheet: null, style: null }));
  held.count++;
  if (held.sheet) {
    try {
      if (!d.adoptedStyleSheets?.includes(held.sheet)) d.adoptedStyleSheets = [...(d.adoptedStyleSheets ?? []), held.sheet];
    } catch {
      /* keep going without it */
    }
  } else if (!held.style) {
    held.sheet = adoptSheet(d, css);
    if (!held.sheet) held.style = insertStyle(doc, name, css);
  }
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (--held.count <= 0) {
      held.count = 0;
      held.style?.remove();
      held.style = null;
    }
  };
}
