import type { KeyFact, KeyFactKind } from '../report';
import { CURRENCY_CODES, CURRENCY_SYMBOLS, NUMBER_WORDS, type NumberWords } from './data/number-words';
import { DATE_WORDS, type DateWords } from './data/dates';
import { fold, stopwordsFor } from './terms';

/**
 * Key facts: money amounts and ranges, percentages, dates, years and large counts, found with regular
 * expressions built from per-language data (data/number-words.ts, data/dates.ts). Each fact keeps the
 * sentence it comes from. Overlaps resolve to the longest match ("22 janvier 2024" is one date, not a
 * date and a year); duplicates (same kind, same text) keep their first appearance.
 */

/** A number as news writes it: "8", "8,5", "8.5", "1,200", "1 200" (also with no-break spaces), "2 460". */
const NUM = String.raw`(?<![\p{N}.,])(?:\d{1,3}(?:[ \u00a0\u202f,.]\d{3})+(?![\p{N}])(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?![\p{N}])`;
/** Optional space between a number and its unit, including the no-break spaces French typography uses. */
const SP = String.raw`[ \u00a0\u202f]`;
const END = String.raw`(?![\p{L}\p{N}])`;

/** Which kind wins when two matches start at the same place and have the same length. */
const KIND_PRIORITY: Record<KeyFactKind, number> = { money: 5, percent: 4, date: 3, number: 2, year: 1 };

interface Patterns {
  lang: string | null;
  money: RegExp[];
  range: RegExp[];
  percent: RegExp;
  number: RegExp;
  dates: RegExp[];
  year: RegExp;
  yearCue: RegExp;
}

function alt(list: string[]): string {
  return [...new Set(list)].sort((a, b) => b.length - a.length).join('|');
}

function mergedWords(lang: string | null): NumberWords {
  const langs = lang && NUMBER_WORDS[lang] ? [lang] : Object.keys(NUMBER_WORDS).filter((k) => k !== '*');
  const parts = ['*', ...langs].map((k) => NUMBER_WORDS[k]);
  return {
    scales: parts.flatMap((p) => p.scales),
    bigScales: parts.flatMap((p) => p.bigScales),
    currencyWords: parts.flatMap((p) => p.currencyWords),
    percentWords: parts.flatMap((p) => p.percentWords),
    rangeJoiners: parts.flatMap((p) => p.rangeJoiners),
    between: parts.flatMap((p) => p.between),
    countLinks: parts.flatMap((p) => p.countLinks),
  };
}

function mergedDates(lang: string | null): DateWords {
  const langs = lang && DATE_WORDS[lang] ? [lang] : Object.keys(DATE_WORDS);
  const parts = langs.map((k) => DATE_WORDS[k]);
  return {
    months: parts.flatMap((p) => p.months),
    daySuffix: `(?:${parts.map((p) => p.daySuffix).join('|')})`,
    yearCues: parts.flatMap((p) => p.yearCues),
    yearJoiners: parts.flatMap((p) => p.yearJoiners),
  };
}

/** Month names in lowercase and with an initial capital ("mars", "Mars", "January"). */
function monthAlternatives(months: string[]): string {
  return alt(months.flatMap((m) => [m, m[0].toUpperCase() + m.slice(1)]));
}

const patternCache = new Map<string, Patterns>();

