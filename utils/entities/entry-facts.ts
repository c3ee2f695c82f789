/**
 * What the gazetteer says about an entry besides its names and listings: its country, its sector and, for
 * what is not an ordinary company, its kind. Written in the tables as space-separated words ("JP tech",
 * "US financials exchange"), see gazetteer.ts.
 */

/** The eleven GICS sectors, one word each. */
export const SECTORS = [
  'energy', 'materials', 'industrials', 'discretionary', 'staples', 'health', 'financials', 'tech', 'communication',
  'utilities', 'realestate',
] as const;
export type Sector = (typeof SECTORS)[number];

/**
 * Kinds of entry other than an ordinary company: an exchange operator is a company too; an index and a
 * media outlet are known so that they are never taken for a company ("S&P 500" is not S&P Global, "the
 * Financial Times" is a publication).
 */
export const ENTRY_KINDS = ['index', 'exchange', 'media'] as const;
export type EntryKindWord = (typeof ENTRY_KINDS)[number];

export interface EntryFacts {
  /** ISO 3166-1 alpha-2 code. */
  country?: string;
  sector?: Sector;
  kind?: EntryKindWord;
}

const isSector = (w: string): w is Sector => (SECTORS as readonly string[]).includes(w);
const isKind = (w: string): w is EntryKindWord => (ENTRY_KINDS as readonly string[]).includes(w);

/** The facts of a field; words it does not know are left out (the data test lists them). */
export function parseFacts(field: string): EntryFacts {
  const out: EntryFacts = {};
  for (const w of field.trim().split(/\s+/)) {
    if (/^[A-Z]{2}$/.test(w)) out.country = w;
    else if (isSector(w)) out.sector = w;
    else if (isKind(w)) out.kind = w;
  }
  return out;
}

/** The words of a facts field that parseFacts does not know. */
export const unknownFactWords = (field: string): string[] =>
  field.trim().split(/\s+/).filter((w) => w && !/^[A-Z]{2}$/.test(w) && !isSector(w) && !isKind(w));
