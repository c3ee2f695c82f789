/**
 * Which live text nodes are readable article text, and which block element each belongs to.
 * Shared by extraction (to build blocks) and highlighting (to map offsets to ranges).
 */

/** Elements whose text is never article text and never touched. */
export const SKIP_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'IFRAME', 'OBJECT', 'SVG', 'svg', 'MATH', 'math', 'CANVAS']);

/** Elements that start a new block of text. */
export const BLOCK_TAGS = new Set([
  'P', 'LI', 'DT', 'DD', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'FIGCAPTION', 'CAPTION', 'PRE',
  'TD', 'TH', 'DIV', 'SECTION', 'ARTICLE', 'ASIDE', 'HEADER', 'FOOTER', 'FIGURE', 'UL', 'OL', 'DL', 'TABLE',
  'TBODY', 'THEAD', 'TFOOT', 'TR', 'MAIN', 'ADDRESS', 'DETAILS', 'SUMMARY', 'FORM', 'FIELDSET', 'NAV', 'CENTER',
  'BODY', 'HR', 'LEGEND',
]);

/** The nearest ancestor (or self) that is a block, never above `limit` (exclusive of nothing: body stops it). */
export function blockOf(node: Node): Element | null {
  let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
  while (el && !BLOCK_TAGS.has(el.tagName.toUpperCase())) el = el.parentElement;
  return el;
}

/** Is the node inside an element whose text is never read (script, style, svg…)? */
export function inSkippedElement(node: Node, stopAt?: Element): boolean {
  for (let el = node.parentElement; el && el !== stopAt; el = el.parentElement) {
    if (SKIP_TEXT.has(el.tagName)) return true;
  }
  return false;
}

/**
 * The text nodes that belong to `block` itself: under it, not inside a nested block, not inside a
 * skipped element. In document order.
 */
export function ownTextNodes(block: Element): Text[] {
  const doc = block.ownerDocument;
  const out: Text[] = [];
  const walker = doc.createTreeWalker(block, 0x5 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode(n) {
      if (n.nodeType === 3) return 1; // FILTER_ACCEPT
      const tag = (n as Element).tagName;
      if (SKIP_TEXT.has(tag)) return 2; // FILTER_REJECT: skip the subtree
      if (BLOCK_TAGS.has(tag.toUpperCase())) return 2;
      return 3; // FILTER_SKIP: look inside
    },
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.nodeType === 3) out.push(n as Text);
  return out;
}
