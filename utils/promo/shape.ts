/**
 * The "shape" of an element: its class names, id, role and component attributes as tokens, so that
 * rules can say "a box whose class says newsletter" without caring about naming style
 * ("nl-box", "newsletterBox", "article__newsletter_box").
 */
import { kebab } from '../dom/name-tokens';

/** Attributes whose values name what a box is, besides class and id. */
const SHAPE_ATTRIBUTES = ['id', 'role', 'data-component', 'data-module', 'data-type', 'data-block-type'];
/** At most this many tokens per name are combined into n-grams ("read-more" from "article__read-more-link"). */
const MAX_TOKENS = 8;
/**
 * An id of more tokens than this is a slug of a heading's text, an anchor, not a shape: Google's SRE
 * book has id="conducting-ad-hoc-retrospective-analysis-ie-debugging", which is no ad.
 */
const MAX_ID_TOKENS = 3;

/**
 * Terms per element, remembered while its names stay the same: every shape rule asks about the same
 * elements (on Wikipedia-sized pages, rebuilding them per rule cost hundreds of milliseconds).
 */
const memo = new WeakMap<Element, { names: (string | null)[]; terms: string[] }>();

/** The attributes the terms come from, class first, as the element has them now. */
const NAME_ATTRIBUTES = ['class', ...SHAPE_ATTRIBUTES];
const ID = NAME_ATTRIBUTES.indexOf('id');

/** Are the element's name attributes still those the terms were made from? Read one by one, up to the first change. */
function sameNames(el: Element, names: readonly (string | null)[]): boolean {
  for (let k = 0; k < NAME_ATTRIBUTES.length; k++) if (el.getAttribute(NAME_ATTRIBUTES[k]) !== names[k]) return false;
  return true;
}

/** Every contiguous run of tokens of every name, joined with "-": the strings a shape regex is tested on. */
function shapeTerms(el: Element): string[] {
  if (el.attributes.length === 0) return [];
  const known = memo.get(el);
  if (known && sameNames(el, known.names)) return known.terms;
  const names = NAME_ATTRIBUTES.map((a) => el.getAttribute(a));
  const terms = computeTerms(names);
  memo.set(el, { names, terms });
  return terms;
}

/** The terms of the name attributes' values (NAME_ATTRIBUTES order). */
function computeTerms(values: readonly (string | null)[]): string[] {
  const names: string[] = [];
  values.forEach((v, k) => {
    if (!v || (k === ID && kebab(v).split('-').length > MAX_ID_TOKENS)) return;
    names.push(...v.split(/\s+/));
  });
  const terms = new Set<string>();
  for (const name of names) {
    const tokens = kebab(name).split('-').filter(Boolean).slice(0, MAX_TOKENS);
    for (let i = 0; i < tokens.length; i++) {
      for (let j = i + 1; j <= tokens.length; j++) terms.add(tokens.slice(i, j).join('-'));
    }
  }
  return [...terms];
}

/**
 * Terms per element for one findPromos pass, which changes nothing in the DOM: every rule asks about the
 * same ancestors, and even checking the memo above (seven attribute reads) per rule and block cost
 * ~10 ms on wikipedia-2's 807 blocks.
 */
export type ShapeCache = Map<Element, string[]>;

export function cachedTerms(cache: ShapeCache, el: Element): string[] {
  let terms = cache.get(el);
  if (!terms) cache.set(el, (terms = shapeTerms(el)));
  return terms;
}

export function hasShape(cache: ShapeCache, el: Element, shape: RegExp): boolean {
  return cachedTerms(cache, el).some((t) => shape.test(t));
}

/**
 * The outermost element from `el` up to, but excluding, `root` that has the shape; null when none.
 * Outermost, so a box is hidden whole rather than its inner wrapper.
 */
export function shapedAncestor(cache: ShapeCache, el: Element, root: Element | null, shape: RegExp): Element | null {
  if (root && !root.contains(el)) return null;
  let found: Element | null = null;
  for (let cur: Element | null = el; cur && cur !== root; cur = cur.parentElement) {
    if (!root && cur.tagName.toUpperCase() === 'BODY') break;
    if (hasShape(cache, cur, shape)) found = cur;
  }
  return found;
}
