/**
 * Link lists at the end of the body: short blocks that are almost all link text pointing to the same
 * site, after the last real paragraph ("More from CoinGeek: …", a bare list of related headlines a
 * CMS appends inside the article). Precision: never a paragraph with one link in the middle of the
 * story; a lone one-link line counts only as part of a run of two or more such lines; and the links
 * must read like headlines pointing at articles, so that Wikipedia's "See also" entries
 * ("Vector space") and The Independent's topic tags ("Hotels", "Hygiene") stay.
 */
import type { Candidate, Heuristic, PromoContext } from '../types';
import { blockLinkStats } from '../links';
import { isSameSiteLink } from '../site';
import { isPlainBlock } from './guards';

/** A block this long or longer, mostly not links, is a real paragraph: the link list starts after it. */
const PROSE_MIN_CHARS = 150;
const PROSE_MAX_DENSITY = 0.5;
/** A link-list line: at most this long, at least this share of link text. */
const LINE_MAX_CHARS = 250;
const LINE_MIN_DENSITY = 0.7;
/** A headline has at least this many words ("Tunisia sends most foreign fighters to Islamic State"). */
const HEADLINE_MIN_WORDS = 4;
/**
 * An article URL: a slug of three or more hyphenated words, a date in the path, or a long numeric id
 * ("/2015/06/26/tunisia-…", "/news/world-africa-33287978", "/story/12345678").
 */
const ARTICLE_PATH = /\/[^/?#]*[\p{L}\p{N}]+-[\p{L}\p{N}]+-[\p{L}\p{N}]+[^/?#]*\/?(?:[?#]|$)|\/(?:19|20)\d\d\/\d\d?\/|\d{6,}/u;

/** Does the link read like a headline and point at an article? */
function isHeadlineLink(a: Element): boolean {
  const words = (a.textContent ?? '').trim().split(/\s+/).filter(Boolean).length;
  if (words < HEADLINE_MIN_WORDS) return false;
  try {
    return ARTICLE_PATH.test(new URL(a.getAttribute('href') ?? '', a.ownerDocument.baseURI || undefined).pathname);
  } catch {
    return false;
  }
}

function lastProse(ctx: PromoContext): number {
  for (let i = ctx.article.blocks.length - 1; i >= 0; i--) {
    if (ctx.norm[i].length >= PROSE_MIN_CHARS && blockLinkStats(ctx, i).density < PROSE_MAX_DENSITY) return i;
  }
  return -1;
}

export const linkDenseTail: Heuristic = {
  id: 'link-dense-tail',
  reason: 'Links to other {site} stories at the end of the article',
  find(ctx) {
    const start = Math.max(ctx.tailStart, lastProse(ctx) + 1);
    const lines: { i: number; links: number }[] = [];
    for (let i = start; i < ctx.article.blocks.length; i++) {
      if (ctx.norm[i].length > LINE_MAX_CHARS || !isPlainBlock(ctx, i)) continue;
      const s = blockLinkStats(ctx, i);
      if (s.density < LINE_MIN_DENSITY || s.links.length === 0) continue;
      if (!s.links.every((a) => isSameSiteLink(a, ctx.host) && isHeadlineLink(a))) continue;
      lines.push({ i, links: s.links.length });
    }
    const out: Candidate[] = [];
    for (const l of lines) {
      if (l.links >= 2 || lines.length >= 2) out.push({ blocks: [l.i], ruleId: this.id, reason: this.reason });
    }
    return out;
  },
};
