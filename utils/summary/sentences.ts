import { ABBREVIATIONS, type AbbreviationData } from './data/abbreviations';
import { segmenter } from './segmenter';
import { stopwordsFor, fold } from './terms';

/**
 * Sentence splitting: `Intl.Segmenter` (ICU's sentence rules), then repairs of its known failures on news
 * text. ICU cuts after any "X. " followed by an uppercase letter, so it breaks titles ("M. Dupont",
 * "Dr. Smith"), company suffixes ("Co. (NASDAQ : TSM)"), and French quotes whose inner sentence ends
 * before the closing guillemet ("« … fini. » Puis"), and it cuts inside brackets ("(7203.T)"), after
 * a dot with no space after it ("7203.T", "0700.HK"), and between "3:41 p.m." and "Tokyo time". Each
 * repair below drops or moves one of its boundaries; none invents new ones.
 */

/** Pairs whose inside is never cut: a sentence cannot end inside an open «…», “…”, (…) or […]. */
const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['«', '»'],
  ['“', '”'],
  ['„', '“'],
  ['‹', '›'],
  ['(', ')'],
  ['[', ']'],
];
/**
 * A pair spanning more than this many characters is a stray mark (a parenthesis never closed, a quote
 * closed paragraphs later), not one aside: its inside may be cut.
 */
const MAX_SPAN_CHARS = 600;

/** Closing marks that belong to the sentence before them when ICU leaves them at the start of the next. */
const LEADING_CLOSERS = /^[\s\u00a0\u202f]*[»”’")\]]+/u;

/** What follows a boundary that cannot open a sentence: a lowercase word, or clause punctuation. */
const CONTINUATION_START = /^[\s\u00a0\u202f]*(?:\p{Ll}\p{Ll}|[,;:)\]]|\p{Ll}\b)/u;

