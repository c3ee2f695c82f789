/**
 * Reading time in whole minutes (at least 1 for any text). Words per minute for silent reading of
 * non-fiction, by language (Brysbaert 2019 meta-analysis: ~238 EN, ~195 FR, ~218 ES, ~179 DE); CJK text is
 * counted in characters (~ 260 chars/min for Chinese/Japanese).
 */
const WORDS_PER_MINUTE: Record<string, number> = { en: 238, fr: 195, es: 218, de: 179, it: 188, pt: 181, nl: 202 };
const DEFAULT_WPM = 200;
const CJK_CHARS_PER_MINUTE = 260;

/** Hiragana, katakana, CJK ideographs (extension A and unified), Hangul syllables: counted one by one. */
const isCjk = (c: number): boolean => (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af);

/** The members of \s, by UTF-16 code unit. */
const isSpace = (c: number): boolean =>
  c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c >= 0x80 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));

/**
 * Words are the runs of characters that are neither spaces nor CJK (what `text.replace(CJK, ' ')
 * .split(/\s+/)` keeps), counted in one scan without making the strings: on the corpus that split was
 * a third of the recogniser's cost.
 */
export function readingMinutes(text: string, lang: string | null): number {
  let words = 0;
  let cjk = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3040 && isCjk(c)) {
      cjk++;
      inWord = false;
    } else if (isSpace(c)) inWord = false;
    else if (!inWord) {
      words++;
      inWord = true;
    }
  }
  if (words === 0 && cjk === 0) return 0;
  const minutes = words / (WORDS_PER_MINUTE[lang ?? ''] ?? DEFAULT_WPM) + cjk / CJK_CHARS_PER_MINUTE;
  return Math.max(1, Math.round(minutes));
}
