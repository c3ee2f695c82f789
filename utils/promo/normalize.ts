/**
 * Text normalisation for matching promo phrases, so that rules are written once, naturally:
 * "Nouveau sur la blockchain ?" (French spacing, no-break spaces, curly apostrophe) and
 * "nouveau sur la Blockchain?" compare equal.
 */
import { whitespaceRuns } from '../whitespace';

/** Curly/typographic quotes and apostrophes that pages use where rules write a straight one. */
const APOSTROPHES = /[\u2018\u2019\u201B\u02BC\u2032\u00B4`]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033]/g;
/** Every kind of space (\s has NBSP and the narrow NBSP French typography puts before ":" "?" "!"), and ZWSP. */
const SPACES = whitespaceRuns('\\u200b');
/** Combining marks left by NFD: removing them turns "à lire" into "a lire". */
const COMBINING = /[\u0300-\u036f]/g;
/** French typography: "Regarder :" / "« Texte »" → "regarder:" / "«texte»". */
const SPACE_BEFORE_PUNCT = / ([:;?!»])/g;
const SPACE_AFTER_GUILLEMET = /« /g;

/** Whitespace-collapsed text, as shown to the reader. */
export function collapse(text: string): string {
  return text.replace(SPACES, ' ').trim();
}

/** Text with no character above U+007F: nothing to decompose, no curly quotes (two thirds of the corpus' blocks). */
const ASCII_ONLY = /^[\x00-\x7f]*$/;
const BACKTICK = /`/g;

/** Normalised form for matching: lower case, no accents, straight quotes, single spaces, tight punctuation. */
export function normalize(text: string): string {
  const folded = ASCII_ONLY.test(text)
    ? text.replace(BACKTICK, "'")
    : text.normalize('NFD').replace(COMBINING, '').replace(APOSTROPHES, "'").replace(DOUBLE_QUOTES, '"');
  return collapse(folded.toLowerCase()).replace(SPACE_BEFORE_PUNCT, '$1').replace(SPACE_AFTER_GUILLEMET, '«');
}

/** Does `norm` (normalised) start with `phrase` (normalised) at a word boundary? */
export function startsWithPhrase(norm: string, phrase: string): boolean {
  if (!phrase || !norm.startsWith(phrase)) return false;
  const next = norm.charAt(phrase.length);
  return next === '' || !/[\p{L}\p{N}]/u.test(next) || !/[\p{L}\p{N}]$/u.test(phrase);
}

/** Escapes a string for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
