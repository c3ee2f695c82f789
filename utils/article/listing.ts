/**
 * What the content Readability chose says about the page: an article's body is prose, a listing's
 * "body" is mostly links, or a run of headlines that link elsewhere. Read from the extracted article's
 * blocks, after the parse; detect.ts weighs it with the page's own signals (reweigh).
 */
import type { DetectionSignal } from '../report';
import type { Article } from './types';
import { WEIGHTS } from './signal-weights';

/** Share of the chosen content's text inside links from which it reads as a list of links. */
const MOSTLY_LINKS = 0.5;
/**
 * Headings that are links, from which the content reads as a run of headlines, when they are at least half
 * as many as its paragraphs of prose (an article's related links are a few headlines after many paragraphs).
 */
const HEADLINE_BLOCKS = 4;
const PROSE_CHARS = 150;

/** Is the node's text inside a link (below the block)? */
const linked = (t: Text): boolean => !!t.parentElement?.closest('a[href]');

export function listingSignals(article: Article): DetectionSignal[] {
  let chars = 0;
  let linkChars = 0;
  let headlines = 0;
  let prose = 0;
  for (const b of article.blocks) {
    let own = 0;
    let inLinks = 0;
    for (const t of b.nodes) {
      const n = t.data.trim().length;
      own += n;
      if (n && linked(t)) inLinks += n;
    }
    chars += own;
    linkChars += inLinks;
    if (b.kind === 'heading' && own > 0 && inLinks / own > 0.8) headlines++;
    else if (b.kind === 'paragraph' && own - inLinks >= PROSE_CHARS) prose++;
  }
  const out: DetectionSignal[] = [];
  if (chars > 0 && linkChars / chars >= MOSTLY_LINKS) out.push({ id: 'candidate-links', weight: WEIGHTS['candidate-links'] });
  if (headlines >= HEADLINE_BLOCKS && headlines * 2 >= prose) out.push({ id: 'candidate-headlines', weight: WEIGHTS['candidate-headlines'], detail: String(headlines) });
  return out;
}
