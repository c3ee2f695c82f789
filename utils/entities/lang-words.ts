/**
 * Reads the word tables of ./data/words.ts for one language: '*' + English + the article's language
 * (every language when it is unknown). Returned as sets of normalised words, memoised per language.
 */
import { normWord, tokenize } from './tokens';
import { BUSINESS_CONTEXT, CALENDAR, COMPANY_NOUNS, PERSON_VERBS, MARKET_CONTEXT, CRYPTO_CONTEXT, FUNCTION_WORDS, NOT_ENTITIES, PLACES, type WordTable } from './data/words';

export interface LangWords {
  functionWords: Set<string>;
  /** Compared as written (case-sensitive): "IT" is not an entity, "It" is a function word. */
  notEntities: Set<string>;
  calendar: Set<string>;
  places: Set<string>;
  business: Set<string>;
  market: Set<string>;
  crypto: Set<string>;
  /** Nouns that introduce a company, as their tokens' normalised forms joined by one space. */
  companyNouns: Set<string>;
  /** The last word of each of them: the cheap screen before a phrase is compared. */
  companyNounHeads: Set<string>;
  /** Verbs after which a name is a person's ("the company Jack Ma founded"). */
  personVerbs: Set<string>;
}

function phrases(table: WordTable, lang: string | null): string[] {
  const keys = lang === null ? Object.keys(table) : ['*', 'en', lang];
  const out: string[] = [];
  for (const k of keys) for (const p of (table[k] ?? '').split('|')) if (p.trim()) out.push(tokenize(p).map((t) => t.norm).join(' '));
  return out;
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
      companyNouns: new Set(phrases(COMPANY_NOUNS, l)),
      companyNounHeads: new Set(phrases(COMPANY_NOUNS, l).map((p) => p.slice(p.lastIndexOf(' ') + 1))),
      personVerbs: pick(PERSON_VERBS, l, true),
    };
    memo.set(key, w);
  }
  return w;
}
