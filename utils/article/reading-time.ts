/**
 * Reading time in whole minutes (at least 1 for any text). Words per minute for silent reading of
 * non-fiction, by language (Brysbaert 2019 meta-analysis: ~238 EN, ~195 FR, ~218 ES, ~179 DE); CJK text is
 * counted in characters (~ 260 chars/min for Chinese/Japanese).
 */
const WORDS_PER_MINUTE: Record<string, number> = { en: 238, fr: 195, es: 218, de: 179, it: 188, pt: 181, nl: 202 };
const DEFAULT_WPM = 200;
const CJK_CHARS_PER_MINUTE = 260;
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g;
/**
 * A word: a run of characters that are neither spaces nor CJK, which is what splitting on spaces with the
 * CJK characters set apart keeps, in one native pass. (A scan in JS was faster looped but 2–10× slower in
 * a page's first call, which is the one the content script makes.)
 */
const WORD = /[^\s\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+/g;

export function readingMinutes(text: string, lang: string | null): number {
  if (!text.trim()) return 0;
  const cjk = text.match(CJK)?.length ?? 0;
  const words = text.match(WORD)?.length ?? 0;
  const minutes = words / (WORDS_PER_MINUTE[lang ?? ''] ?? DEFAULT_WPM) + cjk / CJK_CHARS_PER_MINUTE;
  return Math.max(1, Math.round(minutes));
}
