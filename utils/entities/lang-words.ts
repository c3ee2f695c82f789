/**
 * Reads the word tables of ./data/words.ts for one language: '*' + English + the article's language
 * (every language when it is unknown). Returned as sets of normalised words, memoised per language.
 */
import { normWord } from './tokens';
import { BUSINESS_CONTEXT, CALENDAR, MARKET_CONTEXT, CRYPTO_CONTEXT, FUNCTION_WORDS, NOT_ENTITIES, PLACES, type WordTable } from './data/words';

export interface LangWords {
  functionWords: Set<string>;
  /** Compared as written (case-sensitive): "IT" is not an entity, "It" is a function word. */
  notEntities: Set<string>;
  calendar: Set<string>;
  places: Set<string>;
  business: Set<string>;
  market: Set<string>;
  crypto: Set<string>;
}

const memo = new Map<string, LangWords>();

function pick(table: WordTable, lang: string | null, norm: boolean): Set<string> {
  const keys = lang === null ? Object.keys(table) : ['*', 'en', lang];
  const out = new Set<string>();
  for (const k of keys) for (const w of (table[k] ?? '').split(/\s+/)) if (w) out.add(norm ? normWord(w) : w);
  return out;
}

export function langWords(lang: string | null): LangWords {
  const key = lang ?? '';
  let w = memo.get(key);
  if (!w) {
    const l = lang || null;
    w = {
      functionWords: pick(FUNCTION_WORDS, l, true),
      notEntities: pick(NOT_ENTITIES, l, false),
      calendar: pick(CALENDAR, l, true),
      places: pick(PLACES, l, true),
      business: pick(BUSINESS_CONTEXT, l, true),
      market: pick(MARKET_CONTEXT, l, true),
      crypto: pick(CRYPTO_CONTEXT, l, true),
    };
    memo.set(key, w);
  }
  return w;
}
