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
  const out: Text[] = [];
  const inline = (n: Node) => n.nodeType === 1 && !SKIP_TEXT.has((n as Element).tagName) && !BLOCK_TAGS.has((n as Element).tagName.toUpperCase());
  for (let n: Node | null = block.firstChild; n; n = nextInside(n, block, inline(n))) if (n.nodeType === 3) out.push(n as Text);
  return out;
}

/**
 * The node after `n` in document order within `root`'s subtree, going into `n` only when `enter`. A walk by
 * sibling links, not a TreeWalker with a filter, which calls back into script for every node: that was most
 * of the extraction's mapping on long pages (wikipedia-2: 800 blocks).
 */
function nextInside(n: Node, root: Node, enter: boolean): Node | null {
  if (enter && n.firstChild) return n.firstChild;
  while (n !== root && !n.nextSibling) n = n.parentNode!;
  return n === root ? null : n.nextSibling;
}

/**
 * The node after `n` in document order, within `root`'s subtree, not entering skipped elements (scripts,
 * styles, svg…): the walk readableText and the promo stage's leftover search share. Starts with
 * `nextReadable(root, root)`.
 */
export function nextReadable(n: Node, root: Node): Node | null {
  return nextInside(n, root, n === root || (n.nodeType === 1 && !SKIP_TEXT.has((n as Element).tagName)));
}

/**
 * Text of an element for matching: its text nodes outside scripts, styles, <noscript> and the like, each
 * after a space. With a limit it stops soon after the text is longer than that (a promo box is short, and
 * Wikipedia's navigation boxes are tens of kilobytes).
 */
export function readableText(el: Element, limit = Infinity): string {
  let out = '';
  for (let n = nextReadable(el, el); n && out.length <= limit; n = nextReadable(n, el)) {
    if (n.nodeType === 3) out += ` ${(n as Text).data}`;
  }
  return out;
}
