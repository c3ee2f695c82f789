/**
 * Light, crude normalisation data for matching words (not for display), keyed by language.
 * `elisions`: clitic prefixes cut off a word before matching ("l'usine" → "usine", "d'OpenAI" → "openai").
 * `possessives`: suffixes cut off ("Altman's" → "altman").
 * `suffixes`: endings stripped, longest first, only while at least `minStem` letters remain. This is not
 * a stemmer: it only makes "puces"/"puce", "investments"/"investment", "funding"/"fund" meet.
 * Words are accent-stripped and lowercased before these apply, so the data is written that way too.
 */
export interface StemmingData {
  elisions: string[];
  possessives: string[];
  suffixes: string[];
  minStem: number;
}

export const STEMMING: Record<string, StemmingData> = {
  en: {
    elisions: [],
    possessives: ["'s", '’s', "'", '’'],
    suffixes: ['ations', 'ation', 'ments', 'ment', 'ings', 'ing', 'ies', 'ers', 'er', 'ed', 'es', 'ly', 's'],
    minStem: 4,
  },
  fr: {
    elisions: ["l'", 'l’', "d'", 'd’', "qu'", 'qu’', "j'", 'j’', "n'", 'n’', "s'", 's’', "c'", 'c’', "m'", 'm’', "t'", 't’', "jusqu'", 'jusqu’', "lorsqu'", 'lorsqu’', "puisqu'", 'puisqu’'],
    possessives: [],
    suffixes: ['issements', 'issement', 'ements', 'ement', 'ations', 'ation', 'euses', 'euse', 'eurs', 'eur', 'ites', 'ite', 'ives', 'ive', 'ifs', 'if', 'ees', 'ee', 'es', 'e', 's', 'x'],
    minStem: 4,
  },
  es: {
    elisions: [],
    possessives: [],
    suffixes: ['aciones', 'acion', 'mente', 'es', 'os', 'as', 's'],
    minStem: 4,
  },
  de: {
    elisions: [],
    possessives: [],
    suffixes: ['ungen', 'ung', 'en', 'er', 'es', 'e', 's'],
    minStem: 4,
  },
};

/** Used when the language is unknown or has no entry: just plurals. */
export const DEFAULT_STEMMING: StemmingData = { elisions: ["l'", "d'"], possessives: ["'s", '’s'], suffixes: ['s'], minStem: 4 };
