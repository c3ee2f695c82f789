/**
 * The standfirst: the lede paragraph that many sites print in the article's header, above the body, with
 * the headline ("p.ts-intro", "div.article-intro", "h2.article-single__excerpt", "p.chapo"). Readability
 * takes the body's container and leaves it out; a reader (and trafilatura) reads it as the article's first
 * paragraph, and it is often the best sentence for a summary.
 *
 * Found after the parse, on the live page, by walking back from the body's first text: the nearest element
 * whose class, id or itemprop names a lede, holding a sentence or two and few links, close before the body
 * and in the same part of the page. Only the text just before the body is read, never the whole page.
 */

import { nameTokens } from '../dom/name-tokens';
import { SKIP_TEXT } from '../dom/text-nodes';

/**
 * Class and id tokens that name a standfirst (camelCase and "-"/"_" split). Not "description": sites give it
 * to author bios and image fields; only schema.org's itemprop="description" names the article's.
 */
const LEDE_TOKENS = new Set([
  'lead', 'lede', 'leader', 'intro', 'introduction', 'teaser', 'standfirst', 'excerpt', 'subtitle', 'subheadline', 'dek',
  'deck', 'chapo', 'chapeau', 'abstract', 'summary',
]);
/** Never a standfirst, nor inside one: navigation, asides, forms, captions, links (a teaser card is a link). */
const NOT_INSIDE = 'nav, aside, footer, form, figure, figcaption, a, button, li, table, blockquote, script, style, noscript, template';
/** A standfirst is a sentence or two. */
const MIN_CHARS = 40;
const MAX_CHARS = 1000;
const MAX_LINK_SHARE = 0.3;
/** At most this much text (headline, byline, date, a caption) lies between the standfirst and the body. */
const MAX_GAP_CHARS = 1200;
/** A text's element or one of its ancestors this many levels up may be the standfirst. */
const NAME_LEVELS = 4;
/**
 * The body's first text lies inside the standfirst's ancestor this many levels up (the same header or
 * article), or very close after it.
 */
const SCOPE_LEVELS = 3;
const NEAR_CHARS = 300;

/** Any of LEDE_TOKENS inside an attribute: most class names hold none, and are not split. */
const MAY_NAME_LEDE = new RegExp([...LEDE_TOKENS].join('|'), 'i');

const namesLede = (el: Element): boolean =>
  /(?:^|\s)description(?:\s|$)/.test(el.getAttribute('itemprop') ?? '') ||
  ['class', 'id'].some((a) => {
    const v = el.getAttribute(a);
    return !!v && MAY_NAME_LEDE.test(v) && nameTokens(v).some((t) => LEDE_TOKENS.has(t));
  });

/** A text node of the page's text: not blank, not a script's, a style's or a form control's. */
const readable = (n: Text): boolean => n.data.trim() !== '' && !SKIP_TEXT.has(n.parentElement?.tagName ?? '');

/** The element's readable text nodes; null as soon as they hold more than a standfirst does. */
function textsOf(el: Element): Text[] | null {
  const out: Text[] = [];
  let chars = 0;
  const walker = el.ownerDocument.createTreeWalker(el, 0x4 /* SHOW_TEXT */);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    if (!readable(n)) continue;
    out.push(n);
    if ((chars += n.data.trim().length) > MAX_CHARS) return null;
  }
  return out;
}

function linkShare(el: Element): number {
  const all = (el.textContent ?? '').replace(/\s+/g, '').length;
  let linked = 0;
  for (const a of el.querySelectorAll('a')) linked += (a.textContent ?? '').replace(/\s+/g, '').length;
  return all ? linked / all : 1;
}

/** The standfirst's text nodes when `el` is one: named so, a sentence or two, few links, in no aside. */
function ledeTexts(el: Element): Text[] | null {
  if (!namesLede(el) || el.closest(NOT_INSIDE)) return null;
  const texts = textsOf(el);
  if (!texts) return null;
  const chars = texts.reduce((n, t) => n + t.data.trim().length, 0);
  return chars >= MIN_CHARS && linkShare(el) <= MAX_LINK_SHARE ? texts : null;
}

/** Whether the body's first text lies in the standfirst's part of the page (its ancestor SCOPE_LEVELS up). */
function sameScope(el: Element, first: Text): boolean {
  const body = el.ownerDocument.body;
  let scope = el;
  for (let k = 0; k < SCOPE_LEVELS && scope.parentElement && scope.parentElement !== body; k++) scope = scope.parentElement;
  return scope.contains(first);
}

/**
 * A standfirst inside a larger one ("c-page-intro" holding the headline, the byline and "c-page-intro__copy"):
 * the last to begin, which is the most specific.
 */
function innermost(el: Element): Text[] | null {
  const inner = el.querySelectorAll('*');
  for (let k = inner.length - 1; k >= 0; k--) {
    const texts = ledeTexts(inner[k]);
    if (texts) return texts;
  }
  return null;
}

/**
 * The standfirst's text nodes for a body whose first text is `first`: the nearest standfirst before it
 * (innermost when they nest), close to it and in the same part of the page. Empty when there is none.
 */
export function findLede(first: Text): Text[] {
  const doc = first.ownerDocument;
  if (!doc.body?.contains(first)) return [];
  const walker = doc.createTreeWalker(doc.body, 0x4 /* SHOW_TEXT */);
  walker.currentNode = first;
  const tried = new Set<Element>();
  let gap = 0;
  for (let n = walker.previousNode() as Text | null; n && gap <= MAX_GAP_CHARS; n = walker.previousNode() as Text | null) {
    if (!readable(n)) continue;
    let el = n.parentElement;
    for (let k = 0; el && el !== doc.body && k < NAME_LEVELS && !el.contains(first); k++, el = el.parentElement) {
      if (tried.has(el)) continue;
      tried.add(el);
      const texts = ledeTexts(el);
      if (texts) return gap <= NEAR_CHARS || sameScope(el, first) ? innermost(el) ?? texts : [];
    }
    gap += n.data.trim().length;
  }
  return [];
}