function patternsFor(lang: string | null): Patterns {
  const key = lang ?? '';
  const cached = patternCache.get(key);
  if (cached) return cached;
  const w = mergedWords(lang);
  const d = mergedDates(lang);
  const SYM = `(?:${alt(CURRENCY_SYMBOLS)})`;
  const CODE = `(?:${alt(CURRENCY_CODES)})${END}`;
  const SCALE = `(?:${alt(w.scales)})${END}`;
  const CURWORD = `(?:${alt(w.currencyWords)})${END}`;
  const money = [
    `${SYM}${SP}?${NUM}(?:${SP}?${SCALE})?`, // $8 billion, €5bn, US$3m
    `${CODE}${SP}?${NUM}(?:${SP}${SCALE})?`, // USD 3.5 million
    `${NUM}(?:${SP}?(?:${alt(w.scales)}))?${SP}?(?:${SYM}|${CODE})`, // 10 Md$, 5 M€, 100 000 €, 3 millions USD
    `${NUM}${SP}${SCALE}${SP}${CURWORD}`, // 1,2 million d'euros, 10 milliards de dollars
    `${NUM}${SP}${CURWORD}`, // 500 euros
  ];
  const MONEY = `(?:${money.join('|')})`;
  const HEAD = `${SYM}?${SP}?${NUM}(?:${SP}?${SCALE})?`;
  const range = [
    `${HEAD}${SP}?(?:${alt(w.rangeJoiners)})${SP}?${MONEY}`,
    ...w.between.map((b) => `(?<![\\p{L}])${b.opener}${SP}${HEAD}${SP}${b.joiner}${SP}${MONEY}`),
  ];
  const MONTH = `(?:${monthAlternatives(d.months)})(?![\\p{L}])`;
  const DAY = `(?<![\\p{N}])(?:[12]\\d|3[01]|0?[1-9])${d.daySuffix}`;
  const dates = [
    `${DAY}${SP}${MONTH}(?:${SP}(?:19|20)\\d{2})?${END}`, // 22 janvier 2024, 1er mars, 22 January 2024
    `${MONTH}${SP}(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?:,?${SP}(?:19|20)\\d{2})?${END}`, // January 22, 2024
    `${MONTH}${SP}(?:19|20)\\d{2}${END}`, // janvier 2024
    `(?<![\\p{N}/.])(?:[12]\\d|3[01]|0?[1-9])[/.](?:1[0-2]|0?[1-9])[/.](?:19|20)\\d{2}${END}`, // 22/01/2024
    `(?<![\\p{N}-])(?:19|20)\\d{2}-(?:1[0-2]|0[1-9])-(?:[12]\\d|3[01]|0[1-9])${END}`, // 2024-01-22
  ];
  const p: Patterns = {
    lang,
    money: money.map((s) => new RegExp(s, 'giu')),
    range: range.map((s) => new RegExp(s, 'giu')),
    percent: new RegExp(
      `(?:[+\\-−]${SP}?)?${NUM}(?:${SP}?(?:${alt(w.rangeJoiners)})${SP}?${NUM})?${SP}?(?:%|(?:${alt(w.percentWords.filter((x) => x !== '%'))})${END})`,
      'giu',
    ),
    number: new RegExp(`${NUM}${SP}(?:${alt(w.bigScales)})${END}(?:${SP}(?:${alt(w.countLinks)})${SP}?[\\p{L}-]+)?`, 'giu'),
    dates: dates.map((s) => new RegExp(s, 'gu')),
    // A four-digit year 1900–2100 that is not part of a grouped number ("2 460", "12 2030 000") or decimal.
    year: /(?<![\p{N}\p{L}$€£¥.,/-]|\d[ \u00a0\u202f])(?:19\d{2}|20\d{2}|2100)(?![\p{N}\p{L}%€$£]|[.,]\d|[ \u00a0\u202f]\d{3}(?!\d)|[ \u00a0\u202f]?%)/gu,
    yearCue: new RegExp(`(?:^|[\\s(«“"'’])(?:${alt(d.yearCues)})[ \\u00a0\\u202f]*$|(?:^|[(])[ \\u00a0]*$|${MONTH}[ \\u00a0]*$|(?:19|20)\\d{2}[ \\u00a0]*(?:${alt([...d.yearJoiners, '-', '–'])})[ \\u00a0]*$`, 'iu'),
  };
  patternCache.set(key, p);
  return p;
}

export interface Hit {
  start: number;
  end: number;
  kind: KeyFactKind;
}

function collect(re: RegExp, text: string, kind: KeyFactKind, out: Hit[], accept?: (m: RegExpExecArray) => boolean): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    if (!accept || accept(m)) out.push({ start: m.index, end: m.index + m[0].length, kind });
  }
}

const LEADING_NUMBER = /\d[\d \u00a0\u202f,.]*/;

/** A range whose first number is a bare year is not a range of amounts ("in 2023 to $5 billion"). */
function plausibleRange(m: RegExpExecArray): boolean {
  const head = LEADING_NUMBER.exec(m[0])?.[0].trim() ?? '';
  return !/^(?:19|20)\d{2}$/.test(head) || /[$€£¥]/.test(m[0].slice(0, m[0].indexOf(head)));
}

