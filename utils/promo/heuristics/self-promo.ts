/**
 * Self-promotion: a block that names the site itself, links back to the same site, and invites the
 * reader with an imperative at the start of a sentence ("Check out CoinGeek's coverage…",
 * "Consultez la section … de CoinGeek"). Made necessary by CoinGeek, whose closing plugs change with
 * every topic; the three signals together generalise beyond any phrase list.
 * Precision: a paragraph that merely mentions the site ("told CoinGeek") has no imperative; a plug in
 * the middle of a long article must be short.
 */
import type { Heuristic } from '../types';
import { blockLinkStats } from '../links';
import { isSameSiteLink, namesSite } from '../site';
import { invitePatterns } from './words';
import { isPlainBlock } from './guards';

/** Longest block considered: CoinGeek's "Pour que l'IA…" plug is ~520 characters. */
const MAX_CHARS = 700;
/** Outside the article's tail, only this short a block can be a plug. */
const MAX_CHARS_OUTSIDE_TAIL = 300;

export const selfPromo: Heuristic = {
  id: 'self-promo',
  reason: 'House ad: invites you to more of {site}',
  find(ctx) {
    if (ctx.siteNames.length === 0) return [];
    const { atSentenceStart } = invitePatterns(ctx.lang);
    const out = [];
    for (let i = 0; i < ctx.article.blocks.length; i++) {
      const norm = ctx.norm[i];
      if (norm.length > MAX_CHARS || (i < ctx.tailStart && norm.length > MAX_CHARS_OUTSIDE_TAIL)) continue;
      if (!isPlainBlock(ctx, i)) continue;
      if (!namesSite(norm, ctx.siteNames)) continue;
      if (!atSentenceStart.test(norm)) continue;
      const { links } = blockLinkStats(ctx, i);
      if (!links.some((a) => isSameSiteLink(a, ctx.host))) continue;
      out.push({ blocks: [i], ruleId: this.id, reason: this.reason });
    }
    return out;
  },
};
