/**
 * Italic closing notes: a whole paragraph in <em>/<i> in the article's tail that names the site,
 * links back to it and invites the reader somewhere (CoinGeek's "Pour que l'intelligence artificielle…
 * Consultez la couverture de CoinGeek…" is entirely in <em>). Italic boilerplate is how many
 * WordPress newsrooms set their house plugs apart from the story.
 */
import type { Heuristic } from '../types';
import { blockLinkStats, isWhollyEmphasised } from '../links';
import { isSameSiteLink, namesSite } from '../site';
import { invitePatterns } from './words';
import { isPlainBlock } from './guards';

const MAX_CHARS = 900;

export const emphasisedTail: Heuristic = {
  id: 'emphasised-tail',
  reason: 'House ad: an italic closing note that advertises {site}',
  find(ctx) {
    if (ctx.siteNames.length === 0) return [];
    const { anywhere } = invitePatterns(ctx.lang);
    const out = [];
    for (let i = ctx.tailStart; i < ctx.article.blocks.length; i++) {
      const norm = ctx.norm[i];
      if (norm.length > MAX_CHARS || !isPlainBlock(ctx, i)) continue;
      const block = ctx.article.blocks[i];
      if (!isWhollyEmphasised(block)) continue;
      if (!namesSite(norm, ctx.siteNames) || !anywhere.test(norm)) continue;
      if (!blockLinkStats(ctx, i).links.some((a) => isSameSiteLink(a, ctx.host))) continue;
      out.push({ blocks: [i], ruleId: this.id, reason: this.reason });
    }
    return out;
  },
};
