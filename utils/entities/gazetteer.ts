/**
 * The gazetteer: known companies and crypto assets, compiled from the compact tables in ./data into a
 * token trie (names) and a ticker index. Built once, lazily, and memoised; `compileGazetteer` builds one
 * from any table (the benchmark uses it to measure a 10× gazetteer).
 *
 * Table format, one entry per line (blank lines and lines starting with # are ignored):
 *
 *     Canonical Name[;Alias…]|TICKER.SFX[,TICKER.SFX…]|flags|facts|Parent Name
 *
 * Trailing fields may be left out; a middle one may be empty ("GEICO||-|US financials|Berkshire Hathaway Inc.").
 *
 * - Short names are derived from each name by dropping a leading "The" and trailing legal forms:
 *   "SoftBank Group Corp." also gives "SoftBank Group" and "SoftBank"; "Deere & Company" gives "Deere".
 * - The id is the slug of the canonical name's shortest derived name ("intel", "softbank", "alphabet").
 * - Ticker suffixes are Reuters codes (".O" NASDAQ, ".N" NYSE, ".PA" Euronext Paris, ".T" Tokyo…, see
 *   exchanges.ts); crypto tickers have none. The first ticker is the primary one.
 * - An alias written "~Name" is also a common word and needs corroboration (see recognize.ts).
 * - Flags: "~" every one-word name of the entry is a common word ("Apple", "Shell", "Orange");
 *   "-" derive no short names ("News Corp" must not give "News"); "l" the name may be written in lower
 *   case ("bitcoin"); "t" a bare ticker needs crypto or market words right next to it ("SOL", "LINK").
 * - Facts, space-separated, in any order (entry-facts.ts): the country (ISO 3166 code: "US", "JP"), the
 *   sector ("tech", "financials"…) and, for what is not an ordinary company, its kind ("index",
 *   "exchange" for an exchange operator, "media"). A line "@ facts" sets them for the lines that follow,
 *   until the next "@" line; an entry's own facts win.
 * - Parent: a name of the entry that owns this one (a subsidiary: "BNSF" → "Berkshire Hathaway Inc.").
 */
import type { EntityKind } from '../report';
import { exchangeForRic } from './exchanges';
import { insertName, lowerCaseStarts, newNode, type TrieNode } from './trie';
import { slug, tokenize } from './tokens';
import { CONNECTORS, LEGAL_SUFFIXES } from './name-parts';
import { COMPANIES } from './data/companies';
import { parseFacts, type EntryFacts } from './entry-facts';
import { CRYPTOS } from './data/cryptos';

export interface Listing {
  ticker: string;
  exchange: string | null;
}

export interface GazetteerEntry {
  id: string;
  kind: EntityKind;
  /** Canonical name. */
  name: string;
  /** Every name it goes by, canonical first, derived short names included. */
  names: string[];
  /** The names among `names` that are also common words. */
  ambiguousNames: string[];
  tickers: Listing[];
  lowercaseOk: boolean;
  /** Bare ticker needs nearby context words, not just an article about crypto or markets. */
  tickerNeedsLocalContext: boolean;
  facts: EntryFacts;
  /** The entry that owns this one (a subsidiary's parent), by index in `entries`. */
  parent?: number;
}

export interface Gazetteer {
  entries: GazetteerEntry[];
  trie: TrieNode;
  /** Ticker key (see tickerKey) → entry indexes. */
  tickers: Map<string, number[]>;
  /** The lower-case words that may begin a name (trie.ts lowerCaseStarts). */
  lowerStarts: Uint8Array;
}

/** Numeric codes are compared without leading zeros: "(HKEX: 700)" is Tencent's "0700". */
export function tickerKey(t: string): string {
  const u = t.toUpperCase();
  return /^\d+$/.test(u) ? u.replace(/^0+(?=\d)/, '') : u;
}

/** "SoftBank Group Corp." → ["SoftBank Group", "SoftBank"]: drop "The" and trailing legal forms, one by one. */
export function derivedNames(name: string): string[] {
  const toks = tokenize(name);
  const out: string[] = [];
  let from = 0;
  if (toks.length > 1 && toks[0].norm === 'the') {
    from = 1;
    out.push(name.slice(toks[1].start));
  }
  let to = toks.length;
  for (;;) {
    let t = to;
    if (t - from < 2 || !LEGAL_SUFFIXES.has(toks[t - 1].norm)) break;
    t--;
    while (t - from > 1 && CONNECTORS.has(toks[t - 1].norm)) t--;
    to = t;
    out.push(name.slice(toks[from].start, toks[to - 1].end));
  }
  return out;
}

export interface RawEntry {
  kind: EntityKind;
  names: string[];
  ambiguous: Set<string>;
  tickers: Listing[];
  flags: string;
  facts: EntryFacts;
  /** A name of the parent entry, as written in the table. */
  parentName?: string;
}

