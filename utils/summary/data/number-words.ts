/**
 * Words around numbers that make a key fact, keyed by language ("*" holds what every language shares:
 * currency symbols and ISO codes, the percent sign). Each entry is a regular-expression fragment with no
 * capturing groups; longer alternatives are tried first. Add a language by adding an entry.
 */
export interface NumberWords {
  /** Scale words and abbreviations after a number in a money amount ("milliards", "bn", "Md", "M"). */
  scales: string[];
  /** Scale words that make a plain number a key fact even without a currency ("3 millions d'abonnés"). */
  bigScales: string[];
  /** Currency names after a number or scale ("de dollars", "d'euros", "dollars"). */
  currencyWords: string[];
  /** Words after a number that make it a percentage ("pour cent", "percent"). */
  percentWords: string[];
  /** Joiners of a range between two amounts ("8 à 10", "$8 billion to $10 billion", "8-10"). */
  rangeJoiners: string[];
  /** "between X and Y": the opener and its joiner. */
  between: { opener: string; joiner: string }[];
  /** How "of/de" links a big number to what it counts ("3 millions d'abonnés"). */
  countLinks: string[];
}

export const NUMBER_WORDS: Record<string, NumberWords> = {
  '*': {
    scales: [],
    bigScales: [],
    currencyWords: [],
    percentWords: ['%'],
    rangeJoiners: ['-', '–', '—'],
    between: [],
    countLinks: [],
  },
  en: {
    scales: ['trillions?', 'billions?', 'millions?', 'thousand', 'tn', 'bn', 'mn', 'm', 'k', 'B', 'M', 'K'],
    bigScales: ['trillions?', 'billions?', 'millions?'],
    currencyWords: ['(?:US |U\\.S\\. )?dollars?', 'euros?', 'pounds?(?: sterling)?', 'yen', 'yuan', '(?:Swiss )?francs?', 'bitcoins?'],
    percentWords: ['percentage points?', 'per ?cent', 'pct'],
    rangeJoiners: ['to'],
    between: [{ opener: 'between', joiner: 'and' }, { opener: 'from', joiner: 'to' }],
    countLinks: ['of'],
  },
  fr: {
    scales: ['milliers?', 'milliards?', 'millions?', 'billions?', 'Mds?', 'Md', 'M', 'k'],
    bigScales: ['milliards?', 'millions?'],
    currencyWords: [
      "(?:de |d['’])?dollars?(?: américains| US)?",
      "(?:de |d['’])?euros?",
      '(?:de )?livres?(?: sterling)?',
      '(?:de )?yens?',
      '(?:de )?yuans?',
      '(?:de )?francs?(?: suisses)?',
      '(?:de )?bitcoins?',
    ],
    percentWords: ['points? de pourcentage', 'pour ?cent'],
    rangeJoiners: ['à'],
    between: [{ opener: 'entre', joiner: 'et' }, { opener: 'de', joiner: 'à' }],
    countLinks: ['de', "d['’]"],
  },
};

/** Currency symbols (before or after the number) and ISO codes, for every language. */
export const CURRENCY_SYMBOLS = ['US\\$', 'C\\$', 'A\\$', 'HK\\$', 'R\\$', '\\$', '€', '£', '¥', '₹', '₿'];
export const CURRENCY_CODES = ['USD', 'EUR', 'GBP', 'JPY', 'CHF', 'CNY', 'CAD', 'AUD', 'HKD', 'BTC', 'ETH', 'USDT', 'BSV'];
