/**
 * The highlight colours: one rule set for the CSS Custom Highlight API (::highlight) and the same look for
 * the <lede-mark> fallback. Translucent backgrounds plus an underline read on light and dark pages;
 * companies are amber, crypto assets blue.
 */
export const HIGHLIGHT_CSS = `
::highlight(lede-company) { background-color: rgba(255, 184, 0, 0.28); text-decoration: underline 2px rgba(222, 140, 0, 0.9); text-underline-offset: 2px; }
::highlight(lede-crypto) { background-color: rgba(64, 156, 255, 0.25); text-decoration: underline 2px rgba(40, 110, 230, 0.9); text-underline-offset: 2px; }
lede-mark { display: inline; color: inherit; font: inherit; border-radius: 2px; cursor: help; text-decoration: underline 2px; text-underline-offset: 2px; }
lede-mark[data-kind="company"] { background-color: rgba(255, 184, 0, 0.28); text-decoration-color: rgba(222, 140, 0, 0.9); }
lede-mark[data-kind="crypto"] { background-color: rgba(64, 156, 255, 0.25); text-decoration-color: rgba(40, 110, 230, 0.9); }
`;

type SheetWindow = Window & { CSSStyleSheet?: { new (): CSSStyleSheet; prototype: CSSStyleSheet } };

/** One parsed sheet per document. */
const sheets = new WeakMap<Document, CSSStyleSheet>();

/**
 * Applies HIGHLIGHT_CSS to the document: a constructed stylesheet in adoptedStyleSheets when the browser
 * has them (no DOM change), else one <style> in <head>. Returns the exact undo.
 *
 * The constructed sheet, once adopted, stays adopted while the page lives; its undo does nothing. Adopting
 * or dropping a sheet with ::highlight rules makes Chromium recompute the style of every element on the
 * page (wikipedia-2: 56–70 ms to adopt, 45–87 ms to drop; yahoo-2: 10 ms each), and a re-run or a
 * toggle paid both. Without Lede's registered highlights and <lede-mark> elements, its rules match
 * nothing. It is adopted again if the page replaced the list without it. The <style> fallback is a DOM
 * change, and its undo removes it.
 */
export function applyHighlightStyle(doc: Document): () => void {
  const win = doc.defaultView as SheetWindow | null;
  const adopted = (doc as Document & { adoptedStyleSheets?: CSSStyleSheet[] }).adoptedStyleSheets;
  if (win?.CSSStyleSheet && Array.isArray(adopted)) {
    try {
      let sheet = sheets.get(doc);
      if (!sheet) {
        sheet = new win.CSSStyleSheet();
        sheet.replaceSync(HIGHLIGHT_CSS);
        sheets.set(doc, sheet);
      }
      if (!adopted.includes(sheet)) doc.adoptedStyleSheets = [...adopted, sheet];
      return () => {};
    } catch {
      // Fall through to a <style> element.
    }
  }
  const style = doc.createElement('style');
  style.setAttribute('data-lede', 'highlight');
  style.textContent = HIGHLIGHT_CSS;
  (doc.head ?? doc.documentElement).appendChild(style);
  return () => style.remove();
}