/** A count: a number and the word it counts ("2 460 salariés", "11 countries", "3,600 kilometres"). */
const COUNT = new RegExp(`(?<![/\\p{L}])${NUM}${SP}(\\p{Ll}[\\p{L}-]{2,})(?![\\p{L}'’])`, 'gu');
/** English verb forms after a number are not what it counts ("aged between 25 and 54 compared to…"). */
const VERB_FORM = /(?:ed|ing)$/;

/** Counts whose noun is a content word; a number that may be a year is left to the year pattern ("1999 units"). */
function collectCounts(sentence: string, lang: string | null, out: Hit[]): void {
  const stop = stopwordsFor(lang);
  COUNT.lastIndex = 0;
  for (let m = COUNT.exec(sentence); m; m = COUNT.exec(sentence)) {
    const number = m[0].slice(0, m[0].length - m[1].length).trim();
    if (stop.has(fold(m[1])) || /^(?:19|20)\d{2}$/.test(number) || /^[01]$/.test(number)) continue;
    if ((lang === 'en' || !lang) && VERB_FORM.test(m[1])) continue;
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'number' });
  }
}

const WEAK_KINDS: ReadonlySet<KeyFactKind> = new Set(['number', 'year']);

/** Should `h` replace `last`, which it overlaps? */
function preferred(h: Hit, last: Hit): boolean {
  const hWeak = WEAK_KINDS.has(h.kind);
  const lastWeak = WEAK_KINDS.has(last.kind);
  if (hWeak !== lastWeak) return lastWeak;
  return h.end - h.start > last.end - last.start;
}

/** Finds the key facts of one sentence, in order, overlaps resolved to the most specific, then longest, match. */
function factsInSentence(sentence: string, p: Patterns): Hit[] {
  if (!/\d/.test(sentence)) return [];
  const hits: Hit[] = [];
  for (const re of p.range) collect(re, sentence, 'money', hits, plausibleRange);
  for (const re of p.money) collect(re, sentence, 'money', hits);
  collect(p.percent, sentence, 'percent', hits);
  for (const re of p.dates) collect(re, sentence, 'date', hits);
  collect(p.number, sentence, 'number', hits);
  collectCounts(sentence, p.lang, hits);
  collect(p.year, sentence, 'year', hits, (m) => p.yearCue.test(sentence.slice(Math.max(0, m.index - 30), m.index)));
  hits.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || KIND_PRIORITY[b.kind] - KIND_PRIORITY[a.kind]);
  const kept: Hit[] = [];
  for (const h of hits) {
    const last = kept[kept.length - 1];
    if (last && h.start < last.end) {
      // Overlap: a money, percent or date match beats a bare count or year it overlaps ("$60 billion of new
      // factories" is money, not the count "60 billion of new"); otherwise the longer one wins.
      if (preferred(h, last)) kept[kept.length - 1] = h;
      continue;
    }
    kept.push(h);
  }
  return kept;
}

/** The figures of one sentence (money, percent, date, count, year), in order, overlaps resolved. */
export function figuresIn(sentence: string, lang: string | null): Hit[] {
  return factsInSentence(sentence, patternsFor(lang));
}

function dedupeKey(f: KeyFact): string {
  return `${f.kind}:${f.text.toLowerCase().replace(/[\s\u00a0\u202f]+/g, ' ')}`;
}

/**
 * Key facts of the given sentences (in article order): money, percent, date, year, number. Each fact
 * appears once (first occurrence), with the sentence it comes from.
 */
export function extractKeyFacts(sentences: readonly string[], lang: string | null): KeyFact[] {
  const p = patternsFor(lang);
  const seen = new Set<string>();
  const out: KeyFact[] = [];
  for (const sentence of sentences) {
    for (const h of factsInSentence(sentence, p)) {
      const text = sentence.slice(h.start, h.end).trim();
      const fact: KeyFact = { kind: h.kind, text, sentence };
      const k = dedupeKey(fact);
      if (seen.has(k)) continue;
      seen.add(k);
      out.push(fact);
    }
  }
  return out;
}
