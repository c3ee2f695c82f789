/** Precision guards every heuristic applies: what is never a promo, whatever it says. */
import type { PromoContext } from '../types';

/** Opening quotation marks, after normalisation: a quotation is the article's, never a plug. */
const OPENS_WITH_QUOTE = /^["«'\u201C\u201E\u2018\u201A\u2039-]|^— /;

/** Is block `i` something a heuristic may consider at all? Not a heading, quote, caption, cell or quotation. */
export function isPlainBlock(ctx: PromoContext, i: number): boolean {
  return (ctx.plain[i] ??= plain(ctx, i));
}

function plain(ctx: PromoContext, i: number): boolean {
  const b = ctx.article.blocks[i];
  if (b.kind === 'quote' || b.kind === 'heading' || b.kind === 'caption' || b.kind === 'cell' || b.kind === 'preformatted') return false;
  return !OPENS_WITH_QUOTE.test(ctx.norm[i]) && b.el.closest('blockquote, q, pre, code, table') === null;
}
