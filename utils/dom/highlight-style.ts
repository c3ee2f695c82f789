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

/** One parsed sheet per document, adopted and dropped as highlights go on and off. */
const sheets = new WeakMap<Document, CSSStyleSheet>();

/**
 * Applies HIGHLIGHT_CSS to the document: a constructed stylesheet in adoptedStyleSheets when the browser
 * has them (no DOM change), else one <style> in <head>. Returns the exact undo.
 */
export function applyHighlightStyle(doc: Document): () => void {
  const win = doc.defaultView as SheetWindow | null;
  const adopted = (doc as Document & { adoptedStyleSheets?: CSSStyleSheet[] }).adoptedStyleSheets;
  if (win?.CSSStyleSheet && Array.isArray(adopted)) {
    try {
      const sheet = sheets.get(doc) ?? new win.CSSStyleSheet();
      if (!sheets.has(doc)) {
        sheet.replaceSync(HIGHLIGHT_CSS);
        sheets.set(doc, sheet);
      }
      doc.adoptedStyleSheets = [...adopted, sheet];
      return () => {
        doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      };
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
