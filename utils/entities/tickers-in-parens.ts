/**
 * Exchange-tagged tickers in parentheses, and the company named just before them:
 *
 *   "Intel Corporation (NASDAQ: INTC)"          press releases, English news
 *   "SoftBank Group (NASDAQ : SFTBF)"           French typography: a (no-break) space before the colon
 *   "(Nasdaq: TSLA, NYSE: X)"                   several listings in one parenthesis
 *   "(Euronext Paris : MC)", "(EPA: AIR)", "(TYO: 7203)", "(HKEX: 0700)"
 *   "BYD (002594.SZ)", "Toyota (7203.T)"      Reuters instrument codes
 */
import { exchangeFor, exchangeForRic, exchangePatternSource } from './exchanges';
import { isNameLike, lastTokenBefore, type Token } from './tokens';
import { ABBREVIATED_SUFFIXES, CONNECTORS, isLegalSuffix } from './name-parts';
import { longestMatch, type TrieNode } from './trie';
import type { LangWords } from './lang-words';

/** A ticker: capitals and digits, with inner "." or "-" ("BRK.B", "RDS-A", "005930"). Checked upper-case in code. */
const TICKER = String.raw`[A-Z0-9](?:[A-Z0-9]|[.\-](?=[A-Z0-9])){0,11}`;
/** Colon, full-width colon (CJK press) — spaces around it of any kind (U+00A0, U+202F in French). */
const COLON = String.raw`\s*[:：]\s*`;
/** Between two listings: "(Nasdaq: TSLA, NYSE: X)", "(NYSE: A; TSX: B)", "(NYSE: A and TSX: B)". */
const LISTING_SEP = String.raw`\s*(?:[,;/|]|\band\b|\bet\b|&)\s*(?:(?:and|et)\s+)?`;
/** How far back a company name may start, in tokens ("Taiwan Semiconductor Manufacturing Co., Ltd."). */
const MAX_NAME_TOKENS = 9;

let parenRe: RegExp | null = null;
let pairRe: RegExp | null = null;

function regexes(): [RegExp, RegExp] {
  if (!parenRe || !pairRe) {
    const ex = exchangePatternSource();
    const pair = `(?:${ex})${COLON}${TICKER}`;
    parenRe = new RegExp(String.raw`\(\s*${pair}(?:${LISTING_SEP}${pair})*\s*\)`, 'gi');
    pairRe = new RegExp(String.raw`(${ex})${COLON}(${TICKER})`, 'gi');
  }
  return [parenRe, pairRe];
}

export interface Listed {
  exchange: string;
  ticker: string;
  /** Offsets of the ticker alone ("INTC"), into the block text. */
  start: number;
  end: number;
}

export interface TickerParens {
  /** Offsets of the whole parenthesis. */
  start: number;
  end: number;
  listings: Listed[];
}

/**
 * Reuters instrument codes, as Reuters and the wires print them: "BYD (002594.SZ)", "(7203.T)", "(AAPL.O)",
 * "(MC.PA, RMS.PA)". The ticker is two characters or more, or digits, so that "(U.S.)" is not one.
 */
const RIC = /\(\s*((?:[A-Z0-9]{2,10}|\d)(?:-[A-Z0-9]+)?\.[A-Z]{1,3})((?:\s*[,;]\s*[A-Z0-9]{1,10}(?:-[A-Z0-9]+)?\.[A-Z]{1,3})*)\s*\)/g;
const RIC_PART = /([A-Z0-9]{1,10}(?:-[A-Z0-9]+)?)\.([A-Z]{1,3})/g;

function findRicParens(text: string, out: TickerParens[]): void {
  RIC.lastIndex = 0;
  for (let m = RIC.exec(text); m; m = RIC.exec(text)) {
    const listings: Listed[] = [];
    RIC_PART.lastIndex = 0;
    for (let q = RIC_PART.exec(m[0]); q; q = RIC_PART.exec(m[0])) {
      const exchange = exchangeForRic(q[2]);
      if (!exchange) continue;
      const at = m.index + q.index;
      listings.push({ exchange, ticker: q[1], start: at, end: at + q[1].length });
    }
    // Every code must name a known exchange: "(A.B, C.D)" of initials is not a list of listings.
    if (listings.length && listings.length === m[0].match(RIC_PART)!.length) out.push({ start: m.index, end: m.index + m[0].length, listings });
  }
}

