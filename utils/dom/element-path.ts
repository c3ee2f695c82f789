/**
 * Where an element is, as plain data that survives a copy of the page: its position among element
 * children at each level below <body>. A copy parsed from the page's HTML has the same element tree under
 * <body> as the page, except where the parser would have built another one (markup a script made that the
 * parser would restructure, <noscript> content): callers check what they find at a path before trusting it.
 */

/** The child positions from `doc.body` down to `el`, or null when `el` is not inside the body. */
export function pathOf(el: Element): number[] | null {
  const body = el.ownerDocument.body;
  if (!body) return null;
  const path: number[] = [];
  for (let e: Element | null = el; e !== body; e = e.parentElement) {
    if (!e) return null;
    let i = 0;
    for (let s = e.previousElementSibling; s; s = s.previousElementSibling) i++;
    path.push(i);
  }
  return path.reverse();
}

/** The element at `path` below `doc.body`, or null when there is none. */
export function elementAt(doc: Document, path: readonly number[]): Element | null {
  let el: Element | null = doc.body;
  for (const i of path) {
    el = el?.children[i] ?? null;
    if (!el) return null;
  }
  return el;
}
