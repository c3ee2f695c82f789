/**
 * The words that make up company names besides capitalised ones: legal-form suffixes ("Inc.", "S.A.",
 * "N.V.") and the small connectors inside names ("Bank of America", "Moët Hennessy Louis Vuitton",
 * "Procter & Gamble", "Banco Bilbao Vizcaya Argentaria"). Compared as normalised tokens (see tokens.ts).
 */

/**
 * Legal forms. "Group" and "Holdings" count: "SoftBank Group (NASDAQ : SFTBF)" names the listed
 * holding; the short name ("SoftBank") is derived by dropping them. Multi-token forms ("S.p.A", "Co., Ltd")
 * are covered because every token of them is listed.
 */
export const LEGAL_SUFFIXES = new Set([
  'inc', 'incorporated', 'corp', 'corporation', 'co', 'company', 'companies', 'cos', 'ltd', 'limited', 'llc', 'lp', 'llp', 'plc',
  'group', 'holdings', 'holding', 'sa', 's.a', 'sas', 's.a.s', 'se', 'ag', 'nv', 'n.v', 'bv', 'b.v', 'gmbh', 'kgaa', 'spa', 's.p.a', 'srl', 's.r.l',
  'pbc', 'ab', 'asa', 'as', 'a/s', 'oyj', 'kk', 'k.k', 'bhd', 'berhad', 'tbk', 'pjsc', 'sca', 'sarl', 'ltee', 'ltda', 'pty', 'nl', 'sab', 'de', 'cv',
]);

/** Suffix tokens that are abbreviations: the period after them is part of the name ("Co.", "Inc."). */
export const ABBREVIATED_SUFFIXES = new Set(['inc', 'corp', 'co', 'cos', 'ltd', 's.a', 'n.v', 'b.v', 'k.k', 's.p.a', 's.a.s', 'sab', 'cv', 'pty', 'ltee', 'ltda', 'bhd', 'tbk']);

/** Suffix tokens that never stand alone nor end a name without a capitalised word before them. */
const WEAK_SUFFIXES = new Set(['de', 'as', 'nl', 'cv', 'sab']);

/**
 * Suffix tokens that may follow the name after a comma: "Amazon.com, Inc.", "Samsung Electronics Co., Ltd.".
 */
export const COMMA_SUFFIXES = new Set(['inc', 'ltd', 'llc', 'lp', 'llp', 'plc', 'sa', 's.a', 'ag', 'nv', 'n.v', 'se', 'corp', 'limited', 'co', 'incorporated']);

/** Lower-case words allowed inside a name, between capitalised words. */
export const CONNECTORS = new Set(['of', 'and', '&', 'de', 'du', 'des', 'la', 'le', 'et', 'di', 'del', 'della', 'der', 'den', 'von', 'van', 'y', 'e', 'und', 'for', 'the', 'da', 'do', 'dos']);

export function isLegalSuffix(norm: string, raw: string): boolean {
  if (!LEGAL_SUFFIXES.has(norm)) return false;
  if (WEAK_SUFFIXES.has(norm)) return /^\p{Lu}/u.test(raw) && raw.length > 1 && norm !== 'de';
  // "as" / "se" / "sa" in running French or English text are words, not legal forms: demand capitals.
  return /^\p{Lu}/u.test(raw);
}
