/**
 * The standfirst: the lede paragraph that many sites print in the article's header, above the body, with
 * the headline ("p.ts-intro", "div.article-intro", "h2.article-single__excerpt", "p.chapo"). Readability
 * takes the body's container and leaves it out; a reader (and trafilatura) reads it as the article's first
 * paragraph, and it is often the best sentence for a summary.
 *
 * Found before the parse (Readability rewrites the document), by name and place: an element whose class,
 * id or itemprop names a lede, holding a sentence or two and few links, shortly before the body's first
 * kept text and in the same part of the page. Positions are the text-node numbering both sides share
 * (readability-run.ts).
 */

/** Class, id and itemprop tokens that name a standfirst (camelCase and "-"/"_" split). */
const LEDE_TOKENS = new Set([
  'lead', 'lede', 'leader', 'intro', 'introduction', 'teaser', 'standfirst', 'excerpt', 'subtitle', 'subheadline', 'dek',
  'deck', 'chapo', 'chapeau', 'abstract', 'description', 'summary',
]);
const CANDIDATES =
  '[class*="lead" i], [class*="lede" i], [class*="intro" i], [class*="teaser" i], [class*="standfirst" i], [class*="excerpt" i], ' +
  '[class*="subtitle" i], [class*="subheadline" i], [class*="dek" i], [class*="deck" i], [class*="chapo" i], [class*="chapeau" i], ' +
  '[class*="abstract" i], [class*="summary" i], [itemprop~="description"]';
/** Never a standfirst, nor inside one: navigation, asides, forms, captions, links (a teaser card is a link). */
const NOT_INSIDE = 'nav, aside, footer, form, figure, figcaption, a, button, li, table, blockquote, script, style, noscript, template';
/** A standfirst is a sentence or two. */
const MIN_CHARS = 40;
const MAX_CHARS = 1000;
const MAX_LINK_SHARE = 0.3;
/** At most this much text (headline, byline, date, a caption) lies between the standfirst and the body. */
const MAX_GAP_CHARS = 1200;
/**
 * The body's first text lies inside the standfirst's ancestor this many levels up (the same header or
 * article), or very close after it.
 */
const SCOPE_LEVELS = 3;
const NEAR_CHARS = 300;

export interface LedeCandidate {
  /** Its text nodes: position in the numbering and data. */
  texts: { index: number; data: string }[];
  /** Positions of the first and last text nodes of its scope (the ancestor SCOPE_LEVELS up). */
  scope: [number, number];
}

const tokensOf = (v: string | null) =>
  (v ?? '').split(/\s+/).flatMap((name) => name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(/[\s_-]+/));

function namesLede(el: Element): boolean {
  return ['class', 'id', 'itemprop'].some((a) => tokensOf(el.getAttribute(a)).some((t) => LEDE_TOKENS.has(t)));
}

/**
 * The elements of `doc` that may be its standfirst, before any parse changed it, with their text nodes
 * numbered by `position` (-1 for a node the numbering does not know). Sorted by where they begin, and an
 * element after those it holds (pickLede tries the innermost first).
 */
export function ledeCandidates(doc: Document, position: (t: Text) => number): LedeCandidate[] {
  const out: LedeCandidate[] = [];
  for (const el of doc.body?.querySelectorAll(CANDIDATES) ?? []) {
    if (!namesLede(el) || el.closest(NOT_INSIDE)) continue;
    const texts = textsOf(el, position);
    if (!texts) continue;
    const chars = texts.reduce((n, t) => n + t.data.trim().length, 0);
    if (chars < MIN_CHARS || linkShare(el) > MAX_LINK_SHARE) continue;
    let scopeEl: Element = el;
    for (let k = 0; k < SCOPE_LEVELS && scopeEl.parentElement && scopeEl.parentElement !== doc.body; k++) scopeEl = scopeEl.parentElement;
    out.push({ texts, scope: [position(edgeText(scopeEl, false)!), position(edgeText(scopeEl, true)!)] });
  }
  // A selector list's matches are not always in document order (jsdom groups them by selector).
  const start = (c: LedeCandidate) => c.texts[0].index;
  const end = (c: LedeCandidate) => c.texts[c.texts.length - 1].index;
  return out.sort((a, b) => start(a) - start(b) || end(b) - end(a));
}

/** A text node of the page's text: not blank, not inside a script or a style. */
const readable = (n: Text): boolean => n.data.trim() !== '' && !n.parentElement?.closest('script, style, noscript, template');

/** The element's text nodes, numbered; null as soon as they hold more than a standfirst does. */
function textsOf(el: Element, position: (t: Text) => number): { index: number; data: string }[] | null {
  const out: { index: number; data: string }[] = [];
  let chars = 0;
  const walker = el.ownerDocument.createTreeWalker(el, 0x4 /* SHOW_TEXT */);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    if (!readable(n)) continue;
    out.push({ index: position(n), data: n.data });
    if ((chars += n.data.trim().length) > MAX_CHARS) return null;
  }
  return out;
}

/**
 * The first (or last) readable text node of an element that holds one: found from that end, without
 * walking the rest (a scope may be the whole article).
 */
function edgeText(el: Element, last: boolean): Text | null {
  const walker = el.ownerDocument.createTreeWalker(el, 0x4 /* SHOW_TEXT */);
  if (!last) {
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) if (readable(n)) return n;
    return null;
  }
  let deepest: Node = el;
  while (deepest.lastChild) deepest = deepest.lastChild;
  walker.currentNode = deepest;
  let n = (deepest.nodeType === 3 ? deepest : walker.previousNode()) as Text | null;
  for (; n; n = walker.previousNode() as Text | null) if (readable(n)) return n;
  return null;
}

function linkShare(el: Element): number {
  const all = (el.textContent ?? '').replace(/\s+/g, '').length;
  let linked = 0;
  for (const a of el.querySelectorAll('a')) linked += (a.textContent ?? '').replace(/\s+/g, '').length;
  return all ? linked / all : 1;
}

/**
 * The standfirst for a body whose first kept text is at position `first`: the last candidate before it,
 * close to it (`charsBetween` counts the text between two positions) and in the same part of the page, and
 * none of whose text the body already holds (`kept`). Null when there is none.
 */
export function pickLede(
  candidates: readonly LedeCandidate[],
  first: number,
  kept: ReadonlySet<number>,
  charsBetween: (from: number, to: number) => number,
): LedeCandidate | null {
  for (let k = candidates.length - 1; k >= 0; k--) {
    const c = candidates[k];
    const end = c.texts[c.texts.length - 1].index;
    if (end < 0 || end >= first) continue;
    if (c.texts.some((t) => kept.has(t.index))) return null;
    const gap = charsBetween(end + 1, first);
    if (gap > MAX_GAP_CHARS || (first > c.scope[1] && gap > NEAR_CHARS)) return null;
    return c;
  }
  return null;
}
