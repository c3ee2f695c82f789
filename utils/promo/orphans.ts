/**
 * Leftovers: boxes INSIDE the article body that Readability dropped from its result (an <aside>
 * rich link, an ad container, a sponsored insert), so they are not article blocks, yet they stay
 * visible in the middle of the story on the live page. They are matched by the same rules (their
 * whole text against phrase/label rules, their class/id against shape rules) and hidden whole, with
 * no block indexes. The Guardian's "rich link" asides and most ad slots are such leftovers.
 */
import type { Candidate, PromoContext } from './types';
import type { CompiledRule } from './match-rule';
import { matchesTextOf } from './match-rule';
import { hasShape } from './shape';
import { collapse, normalize } from './normalize';
import { SKIP_TEXT } from '../dom/text-nodes';

/** A leftover longer than this is not a promo box: leave it alone. */
const MAX_CHARS = 700;
/** Elements that are never leftovers to hide: the article's own media and structure. */
const NEVER = /^(?:IMG|PICTURE|VIDEO|AUDIO|IFRAME|SVG|MATH|TABLE|PRE|CODE|FIGCAPTION|H[1-6]|BLOCKQUOTE|HR|BR)$/i;

/** Text of an element for matching: its text nodes outside scripts, styles and the like. */
function visibleText(el: Element): string {
  const walker = el.ownerDocument.createTreeWalker(el, 0x4 /* SHOW_TEXT */);
  let out = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    let skip = false;
    for (let p = n.parentElement; p && p !== el.parentElement; p = p.parentElement) {
      if (SKIP_TEXT.has(p.tagName)) {
        skip = true;
        break;
      }
    }
    if (!skip) out += ` ${(n as Text).data}`;
  }
  return out;
}

/** The outermost elements under the root that hold text but no article block. */
export function leftovers(ctx: PromoContext): Element[] {
  const root = ctx.article.root;
  if (!root) return [];
  const holdsBlocks = new Set<Element>();
  for (const b of ctx.article.blocks) {
    for (let el: Element | null = b.el; el && el !== root; el = el.parentElement) holdsBlocks.add(el);
  }
  const out: Element[] = [];
  const visit = (parent: Element) => {
    for (const child of Array.from(parent.children)) {
      if (SKIP_TEXT.has(child.tagName)) continue;
      if (holdsBlocks.has(child)) {
        visit(child);
        continue;
      }
      if (NEVER.test(child.tagName)) continue;
      if (visibleText(child).trim()) out.push(child);
    }
  };
  visit(root);
  return out;
}

function linksIn(el: Element): Element[] {
  return el.matches('a[href]') ? [el] : Array.from(el.querySelectorAll('a[href]'));
}

/** The outermost elements in `el` (itself included) with the shape, in document order. */
function outermostShaped(el: Element, shape: RegExp): Element[] {
  if (hasShape(el, shape)) return [el];
  return Array.from(el.children).flatMap((c) => (SKIP_TEXT.has(c.tagName) ? [] : outermostShaped(c, shape)));
}

/**
 * Candidates for leftovers: a text rule must match a leftover's whole text (it is then hidden whole);
 * a shape rule hides the outermost shaped element inside a leftover (the ad slot, not the whole
 * article footer around it), when it has text.
 */
export function matchLeftovers(rules: readonly CompiledRule[], ctx: PromoContext, fill: (reason: string) => string): Candidate[] {
  const out: Candidate[] = [];
  const shapeRules = rules.filter((c) => c.rule.shape);
  const textRules = rules.filter((c) => !c.rule.shape);
  for (const el of leftovers(ctx)) {
    const text = collapse(visibleText(el));
    const norm = normalize(text);
    const byText = norm.length <= MAX_CHARS ? textRules.find((c) => matchesTextOf(c, norm, () => linksIn(el))) : undefined;
    if (byText) {
      out.push({ blocks: [], containers: [el], ruleId: byText.rule.id, reason: fill(byText.rule.reason), text });
      continue;
    }
    const done = new Set<Element>();
    for (const c of shapeRules) {
      for (const box of outermostShaped(el, c.rule.shape!)) {
        if ([...done].some((d) => d.contains(box) || box.contains(d))) continue;
        const boxText = collapse(visibleText(box));
        if (!boxText || normalize(boxText).length > MAX_CHARS) continue;
        done.add(box);
        out.push({ blocks: [], containers: [box], ruleId: c.rule.id, reason: fill(c.rule.reason), text: boxText });
      }
    }
  }
  return out;
}
