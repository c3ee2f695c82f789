/**
 * Video plugs, in any language: a short line that is mostly a link to a video host, directly followed
 * by an embedded player (CoinGeek: "Regarder : <a href=youtube…>title</a>" then a YouTube iframe).
 * The line and its player are hidden together. A story that embeds a video without such a line is
 * left alone; so is a sentence that merely mentions a video.
 */
import type { Candidate, Heuristic } from '../types';
import { blockLinkStats } from '../links';
import { embedsAfter } from '../embed';
import { isPlainBlock } from './guards';

/** Hosts of video players. */
const VIDEO_HOST = /^https?:\/\/(?:[\w-]+\.)*(?:youtube\.com|youtube-nocookie\.com|youtu\.be|vimeo\.com|dailymotion\.com|dai\.ly|rumble\.com|twitch\.tv)\//i;
const MAX_CHARS = 250;
const MIN_DENSITY = 0.5;

export const videoPlug: Heuristic = {
  id: 'video-plug',
  reason: 'Video plug with its embedded player',
  find(ctx) {
    const out: Candidate[] = [];
    ctx.article.blocks.forEach((_, i) => {
      if (ctx.norm[i].length > MAX_CHARS || !isPlainBlock(ctx, i)) return;
      const s = blockLinkStats(ctx, i);
      if (s.density < MIN_DENSITY) return;
      const toVideo = s.links.some((a) => {
        try {
          return VIDEO_HOST.test(new URL(a.getAttribute('href') ?? '', a.ownerDocument.baseURI || undefined).href);
        } catch {
          return false;
        }
      });
      if (!toVideo) return;
      const embed = embedsAfter(ctx, i);
      if (!embed) return;
      out.push({ blocks: [i, ...embed.blocks], extras: embed.elements, ruleId: this.id, reason: this.reason });
    });
    return out;
  },
};
