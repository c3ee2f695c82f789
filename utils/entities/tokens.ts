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

const MARKS = /\p{M}+/gu;
const HYPHENS = /[\u2010\u2011]/g;
const NON_ASCII = /[^\x00-\x7f]/;

/** The comparison key of a word: "Moët" → "moet", "Société" → "societe". */
export function normWord(raw: string): string {
  if (!NON_ASCII.test(raw)) return raw.toLowerCase();
  return raw.normalize('NFD').replace(MARKS, '').replace(HYPHENS, '-').toLowerCase();
}

/** Character classes of the token language, by code point. */
const START = 1; // may begin a word: \p{L} or \p{N}
const PART = 2; // may continue it: \p{L}, \p{M} or \p{N}
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
const MARK = /^\p{M}$/u;
/** Classes of the non-ASCII code points seen so far (a page uses few distinct ones; bounded by Unicode). */
const wideClass = new Map<number, number>();

/** ASCII letters and digits start and continue words; nothing else in ASCII does. Capitals carry UPPER too. */
const UPPER = 4;
const ASCII_CLASS = Uint8Array.from({ length: 128 }, (_, c) => {
  const ch = String.fromCharCode(c);
  return /[A-Za-z0-9]/.test(ch) ? START | PART | (/[A-Z]/.test(ch) ? UPPER : 0) : 0;
});

function classOf(cp: number): number {
  if (cp < 0x80) return ASCII_CLASS[cp] & (START | PART);
  let c = wideClass.get(cp);
  if (c === undefined) {
    const ch = String.fromCodePoint(cp);
    c = LETTER_OR_NUMBER.test(ch) ? START | PART : MARK.test(ch) ? PART : 0;
    wideClass.set(cp, c);
  }
  return c;
}

/** Is the code point a letter or a number (\p{L}, \p{N})? Classed once per code point. */
export const isLetterOrNumber = (cp: number): boolean => (classOf(cp) & START) !== 0;

/** Joins two words into one token: . - + & and the hyphens U+2010/U+2011 that CMSs typeset in names. */
const isJoiner = (c: number): boolean => c === 0x2e || c === 0x2d || c === 0x2b || c === 0x26 || c === 0x2010 || c === 0x2011;

/** Flag of a token with a non-ASCII code point: its key goes through normWord. */
const WIDE = 8;

/**
 * The tokens of a text, read by one scan over its code points (the same tokens as the pattern
 * `[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[.\-\u2010\u2011+&][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*|&`, in a fraction of the
 * time the pattern takes). Runs of ASCII are read by a table lookup per character, the only work most
 * characters get; other code points are classed once per page (classOf).
 * An ASCII token's key is its slice of the text lower-cased once, which is the token lower-cased whenever
 * lower-casing kept the text's length (only "İ" grows, and nothing shrinks, so then every character kept
 * its place); a token without capitals is its own key; the others go through normWord.
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let lower: string | null = null;
  let aligned = false;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (c < 0x80) {
      if (ASCII_CLASS[c] === 0) {
        if (c === 0x26) out.push({ start: i, end: i + 1, raw: '&', norm: '&' });
        i++;
        continue;
      }
    } else if (!(classOf((c = text.codePointAt(i)!)) & START)) {
      i += c > 0xffff ? 2 : 1; // a lone surrogate reads as itself, as in a /u pattern
      continue;
    }
    const start = i;
    let flags = 0;
    // A word, then as long as a joiner is followed by the start of another word, that word too.
    for (;;) {
      while (i < n) {
        c = text.charCodeAt(i);
        if (c < 0x80) {
          const k = ASCII_CLASS[c];
          if (k === 0) break;
          flags |= k;
          i++;
        } else {
          c = text.codePointAt(i)!;
          if (!(classOf(c) & PART)) break;
          flags |= WIDE;
          i += c > 0xffff ? 2 : 1;
        }
      }
      if (i + 1 >= n || !isJoiner(c)) break;
      const next = text.codePointAt(i + 1)!;
      if (!(classOf(next) & START)) break;
      if (c >= 0x80) flags |= WIDE;
      i++;
    }
    const raw = text.slice(start, i);
    if (flags & WIDE) out.push({ start, end: i, raw, norm: normWord(raw) });
    else if (!(flags & UPPER)) out.push({ start, end: i, raw, norm: raw });
    else {
      if (lower === null) {
        lower = text.toLowerCase();
        aligned = lower.length === n;
      }
      out.push({ start, end: i, raw, norm: aligned ? lower.slice(start, i) : raw.toLowerCase() });
    }
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

/** All letters upper case, at least one letter: "TSMC", "BTC", "G42", "BRK.B". ASCII is read without a pattern. */
export function isUpperWord(raw: string): boolean {
  let upper = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 0x80) return HAS_UPPER.test(raw) && !HAS_LOWER.test(raw);
    if (c >= 0x61 && c <= 0x7a) return false;
    if (c >= 0x41 && c <= 0x5a) upper = true;
  }
  return upper;
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
