/**
 * Word tokens of a block's raw text, with UTF-16 offsets into it. The gazetteer's names are tokenised by
 * the same function, so that a name and its occurrence in the text compare token by token.
 *
 * A token is a run of letters/digits, possibly joined by . - + & inside ("Amazon.com", "AT&T",
 * "Coca-Cola", "Kuehne+Nagel", "S.A"), or a lone "&" ("Procter & Gamble"). Apostrophes split tokens, so
 * French elisions ("d'OpenAI", "l'IA") and English possessives ("OpenAI's") leave the name alone.
 */

export interface Token {
  start: number;
  end: number;
  /** As it reads. */
  raw: string;
  /** Lower-cased, accents removed, hyphen variants folded: the key for comparisons. */
  norm: string;
}

/**
 * The token pattern. U+2010/U+2011 (hyphen, non-breaking hyphen) occur in names typeset by CMSs. A letter
 * or digit is written "[A-Za-z0-9] or [\p{L}\p{N}]" (and a run of ASCII ones taken at once): the same
 * tokens, read a fifth faster than with the property classes alone, since most letters are ASCII.
 */
const TOKEN_RE = /(?:[A-Za-z0-9]|[\p{L}\p{N}])(?:[A-Za-z0-9]+|[\p{L}\p{M}\p{N}])*(?:[.\-\u2010\u2011+&](?:[A-Za-z0-9]|[\p{L}\p{N}])(?:[A-Za-z0-9]+|[\p{L}\p{M}\p{N}])*)*|&/gu;
const NON_ASCII = /[^\x00-\x7f]/;
const NEXT_NON_ASCII = /[^\x00-\x7f]/g;
const MARKS = /\p{M}+/gu;
const HYPHENS = /[\u2010\u2011]/g;

/** The comparison key of a word: "Moët" → "moet", "Société" → "societe". */
export function normWord(raw: string): string {
  if (!NON_ASCII.test(raw)) return raw.toLowerCase();
  return raw.normalize('NFD').replace(MARKS, '').replace(HYPHENS, '-').toLowerCase();
}

/**
 * The tokens of a text. An ASCII token's key is its slice of the text lower-cased once, which is the
 * token lower-cased whenever lower-casing kept the text's length (only "İ" grows, and nothing shrinks, so
 * then every character kept its place); the others go through normWord.
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const lower = text.toLowerCase();
  const aligned = lower.length === text.length;
  NEXT_NON_ASCII.lastIndex = 0;
  let wide = NEXT_NON_ASCII.exec(text)?.index ?? Infinity;
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    const raw = m[0];
    const start = m.index;
    const end = start + raw.length;
    if (wide < start) {
      NEXT_NON_ASCII.lastIndex = start;
      wide = NEXT_NON_ASCII.exec(text)?.index ?? Infinity;
    }
    out.push({ start, end, raw, norm: aligned && wide >= end ? lower.slice(start, end) : normWord(raw) });
  }
  return out;
}

const UPPER_START = /^\p{Lu}/u;
const HAS_UPPER = /\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const DIGIT_START = /^\p{N}/u;

/** Reads like (part of) a name: "Intel", "G42", "3M", "xAI", "eBay". Not "chipmaker", not "2023". */
export function isNameLike(raw: string): boolean {
  if (UPPER_START.test(raw)) return true;
  if (DIGIT_START.test(raw)) return /\p{L}/u.test(raw) && HAS_UPPER.test(raw);
  return HAS_UPPER.test(raw); // xAI, eBay, iShares
}

/** Begins with an upper-case letter: "Intel", "BTC"; not "xAI", "3M". ASCII is decided without a pattern. */
export function startsUpper(raw: string): boolean {
  const c = raw.charCodeAt(0);
  return c < 0x80 ? c >= 0x41 && c <= 0x5a : UPPER_START.test(raw);
}

/** All letters upper case, at least one letter: "TSMC", "BTC", "G42", "BRK.B". */
export function isUpperWord(raw: string): boolean {
  return HAS_UPPER.test(raw) && !HAS_LOWER.test(raw);
}

/** Characters that end a sentence or open a quotation/parenthesis: a capital after them proves nothing. */
const SENTENCE_OPENERS = /[.!?…:;«»"“”„‹›(\[\n\u2022\u2013\u2014-]\s*$/u;

/** Is token i the first word of a sentence (or of the block, or after an opening quote)? */
export function isSentenceInitial(text: string, tokens: readonly Token[], i: number): boolean {
  const prevEnd = i > 0 ? tokens[i - 1].end : 0;
  const gap = text.slice(prevEnd, tokens[i].start);
  if (i === 0) return true;
  // "Co. Apple" would read as sentence start: fine, the rule only asks for more evidence.
  return SENTENCE_OPENERS.test(gap) || (gap.trim() === '' && /[.!?…]$/.test(tokens[i - 1].raw));
}

/** Index of the last token ending at or before `pos`, or -1. */
export function lastTokenBefore(tokens: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= pos) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

/** A stable id from a name: "Acme Robotics" → "acme-robotics". */
export function slug(name: string): string {
  return normWord(name).replace(/&/g, ' and ').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'entity';
}
