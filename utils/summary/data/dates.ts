/**
 * Month names and year cues, keyed by language. Months are regular-expression fragments (abbreviations
 * with an optional dot); they match in lowercase and with an initial capital.
 * `yearCues`: words right before a four-digit number that make it a year ("en 2023", "d'ici 2030",
 * "since 2019", "fiscal 2025"), so that "2 460" or "1999 units" are not taken for years. Words that
 * also introduce counts ("de", "of", "à", "to") are not cues on their own.
 */
export interface DateWords {
  months: string[];
  /** Ordinal day forms ("1er", "22nd"): a suffix fragment after the digits. */
  daySuffix: string;
  yearCues: string[];
  /** Words between two years ("entre 2020 et 2023", "from 2019 to 2021"): the second is a year too. */
  yearJoiners: string[];
}

export const DATE_WORDS: Record<string, DateWords> = {
  en: {
    months: [
      'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
      'jan\\.?', 'feb\\.?', 'mar\\.?', 'apr\\.?', 'jun\\.?', 'jul\\.?', 'aug\\.?', 'sept?\\.?', 'oct\\.?', 'nov\\.?', 'dec\\.?',
    ],
    daySuffix: '(?:st|nd|rd|th)?',
    yearJoiners: ['and', 'to', 'or'],
    yearCues: [
      'in', 'by', 'since', 'until', 'till', 'through', 'from', 'before', 'after', 'during', 'between',
      'early', 'late', 'mid-?', 'end of', 'start of', 'beginning of', 'fiscal', 'FY', 'Q[1-4]', 'H[12]', 'year', 'the year',
    ],
  },
  fr: {
    months: [
      'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
      'janv\\.?', 'févr\\.?', 'avr\\.?', 'juil\\.?', 'sept\\.?', 'oct\\.?', 'nov\\.?', 'déc\\.?',
    ],
    daySuffix: '(?:er)?',
    yearJoiners: ['et', 'à', 'ou'],
    yearCues: [
      'en', 'depuis', "d['’]ici", "jusqu['’]en", "jusqu['’]à", 'dès', 'avant', 'après', 'fin', 'début', 'mi-?',
      'courant', 'année', "l['’]année", 'exercice', 'entre', 'vers', 'T[1-4]', 'S[12]',
    ],
  },
};