/** What follows a "maybe" abbreviation when the sentence goes on ("Co. (NASDAQ…", "Inc. said", "No. 1"). */
const AFTER_MAYBE_ABBREVIATION = /^[\s\u00a0\u202f]*(?:\p{Ll}|\p{N}|[(,;:–—-])/u;

/** The last word before a final dot, with any inner dots ("U.S", "p. ex", "Inc"). */
const WORD_BEFORE_DOT = /(?:^|[\s(«“"'’\u00a0\u202f/-])((?:\p{L}\.){1,3}\p{L}|[\p{L}°]+)\.$/u;
const TWO_WORDS_BEFORE_DOT = /(?:^|[\s(«“"'\u00a0\u202f])(\p{L}+\.\s\p{L}+)\.$/u;

/** An uppercase initial ("John F. Kennedy", "M. Dupont"). */
const INITIAL = /^\p{Lu}$/u;
const STARTS_UPPER = /^[\s\u00a0\u202f]*\p{Lu}/u;

/** An initialism with dots at the end ("the U.S.", "U.K."): it closes a sentence less often than it names. */
const DOTTED_INITIALISM = /(?:^|[\s(])(?:\p{Lu}\.){2,}$/u;
/** The first word of what follows, when it is capitalised ("Securities" in "U.S. Securities"). */
const NEXT_CAPITALISED_WORD = /^[\s\u00a0\u202f]*(\p{Lu}[\p{L}'’-]*)/u;
/** A clock time in a.m./p.m. ("3:41 p.m.", "9 a.m."), which a time zone may follow. */
const CLOCK_12H = /\d[\s\u00a0]?[ap]\.m\.$/i;
/** A time zone after a clock time: "ET", "GMT+9", "Tokyo time", "Eastern Time". */
const TIME_ZONE = /^[\s\u00a0\u202f]*(?:[A-Z]{2,4}(?:[+-]\d{1,2})?(?![\p{L}])|\p{Lu}\p{Ll}+\s+[Tt]ime\b)/u;

/** Exactly two dots closing a sentence ("en silos..") are a typo for one; "..." stays an ellipsis. */
const DOUBLED_FINAL_DOT = /(?<!\.)\.\.$/;

/** Boundaries (offsets where a sentence starts) as ICU sees them. */
function rawBoundaries(text: string, lang: string | null): number[] {
  const seg = segmenter(lang, 'sentence');
  const out: number[] = [];
  if (seg) {
    for (const s of seg.segment(text)) if (s.index > 0) out.push(s.index);
    return out;
  }
  // No Intl.Segmenter (old engines): a terminator, spaces, then an uppercase letter or an opening quote.
  const re = /[.!?…]+[»”"’)]*[\s\u00a0]+(?=[\p{Lu}«“"(¿¡])/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m.index + m[0].length);
  return out;
}

/** A straight double quote opens when it follows a space (or starts the text) and a word follows it. */
function opensStraightQuote(text: string, i: number): boolean {
  return (i === 0 || /[\s([{\u00a0]/u.test(text[i - 1])) && i + 1 < text.length && !/\s/u.test(text[i + 1]);
}

/**
 * Matched spans [open, close] (indexes of the marks) of quotes and brackets; unmatched marks, and spans
 * longer than MAX_SPAN_CHARS, are ignored.
 */
function pairedSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const keep = (open: number, close: number) => {
    if (close - open <= MAX_SPAN_CHARS) spans.push([open, close]);
  };
  for (const [open, close] of PAIRS) {
    const stack: number[] = [];
    for (let i = 0; i < text.length; i++) {
      if (text[i] === open) stack.push(i);
      else if (text[i] === close && stack.length) keep(stack.pop()!, i);
    }
  }
  // Straight quotes have one mark for both ends: which end it is, its neighbours say.
  let openAt = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '"') continue;
    if (openAt < 0) {
      if (opensStraightQuote(text, i)) openAt = i;
    } else {
      keep(openAt, i);
      openAt = -1;
    }
  }
  return spans;
}

/** "U.S. Securities and Exchange Commission": a dotted initialism before a name goes on; before "The" it ends. */
function initialismGoesOn(left: string, right: string, lang: string | null): boolean {
  if (!DOTTED_INITIALISM.test(left)) return false;
  const next = NEXT_CAPITALISED_WORD.exec(right)?.[1];
  return !!next && !stopwordsFor(lang).has(fold(next));
}

function abbreviationData(lang: string | null): AbbreviationData[] {
  const all = [ABBREVIATIONS['*']];
  const own = lang ? ABBREVIATIONS[lang] : undefined;
  if (own) all.push(own);
  return all;
}

function listed(word: string, list: string[]): boolean {
  const lower = word.toLowerCase();
  return list.some((a) => a === lower && (a.length > 1 || INITIAL.test(word)));
}

/** Whether the boundary after `left` is a false one because `left` ends with an abbreviation. */
function endsWithAbbreviation(left: string, right: string, data: AbbreviationData[]): boolean {
  const words = [TWO_WORDS_BEFORE_DOT.exec(left)?.[1], WORD_BEFORE_DOT.exec(left)?.[1]].filter(
    (w): w is string => !!w,
  );
  for (const w of words) {
    if (data.some((d) => listed(w, d.never))) return true;
    if (data.some((d) => listed(w, d.maybe)) && AFTER_MAYBE_ABBREVIATION.test(right)) return true;
  }
  const last = WORD_BEFORE_DOT.exec(left)?.[1];
  return !!last && INITIAL.test(last) && STARTS_UPPER.test(right);
}

/** Collapses runs of whitespace to one space, keeping a lone no-break space (French "12 %"). */
export function collapseSpaces(text: string): string {
  return text.replace(/[ \t\r\n\f\v\u00a0\u202f\u2009]{2,}|[\t\r\n\f\v]/g, ' ').trim();
}

/**
 * Splits a block's text into sentences. `lang` is a BCP 47 tag or null. Sentences come back trimmed,
 * whitespace-collapsed, in order; a doubled final dot is reduced to one.
 */
export function splitSentences(text: string, lang: string | null): string[] {
  const t = collapseSpaces(text);
  if (!t) return [];
  const spans = pairedSpans(t);
  const data = abbreviationData(lang);
  const cuts: number[] = [];
  for (let b of rawBoundaries(t, lang)) {
    // A closing quote or parenthesis left at the start of the next segment belongs to this sentence.
    const closers = LEADING_CLOSERS.exec(t.slice(b));
    if (closers) b += closers[0].length;
    const left = t.slice(0, b).trimEnd();
    const right = t.slice(b);
    if (!right.trim()) continue;
    if (spans.some(([open, close]) => open < b && b <= close)) continue;
    if (CONTINUATION_START.test(right)) continue;
    // A dot with no space after it is inside a word: "7203.T", "0700.HK", "BRK.B", "Yahoo.com".
    if (/\.$/.test(left) && !/\s/u.test(t[b - 1])) continue;
    if (CLOCK_12H.test(left) && TIME_ZONE.test(right)) continue;
    if (/\.$/.test(left) && endsWithAbbreviation(left, right, data)) continue;
    if (initialismGoesOn(left, right, lang)) continue;
    if (/\d[.,]$/.test(left) && /^\d/.test(right)) continue; // decimal "8.5" / "8,5" cut by a bad tokenizer
    if (cuts.length && cuts[cuts.length - 1] >= b) continue;
    cuts.push(b);
  }
  const out: string[] = [];
  let start = 0;
  for (const c of [...cuts, t.length]) {
    const s = t.slice(start, c).trim().replace(DOUBLED_FINAL_DOT, '.');
    if (s) out.push(s);
    start = c;
  }
  return out;
}
