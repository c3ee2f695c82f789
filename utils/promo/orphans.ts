/**
 * Leftovers: boxes INSIDE the article body that Readability dropped from its result (an <aside>
 * rich link, an ad container, a sponsored insert), so they are not article blocks, yet they stay
 * visible in the middle of the story on the live page. They are matched by the same rules (their
 * whole text against phrase/label rules, their class/id against shape rules) and hidden whole, with
 * no block indexes. The Guardian's "rich link" asides and most ad slots are such leftovers.
 */
import type { Candidate, PromoContext } from './types';
import type { CompiledRule } from './match-rule';
import { canBegin, firstWord, leadText, matchesTextOf } from './match-rule';
import { cachedTerms, type ShapeCache } from './shape';
import { collapse, normalize } from './normalize';
import { nextReadable, readableText, SKIP_TEXT } from '../dom/text-nodes';

/**
 * A leftover with more elements than this is page structure (Wikipedia's reference lists and navigation
 * boxes hold thousands), not a box with an ad slot in it: its subtree is not searched for shapes, which
 * cost 100 ms per run on wikipedia-2.
 */
const MAX_SHAPE_SEARCH_ELEMENTS = 400;
/** A leftover longer than this is not a promo box: leave it alone. */
const MAX_CHARS = 700;
/** Elements that are never leftovers to hide: the article's own media and structure. */
const NEVER = /^(?:IMG|PICTURE|VIDEO|AUDIO|IFRAME|SVG|MATH|TABLE|PRE|CODE|FIGCAPTION|H[1-6]|BLOCKQUOTE|HR|BR)$/i;

/** Has the element any text outside skipped elements? (Stops at the first.) */
function hasVisibleText(el: Element): boolean {
  for (let n = nextReadable(el, el); n; n = nextReadable(n, el)) if (n.nodeType === 3 && (n as Text).data.trim()) return true;
  return false;
}

/**
 * The outermost elements under the root that hold text but none of the article's paragraphs' text.
 * Elements that hold text of a leaf block (a paragraph, the links and spans inside it) are searched,
 * never taken: a link inside a paragraph is part of it, not a box Readability dropped (on wikipedia-2
 * taking them made 2,154 "leftovers" of links and footnote marks, and a shaped span could be hidden out
 * of a sentence). The loose text of a block that holds other blocks (a story <div> with a stray
 * "Continue reading the main story" link between its paragraphs, nytimes-2) is no paragraph: its
 * inline children stay leftovers.
 */
export function leftovers(ctx: PromoContext): Element[] {
  const root = ctx.article.root;
  if (!root) return [];
  const holdsText = new Set<Element>();
  const mark = (from: Element | null) => {
    for (let el = from; el && el !== root && !holdsText.has(el); el = el.parentElement) holdsText.add(el);
  };
  const blockEls = new Set(ctx.article.blocks.map((b) => b.el));
  for (const el of blockEls) mark(el);
  const containers = new Set<Element>();
  for (const b of ctx.article.blocks) {
    for (let el = b.el.parentElement; el && !containers.has(el); el = el.parentElement) {
      if (blockEls.has(el)) containers.add(el);
      if (el === root) break;
    }
  }
  for (const b of ctx.article.blocks) if (!containers.has(b.el)) for (const n of b.nodes) mark(n.parentElement);
  const out: Element[] = [];
  const visit = (parent: Element) => {
    // Sibling links, not Array.from(children): a collection per element cost 5 ms on wikipedia-2's 7,000.
    for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
      if (SKIP_TEXT.has(child.tagName)) continue;
      if (holdsText.has(child)) {
        visit(child);
        continue;
      }
      if (NEVER.test(child.tagName)) continue;
      if (hasVisibleText(child)) out.push(child);
    }
  };
  visit(root);
  return out;
}

function linksIn(el: Element): Element[] {
  return el.matches('a[href]') ? [el] : Array.from(el.querySelectorAll('a[href]'));
}

/**
 * For each shape rule, the outermost elements in `el` (itself included) with its shape, in document order.
 * One walk over the subtree for all rules: each element's terms are computed once.
 */
function outermostShaped(cache: ShapeCache, el: Element, rules: readonly CompiledRule[]): Element[][] {
  const shaped: { el: Element; terms: string[] }[] = [];
  for (let n: Node | null = el; n; n = nextReadable(n, el)) {
    if (n.nodeType !== 1 || (n !== el && SKIP_TEXT.has((n as Element).tagName))) continue;
    const terms = cachedTerms(cache, n as Element);
    if (terms.length) shaped.push({ el: n as Element, terms });
  }
  return rules.map((c) => {
    const out: Element[] = [];
    for (const s of shaped) {
      if (out.length && out[out.length - 1].contains(s.el)) continue;
      if (s.terms.some((t) => c.rule.shape!.test(t))) out.push(s.el);
    }
    return out;
  });
}

/**
 * Candidates for leftovers: a text rule must match a leftover's whole text (it is then hidden whole);
 * a shape rule hides the outermost shaped element inside a leftover (the ad slot, not the whole
 * article footer around it), when it has text.
 */
/** A rule that names only headings (headingOnly) matches a leftover element only if it is one. */
const HEADING = /^h[1-6]$/;

export function matchLeftovers(rules: readonly CompiledRule[], ctx: PromoContext): Candidate[] {
  const out: Candidate[] = [];
  const shapeRules = rules.filter((c) => c.rule.shape);
  const textRules = rules.filter((c) => !c.rule.shape);
  for (const el of leftovers(ctx)) {
    // Twice the limit: normalising only shortens the text a little (spaces, punctuation).
    const text = collapse(readableText(el, 2 * MAX_CHARS));
    const norm = normalize(text);
    // A rule with a first-word index can match only a text whose lead begins with one of its words.
    const word = firstWord(leadText(norm));
    const byText =
      norm.length <= MAX_CHARS
        ? textRules.find((c) => canBegin(c, word) && (!c.rule.headingOnly || HEADING.test(el.localName)) && matchesTextOf(c, norm, () => linksIn(el)))
        : undefined;
    if (byText) {
      out.push({ blocks: [], containers: [el], ruleId: byText.rule.id, reason: byText.rule.reason, text });
      continue;
    }
    if (el.getElementsByTagName('*').length > MAX_SHAPE_SEARCH_ELEMENTS) continue;
    const done = new Set<Element>();
    const boxesPerRule = outermostShaped(ctx.shapes, el, shapeRules);
    for (const [r, c] of shapeRules.entries()) {
      for (const box of boxesPerRule[r]) {
        if ([...done].some((d) => d.contains(box) || box.contains(d))) continue;
        const boxText = collapse(readableText(box, 2 * MAX_CHARS));
        if (!boxText || normalize(boxText).length > MAX_CHARS) continue;
        done.add(box);
        out.push({ blocks: [], containers: [box], ruleId: c.rule.id, reason: c.rule.reason, text: boxText });
      }
    }
  }
  return out;
}
