/**
 * Abbreviations that end with a dot but do not end a sentence, keyed by language ("*" applies to all).
 * `never`: never ends a sentence (a title before a name, "vs.", "p. ex."): the next segment is always
 * glued back. `maybe`: usually mid-sentence ("Apple Inc. said", "the U.S. economy") but can close a
 * sentence ("… with Intel Corp. Shares rose"): glued only when what follows does not open a new
 * sentence (a lowercase word, a digit, an opening parenthesis, a comma).
 * Entries are written without their final dot, compared case-insensitively; a one-letter entry ("m" for
 * "M.") only matches an uppercase letter, so "10 m." can still end a sentence.
 */
export interface AbbreviationData {
  never: string[];
  maybe: string[];
}

export const ABBREVIATIONS: Record<string, AbbreviationData> = {
  '*': {
    never: ['vs', 'v', 'approx', 'ca', 'cf', 'e.g', 'i.e', 'fig', 'figs', 'vol', 'ed', 'eds'],
    maybe: ['no', 'nos', 'etc', 'inc', 'co', 'corp', 'ltd', 'plc', 'llc', 'bros', 'assn', 'u.s', 'u.k', 'u.n', 'e.u', 'u.s.a', 'a.m', 'p.m', 'jr', 'sr'],
  },
  en: {
    never: ['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'mt', 'ft', 'gen', 'gov', 'sen', 'rep', 'sgt', 'capt', 'col', 'lt', 'rev', 'hon', 'pres', 'dept'],
    maybe: ['al', 'govt', 'mfg', 'intl', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'],
  },
  fr: {
    never: ['m', 'mm', 'mme', 'mmes', 'mlle', 'mlles', 'dr', 'pr', 'me', 'st', 'ste', 'p. ex', 'ex', 'env', 'cf', 'av', 'bd', 'chap', 'janv', 'févr', 'avr', 'juil', 'sept', 'oct', 'nov', 'déc', 'n°'],
    maybe: ['cie', 'éd', 'c.-à-d', 'sté'],
  },
  de: {
    never: ['hr', 'fr', 'dr', 'prof', 'bzw', 'ca', 'vgl', 'z.b', 'u.a', 'd.h', 'nr', 'str'],
    maybe: ['usw', 'gmbh', 'ag'],
  },
  es: {
    never: ['sr', 'sra', 'srta', 'dr', 'dra', 'lic', 'ud', 'uds', 'pág', 'núm'],
    maybe: ['etc', 'cía', 's.a'],
  },
};
