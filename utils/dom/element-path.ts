/**
 * Where an element is, relative to a landmark both sides agree on (the article's root), as plain data that
 * survives a copy of the page: how many levels up from the landmark to an ancestor of the element, then its
 * position among element children at each level down. A copy parsed from the page's HTML has the same
 * element tree as the page around the article, but not always elsewhere: a parser without scripting reads
 * <noscript> as markup, and a tracking pixel in the head's <noscript> then opens the body early, shifting
 * every child of <body>. Callers check what they find at a path before trusting it.
 */

export interface ElementPath {
  up: number;
  down: number[];
}

/** The path from `from` to `el`, or null when they share no ancestor. */
export function pathBetween(from: Element, el: Element): ElementPath | null {
  let up = 0;
  let top: Element | null = from;
  while (top && !top.contains(el)) {
    top = top.parentElement;
    up++;
  }
  if (!top) return null;
  const down: number[] = [];
  for (let e = el; e !== top; e = e.parentElement!) {
    let i = 0;
    for (let s = e.previousElementSibling; s; s = s.previousElementSibling) i++;
    down.push(i);
  }
  return { up, down: down.reverse() };
}

/** The element at `path` from `from`, or null when there is none. */
export function elementAlong(from: Element, path: ElementPath): Element | null {
  let el: Element | null = from;
  for (let k = 0; k < path.up && el; k++) el = el.parentElement;
  for (const i of path.down) el = el?.children[i] ?? null;
  return el;
}