/** Parses one table (see the module comment). */
export function parseTable(table: string, kind: EntityKind): RawEntry[] {
  const out: RawEntry[] = [];
  let defaults: EntryFacts = {};
  for (const line0 of table.split('\n')) {
    const line = line0.trim();
    if (!line || line.startsWith('#')) continue;
    if (line.startsWith('@')) {
      defaults = parseFacts(line.slice(1));
      continue;
    }
    const fields = line.split('|');
    const namesField = fields[0];
    // "Name|~": a company without ticker, flags in the second field.
    const [tickersField, flags] = fields.length === 2 && /^[~\-lt]+$/.test(fields[1]) ? ['', fields[1]] : [fields[1] ?? '', fields[2] ?? ''];
    const names: string[] = [];
    const ambiguous = new Set<string>();
    for (let n of namesField.split(';')) {
      n = n.trim();
      if (!n) continue;
      if (n.startsWith('~')) {
        n = n.slice(1);
        ambiguous.add(n);
      }
      names.push(n);
    }
    if (names.length === 0) continue;
    const tickers: Listing[] = [];
    for (const t of tickersField.split(',')) {
      const s = t.trim();
      if (!s) continue;
      const dot = kind === 'company' ? s.lastIndexOf('.') : -1;
      tickers.push(dot > 0 ? { ticker: s.slice(0, dot), exchange: exchangeForRic(s.slice(dot + 1)) } : { ticker: s, exchange: null });
    }
    const parentName = fields[4]?.trim();
    out.push({ kind, names, ambiguous, tickers, flags, facts: { ...defaults, ...parseFacts(fields[3] ?? '') }, ...(parentName ? { parentName } : {}) });
  }
  return out;
}

/**
 * The name an id is made of: the shortest of the canonical name's derived names and of the aliases that
 * begin it ("Toyota Motor Corporation;Toyota" → "Toyota"; "Alphabet Inc.;Google" → "Alphabet").
 */
function idName(r: RawEntry): string {
  const canon = r.names[0];
  const options = r.flags.includes('-') ? [canon] : [canon, ...derivedNames(canon)];
  const head = normWords(canon);
  for (const a of r.names.slice(1)) {
    const w = normWords(a);
    if (w.length && w.every((x, i) => head[i] === x)) options.push(a);
  }
  return options.reduce((a, b) => (b.length < a.length ? b : a));
}

const normWords = (s: string): string[] => tokenize(s).map((t) => t.norm);

/** Builds the trie and the ticker index for entries. */
export function compileGazetteer(raw: readonly RawEntry[]): Gazetteer {
  const trie = newNode();
  const tickers = new Map<string, number[]>();
  const entries: GazetteerEntry[] = [];
  const ids = new Set<string>();
  for (const r of raw) {
    const names = [...r.names];
    if (!r.flags.includes('-')) for (const n of r.names) for (const d of derivedNames(n)) if (!names.includes(d)) names.push(d);
    const wordy = r.flags.includes('~');
    const ambiguousNames = names.filter((n) => r.ambiguous.has(n) || (wordy && tokenize(n).length === 1 && !/[.\d]/.test(n) && n !== n.toUpperCase()));
    let id = slug(idName(r).replace(/\.com$/i, ''));
    if (ids.has(id)) id = `${id}-${r.kind === 'crypto' ? 'crypto' : slug(r.tickers[0]?.ticker ?? String(entries.length))}`;
    while (ids.has(id)) id += '-x';
    ids.add(id);
    const index = entries.length;
    entries.push({
      id, kind: r.kind, name: r.names[0], names, ambiguousNames, tickers: r.tickers,
      lowercaseOk: r.flags.includes('l'), tickerNeedsLocalContext: r.flags.includes('t'), facts: r.facts ?? {},
    });
    for (const n of names) if (n.replace(/\W/g, '').length >= 2) insertName(trie, n, { entry: index, ambiguous: ambiguousNames.includes(n) }, r.flags.includes('l') && n !== n.toUpperCase() && !ambiguousNames.includes(n));
    for (const t of r.tickers) {
      const k = tickerKey(t.ticker);
      const list = tickers.get(k);
      if (list) list.push(index);
      else tickers.set(k, [index]);
    }
  }
  linkParents(raw, entries);
  return { entries, trie, tickers, lowerStarts: lowerCaseStarts(trie) };
}

/** Each subsidiary's parent, found by any of its names (an unknown parent is left out). */
function linkParents(raw: readonly RawEntry[], entries: GazetteerEntry[]): void {
  if (!raw.some((r) => r.parentName)) return;
  const byName = new Map<string, number>();
  entries.forEach((e, i) => e.names.forEach((n) => byName.has(n) || byName.set(n, i)));
  raw.forEach((r, i) => {
    const p = r.parentName ? byName.get(r.parentName) : undefined;
    if (p !== undefined && p !== i) entries[i].parent = p;
  });
}

/** The gazetteer's raw entries: companies then crypto assets. */
export function defaultRawEntries(): RawEntry[] {
  return [...parseTable(COMPANIES, 'company'), ...parseTable(CRYPTOS, 'crypto')];
}

let memo: Gazetteer | null = null;
let compileMs: number | null = null;

/** The built-in gazetteer, compiled on first use. */
export function defaultGazetteer(): Gazetteer {
  if (!memo) {
    const t0 = performance.now();
    memo = compileGazetteer(defaultRawEntries());
    compileMs = performance.now() - t0;
  }
  return memo;
}

/** How long the built-in gazetteer took to compile (parse and build), null until it has been. */
export const gazetteerCompileMs = (): number | null => compileMs;
