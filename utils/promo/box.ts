/**
 * Boxes: a small container around promo lines (a newsletter form with its heading and blurb, a
 * sponsored insert with its label), hidden whole. Guarded so that a "box" is never the article root,
 * never an ancestor of it, and never holds much of the article's text.
 */
import type { PromoContext } from './types';
import { hasShape } from './shape';

/** A box holds at most this many article blocks… */
const BOX_MAX_BLOCKS = 6;
/** …and this many characters of their text (20 Minutes' newsletter box is ~250; a related box ~400). */
const BOX_MAX_CHARS = 700;
/** …and never more than this share of the article's text. */
const BOX_MAX_SHARE = 0.25;
/** Tags that are boxes by nature. (Lists and tables are not: their other items are content.) */
const BOX_TAGS = /^(?:ASIDE|SECTION|FIGURE|FORM|NAV|FOOTER|DETAILS)$/;
/** Class/id terms that say "box" ("nl-box", "encart-newsletter", "inline-card", "fig-widget"). */
const BOX_SHAPE = /^(?:box|encart|insert|inline|card|widget|module|promo|callout|cta|newsletter|signup|related|sponsor|sponsored|partner|aside|teaser|outbrain|taboola|ad|ads|advert|advertisement|publicite|catcher|rich-link|lire-aussi|embedded-video|video-container|video-player|player)$/;
/** Form controls: a sign-up box has them, a prose paragraph never does. */
const FORM_CONTROLS = 'form, input, button, select, textarea';

/** Indexes of the article blocks inside `el` (el itself included). */
export function blocksInside(ctx: PromoContext, el: Element): number[] {
  const out: number[] = [];
  ctx.article.blocks.forEach((b, i) => {
    if (el === b.el || el.contains(b.el)) out.push(i);
  });
  return out;
}

/** Total article text length, normalised, cached per context. */
const totals = new WeakMap<PromoContext, number>();
function totalChars(ctx: PromoContext): number {
  let t = totals.get(ctx);
  if (t === undefined) {
    t = ctx.norm.reduce((s, n) => s + n.length, 0);
    totals.set(ctx, t);
  }
  return t;
}

/** isSmallBox's answers at the default size, per context: a box is asked about once for each block it holds. */
const smallBoxes = new WeakMap<PromoContext, Map<Element, boolean>>();

/** May `el` be hidden whole as a small box? Never the root or above it; small in blocks and text. */
export function isSmallBox(ctx: PromoContext, el: Element, maxChars = BOX_MAX_CHARS): boolean {
  if (maxChars !== BOX_MAX_CHARS) return smallBox(ctx, el, maxChars);
  let memo = smallBoxes.get(ctx);
  if (!memo) smallBoxes.set(ctx, (memo = new Map()));
  let small = memo.get(el);
  if (small === undefined) memo.set(el, (small = smallBox(ctx, el, maxChars)));
  return small;
}

function smallBox(ctx: PromoContext, el: Element, maxChars: number): boolean {
  const root = ctx.article.root;
  if (!root || el === root || el.contains(root) || !root.contains(el)) return false;
  const inside = blocksInside(ctx, el);
  if (inside.length > BOX_MAX_BLOCKS) return false;
  const chars = inside.reduce((s, i) => s + ctx.norm[i].length, 0);
  return chars <= maxChars && chars <= Math.max(BOX_MAX_SHARE * totalChars(ctx), 80);
}

/**
 * The box around block `i`: the nearest ancestor below the root that looks like a box (an aside,
 * section or figure; a div with a class; anything holding a form) and is small. Null when the line
 * stands alone in the body, as most do.
 */
export function boxAround(ctx: PromoContext, i: number): Element | null {
  const root = ctx.article.root;
  const el = ctx.article.blocks[i].el;
  for (let cur = el.parentElement; cur && cur !== root && root?.contains(cur); cur = cur.parentElement) {
    if (!isSmallBox(ctx, cur)) return null;
    const tag = cur.tagName.toUpperCase();
    if (tag === 'UL' || tag === 'OL' || tag === 'DL' || tag === 'TABLE' || tag === 'BLOCKQUOTE') return null;
    const boxy = cur.querySelector(FORM_CONTROLS) !== null || BOX_TAGS.test(tag) || hasShape(ctx.shapes, cur, BOX_SHAPE);
    if (boxy) return cur;
  }
  return null;
}
