import stopwordsIso from 'stopwords-iso';
import { DEFAULT_STEMMING, STEMMING, type StemmingData } from './data/stemming';
import { segmenter } from './segmenter';

/**
 * Content words of a sentence, for similarity and overlap (never for display): word segmentation with
 * `Intl.Segmenter`, lowercase, accents stripped, clitics and possessives cut, stopwords (from
 * `stopwords-iso`) dropped, crude suffix stripping.
 */

/** Stopwords used when the language is unknown or `stopwords-iso` has none for it. */
const FALLBACK_STOPWORD_LANG = 'en';

/** Lowercase and strip diacritics ("Épidémie" → "epidemie"): matching is accent-insensitive. */
export function fold(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '');
}

const stopwordCache = new Map<string, Set<string>>();

export function stopwordsFor(lang: string | null): Set<string> {
  const key = lang && stopwordsIso[lang] ? lang : FALLBACK_STOPWORD_LANG;
  let set = stopwordCache.get(key);
  if (!set) {
    set = new Set((stopwordsIso[key] ?? []).map(fold));
    stopwordCache.set(key, set);
  }
  return set;
}

/** Every word of the text as written (word-like segments only), in order. */
export function words(text: string, lang: string | null): string[] {
  const seg = segmenter(lang, 'word');
  if (!seg) return text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? [];
  const out: string[] = [];
  for (const s of seg.segment(text)) if (s.isWordLike) out.push(s.segment);
  return out;
}

function stem(word: string, data: StemmingData): string {
  let w = word;
  for (const e of data.elisions) if (w.startsWith(e) && w.length > e.length + 1) { w = w.slice(e.length); break; }
  for (const p of data.possessives) if (w.endsWith(p) && w.length > p.length + 1) { w = w.slice(0, -p.length); break; }
  for (const s of data.suffixes) {
    if (w.endsWith(s) && w.length - s.length >= data.minStem) return w.slice(0, -s.length);
  }
  return w;
}

/** Content terms of a text: folded, stopwords removed, crudely stemmed. One-letter words are dropped. */
export function contentTerms(text: string, lang: string | null): string[] {
  const stop = stopwordsFor(lang);
  const data = (lang && STEMMING[lang]) || DEFAULT_STEMMING;
  const out: string[] = [];
  for (const raw of words(text, lang)) {
    const w = fold(raw);
    if (stop.has(w)) continue;
    const s = stem(w, data);
    if (s.length < 2 && !/\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}|\p{Script=Hangul}/u.test(s)) continue;
    if (stop.has(s)) continue;
    out.push(s);
  }
  return out;
}

/** Scripts written without spaces, where a segmenter "word" may be a single character. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu;
/** In those scripts, a word is about this many characters long. */
const CHARS_PER_UNSPACED_WORD = 2;

/** Length of a text in words, comparable across scripts (Chinese or Japanese characters count by pairs). */
export function wordCount(text: string, lang: string | null): number {
  let n = 0;
  let unspaced = 0;
  for (const w of words(text, lang)) {
    const k = w.match(UNSPACED)?.length ?? 0;
    if (k) unspaced += k;
    else n++;
  }
  return n + Math.ceil(unspaced / CHARS_PER_UNSPACED_WORD);
}