/** Every "(EXCHANGE: TICKER…)" and "(TICKER.SUFFIX)" in a block's text, in text order. */
export function findTickerParens(text: string): TickerParens[] {
  const out: TickerParens[] = [];
  const open = text.indexOf('(');
  if (open < 0) return out;
  if (text.indexOf('.', open) >= 0) findRicParens(text, out);
  // Most blocks have no parenthesis with a colon: the pattern is not run on them.
  if (text.indexOf(':', open) < 0 && text.indexOf('：', open) < 0) return out;
  const [pRe, qRe] = regexes();
  pRe.lastIndex = 0;
  for (let m = pRe.exec(text); m; m = pRe.exec(text)) {
    const listings: Listed[] = [];
    qRe.lastIndex = 0;
    for (let q = qRe.exec(m[0]); q; q = qRe.exec(m[0])) {
      const ticker = q[2];
      if (ticker !== ticker.toUpperCase()) continue; // "(Paris: lundi)" is not a listing
      const exchange = exchangeFor(q[1], ticker);
      if (!exchange) continue;
      const at = m.index + q.index + q[0].length - ticker.length;
      listings.push({ exchange, ticker, start: at, end: at + ticker.length });
    }
    if (listings.length) out.push({ start: m.index, end: m.index + m[0].length, listings });
  }
  return out.length > 1 ? out.sort((a, b) => a.start - b.start) : out;
}

export interface NameSpan {
  from: number;
  /** Exclusive token index. */
  to: number;
  start: number;
  end: number;
  /** Gazetteer entry index when the name (or its tail) is a known name. */
  entry: number | null;
}

const SPACES = /^[\s\u00a0\u202f]*$/;
const COMMA_SPACE = /^,[\s\u00a0\u202f]+$/;

/** The end of a name ending with token t: includes the period of "Co." / "Inc." / "S.A.". */
function nameEnd(text: string, t: Token): number {
  return ABBREVIATED_SUFFIXES.has(t.norm) && text[t.end] === '.' ? t.end + 1 : t.end;
}

/**
 * The company named right before position `at` (a parenthesis): the run of capitalised words, legal forms
 * and inner connectors, without the lower-case words before it ("le géant financier japonais", "the
 * chipmaker") nor a leading function word ("The", "Outre"). When the tail of that run is a gazetteer name,
 * the run is cut to it ("Japanese SoftBank Group" → "SoftBank Group").
 */
export function nameBefore(text: string, tokens: readonly Token[], at: number, words: LangWords, trie: TrieNode): NameSpan | null {
  const last = lastTokenBefore(tokens, at);
  if (last < 0) return null;
  // Only spaces (or the period of "Co.") between the name and the parenthesis.
  const tail = text.slice(nameEnd(text, tokens[last]), at);
  if (!SPACES.test(tail)) return null;

  let from = last + 1;
  for (let k = last; k >= 0 && last - k < MAX_NAME_TOKENS; k--) {
    const t = tokens[k];
    if (k < last) {
      const gap = text.slice(nameEnd(text, t), tokens[k + 1].start);
      const okGap = SPACES.test(gap) && gap.length > 0 || (COMMA_SPACE.test(gap) && isLegalSuffix(tokens[k + 1].norm, tokens[k + 1].raw));
      if (!okGap) break;
    }
    if (isLegalSuffix(t.norm, t.raw)) from = k;
    else if (words.notEntities.has(t.raw)) break;
    else if (isNameLike(t.raw)) from = k;
    else if (CONNECTORS.has(t.norm) && k > 0 && isNameLike(tokens[k - 1].raw)) from = k;
    else break;
  }
  // Leading connectors, function words, months, places: not part of the name.
  while (from <= last && (CONNECTORS.has(tokens[from].norm) || words.functionWords.has(tokens[from].norm) || words.calendar.has(tokens[from].norm))) from++;
  if (from > last) return null;

  // The longest known name ending the run, allowing trailing legal forms after it.
  for (let s = from; s <= last; s++) {
    const m = longestMatch(trie, text, tokens, s, last + 1);
    if (!m) continue;
    let e = m.to;
    while (e <= last && isLegalSuffix(tokens[e].norm, tokens[e].raw)) e++;
    if (e === last + 1) return { from: s, to: last + 1, start: tokens[s].start, end: nameEnd(text, tokens[last]), entry: m.hit.entry };
  }
  // Unknown company: drop leading places ("Japanese"), never keep a name of legal forms only.
  while (from < last && words.places.has(tokens[from].norm)) from++;
  let named = false;
  for (let k = from; k <= last; k++) if (!isLegalSuffix(tokens[k].norm, tokens[k].raw) && !CONNECTORS.has(tokens[k].norm)) named = true;
  if (!named) return null;
  return { from, to: last + 1, start: tokens[from].start, end: nameEnd(text, tokens[last]), entry: null };
}
