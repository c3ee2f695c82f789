/**
 * Context tests: is a word surrounded by business/market words ("shares", "milliards", "%"), or by crypto
 * words ("token", "blockchain", a number of coins)? They corroborate names that are also common words
 * and bare tickers.
 */
import type { Token } from './tokens';

/** Words either side that count as "nearby" for a name (a clause, roughly). */
export const NAME_WINDOW = 10;
/** Words either side that count as "nearby" for a bare ticker ("NVDA rose 3%", "10 SOL"). */
export const TICKER_WINDOW = 6;

const MONEY_SIGNS = /[%$€£¥₩]/;
const NUMBER = /^\p{N}/u;

/** Does a word of `set` (normalised) occur within `window` tokens of [from, to)? Money signs count too. */
export function near(text: string, tokens: readonly Token[], from: number, to: number, set: ReadonlySet<string>, window: number, money = true): boolean {
  const a = Math.max(0, from - window);
  const b = Math.min(tokens.length, to + window);
  for (let k = a; k < b; k++) if ((k < from || k >= to) && set.has(tokens[k].norm)) return true;
  if (money && b > a && MONEY_SIGNS.test(text.slice(tokens[a].start, tokens[b - 1].end))) return true;
  return false;
}

/** "10 SOL", "SOL 150", "2.5 BTC": a number right before or after. */
export function nextToNumber(tokens: readonly Token[], i: number): boolean {
  return (i > 0 && NUMBER.test(tokens[i - 1].raw)) || (i + 1 < tokens.length && NUMBER.test(tokens[i + 1].raw));
}

/** Does any token of the document belong to `set`? */
export function anywhere(blocks: readonly (readonly Token[])[], set: ReadonlySet<string>): boolean {
  for (const toks of blocks) for (const t of toks) if (set.has(t.norm)) return true;
  return false;
}
