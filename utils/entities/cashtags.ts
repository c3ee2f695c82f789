/**
 * Cashtags: "$AAPL", "$BTC", "$BRK.B" (social-media and finance-news notation for a ticker).
 * Not "$10" or "$5bn" (a digit after "$"), not "US$" / "C$" / "A$" (a letter before "$"), not "$A" (too
 * short to tell from a currency), not "$Apple" (a cashtag is written in capitals).
 */
const CASHTAG_RE = /(?<![\p{L}\p{N}$€£¥_/])\$([A-Z][A-Z0-9]{1,5}(?:\.[A-Z]{1,2})?)(?![\p{L}\p{N}_])/gu;

export interface Cashtag {
  ticker: string;
  /** Offsets of "$AAPL", dollar sign included. */
  start: number;
  end: number;
}

export function findCashtags(text: string): Cashtag[] {
  if (!text.includes('$')) return [];
  const out: Cashtag[] = [];
  CASHTAG_RE.lastIndex = 0;
  for (let m = CASHTAG_RE.exec(text); m; m = CASHTAG_RE.exec(text)) {
    out.push({ ticker: m[1], start: m.index, end: m.index + m[0].length });
  }
  return out;
}
