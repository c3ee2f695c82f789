/**
 * Embeds: a video player (a div or figure around an iframe) has no text, so it is not an article
 * block. A "Watch:" line's player is found in the LIVE DOM as the next element sibling of the line
 * (or of a wrapper that holds only the line), skipping empty spacers.
 */
import type { PromoContext } from './types';
import { blocksInside } from './box';
import { collapseWhitespace } from '../whitespace';

/** What makes an element a player: iframes, video elements, and the lazy-loading wrappers sites use. */
const PLAYER = 'iframe, video, embed, object, lite-youtube, lite-vimeo, [data-youtube-id], [data-video-id], .youtube-player, .wp-block-embed, .jetpack-video-wrapper';
/** An embed's own text (a "Loading…" or a caption-less credit) stays below this. */
const EMBED_MAX_TEXT = 200;
/** Empty spacers between the line and the player (<br>, <p>&nbsp;</p>, <script>). */
const MAX_SPACERS = 2;

function isPlayer(el: Element): boolean {
  return el.matches(PLAYER) || el.querySelector(PLAYER) !== null;
}

function isSpacer(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (tag === 'BR' || tag === 'SCRIPT' || tag === 'NOSCRIPT' || tag === 'STYLE') return true;
  return !isPlayer(el) && !(el.textContent ?? '').trim() && el.querySelector('img, picture, svg, canvas') === null;
}

export interface EmbedFound {
  elements: Element[];
  /** Article blocks inside the embed (a figcaption under the player), hidden with it. */
  blocks: number[];
}

/**
 * The player(s) right after block `i`, or null. Each must be a player with little text whose only
 * article blocks are captions.
 */
export function embedsAfter(ctx: PromoContext, i: number): EmbedFound | null {
  const root = ctx.article.root;
  const blocks = ctx.article.blocks;
  let anchor: Element | null = blocks[i].el;
  while (anchor) {
    const found = embedsFollowing(ctx, anchor);
    if (found) return found;
    // Climb out of a wrapper that holds only this line (<div class="wp-block-group"><p>Watch:…</p></div>).
    const parent: Element | null = anchor.parentElement;
    if (!parent || parent === root || !root?.contains(parent)) return null;
    if (blocksInside(ctx, parent).some((j) => j !== i)) return null;
    anchor = parent;
  }
  return null;
}

function embedsFollowing(ctx: PromoContext, anchor: Element): EmbedFound | null {
  const elements: Element[] = [];
  const captionBlocks: number[] = [];
  let spacers = 0;
  for (let sib = anchor.nextElementSibling; sib; sib = sib.nextElementSibling) {
    if (isPlayer(sib)) {
      if (collapseWhitespace(sib.textContent ?? '').length > EMBED_MAX_TEXT) break;
      const inside = blocksInside(ctx, sib);
      if (inside.some((j) => ctx.article.blocks[j].kind !== 'caption')) break;
      if (sib.contains(ctx.article.root) || sib === ctx.article.root) break;
      elements.push(sib);
      captionBlocks.push(...inside);
      continue; // a second player right after the first belongs to the same plug
    }
    if (elements.length === 0 && isSpacer(sib) && spacers < MAX_SPACERS) {
      spacers++;
      continue;
    }
    break;
  }
  return elements.length ? { elements, blocks: captionBlocks } : null;
}
