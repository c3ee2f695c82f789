/**
 * Company and ticker recognition over an article's blocks: a pure function of their text.
 *
 * Evidence, strongest first:
 *  1. "Name (EXCHANGE: TICKER)" (tickers-in-parens.ts) and cashtags "$AAPL" (cashtags.ts);
 *  2. a gazetteer name ("Samsung Electronics", "OpenAI"), read in one pass with the token trie;
 *  3. a bare ticker the gazetteer knows ("NVDA", "BTC"), only with market or crypto words nearby;
 *  4. a shorter name of a company found by 1 that the gazetteer does not know (coreference.ts).
 *
 * Names that are also common words (Apple, Shell, Orange, Amazon the river) count only when written
 * capitalised mid-sentence AND corroborated: a legal form after them ("Apple Inc."), business words
 * nearby, or the same company established elsewhere in the article (by a ticker or an unambiguous name;
 * then a sentence-initial "Apple said…" counts as well).
 *
 * Tether: "Tether" alone is the stablecoin (USDT, a crypto asset); the company is recognised under its
 * company names only ("Tether Holdings", "Tether Limited"). Likewise Circle (company) vs USDC, Binance
 * (company) vs BNB, Ripple (company) vs XRP: each notation names one entity.
 */
import type { Entity, EntityKind, FoundBy, Mention } from '../report';
import { collapseWhitespace } from '../whitespace';
import { defaultGazetteer, type Gazetteer, type GazetteerEntry, type Listing, tickerKey } from './gazetteer';
import { langWords, type LangWords } from './lang-words';
import { findTickerParens, nameBefore } from './tickers-in-parens';
import { findContextCompanies } from './context-companies';
import { findCashtags } from './cashtags';
import { joinable, longestMatch, mayBeginName, Shape } from './trie';
import { isNameLike, isSentenceInitial, isUpperWord, slug, startsUpper, tokenize, type Token } from './tokens';
import { ABBREVIATED_SUFFIXES, isLegalSuffix } from './name-parts';
import { anywhere, near, nextToNumber, NAME_WINDOW, TICKER_WINDOW } from './context';
import { findCoreferences, shortNames } from './coreference';

export interface TextBlock {
  text: string;
}

/** Shortest bare ticker read without "$" or parentheses: two-letter ones are words ("ON", "GE" aside). */
const MIN_BARE_TICKER = 3;

/**
 * Bare tickers are read for US listings only: elsewhere news writes the name ("RMS" is Hermès in Paris
 * and Richard Stallman on ebb.org; "GET" is Getlink and an HTTP method).
 */
const US_EXCHANGES = new Set(['NASDAQ', 'NYSE', 'NYSE American']);

/** Legal-form words that make a different company of a short name: never appended to a gazetteer match. */
const GROUP_WORDS = new Set(['group', 'holdings', 'holding', 'companies']);
const SUFFIX_GAP = /^[\s\u00a0\u202f]+$|^,[\s\u00a0\u202f]+$/;

const enumPriority = { explicit: 4, name: 2, ticker: 1, coreference: 1 } as const;

interface Candidate {
  block: number;
  start: number;
  end: number;
  /** "g<index>" for a gazetteer entry, "n:<slug>" for a company found in the text only. */
  key: string;
  priority: number;
  /** Needs no corroboration. */
  strong: boolean;
  /** What corroboration it needs when not strong. */
  needs?: 'name' | 'crypto-name' | 'ticker' | 'crypto-ticker' | 'crypto-ticker-local';
  midSentence?: boolean;
  localBusiness?: boolean;
  localCrypto?: boolean;
  withSuffix?: boolean;
  /** A listing read in the text ("NASDAQ : INTC"). */
  listing?: Listing;
}

interface TextEntity {
  name: string;
  kind: EntityKind;
  foundBy?: FoundBy;
}

function pickEntry(gz: Gazetteer, ticker: string, exchange: string | null, kind?: EntityKind): number | null {
  const list = gz.tickers.get(tickerKey(ticker));
  if (!list) return null;
  const ok = list.filter((i) => !kind || gz.entries[i].kind === kind);
  if (ok.length === 0) return null;
  const same = ok.find((i) => gz.entries[i].tickers.some((t) => tickerKey(t.ticker) === tickerKey(ticker) && t.exchange === exchange));
  return same ?? ok[0];
}

/** The recogniser for a given gazetteer (the benchmark builds bigger ones; the extension uses the default). */
export function createRecognizer(gz: Gazetteer): (blocks: readonly TextBlock[], lang: string | null) => Entity[] {
  return (blocks, lang) => recognizeWith(gz, blocks, lang);
}

export function recognizeEntities(blocks: readonly TextBlock[], lang: string | null): Entity[] {
  return recognizeWith(defaultGazetteer(), blocks, lang);
}

function recognizeWith(gz: Gazetteer, blocks: readonly TextBlock[], lang: string | null): Entity[] {
  const words = langWords(lang);
  const texts = blocks.map((b) => b.text ?? '');
  const tokens = texts.map((t) => tokenize(t));
  const cands: Candidate[] = [];
  const textEntities = new Map<string, TextEntity>();

  texts.forEach((text, b) => {
    const toks = tokens[b];
    if (toks.length === 0) return;
    // The tokens a ticker parenthesis claimed (most blocks have none: no array is made for them).
    const taken = new Set<number>();

    // 1a. "Name (EXCHANGE: TICKER, …)"
    for (const p of findTickerParens(text)) {
      const nb = nameBefore(text, toks, p.start, words, gz.trie);
      let key: string;
      if (nb?.entry != null) key = `g${nb.entry}`;
      else {
        const byTicker = pickEntry(gz, p.listings[0].ticker, p.listings[0].exchange, 'company');
        if (byTicker != null) key = `g${byTicker}`;
        else if (nb) {
          const name = collapseWhitespace(text.slice(nb.start, nb.end));
          key = `n:${slug(name)}`;
          if (!textEntities.has(key)) textEntities.set(key, { name, kind: 'company' });
        } else {
          key = `n:${slug(p.listings[0].ticker)}`;
          if (!textEntities.has(key)) textEntities.set(key, { name: p.listings[0].ticker, kind: 'company' });
        }
      }
      if (nb) {
        cands.push({ block: b, start: nb.start, end: nb.end, key, priority: enumPriority.explicit, strong: true });
        for (let k = nb.from; k < nb.to; k++) taken.add(k);
      }
      for (const l of p.listings) {
        cands.push({ block: b, start: l.start, end: l.end, key, priority: enumPriority.explicit, strong: true, listing: { ticker: l.ticker, exchange: l.exchange } });
      }
      for (let k = 0; k < toks.length; k++) if (toks[k].start >= p.start && toks[k].end <= p.end) taken.add(k);
    }

    // 1b. Cashtags: a crypto asset first ("$BTC"), else a company.
    for (const c of findCashtags(text)) {
      const e = pickEntry(gz, c.ticker, null, 'crypto') ?? pickEntry(gz, c.ticker, null, 'company');
      let key: string;
      if (e != null) key = `g${e}`;
      else {
        key = `n:${slug(c.ticker)}`;
        if (!textEntities.has(key)) textEntities.set(key, { name: c.ticker, kind: 'company' });
      }
      const exchange = e != null ? gz.entries[e].tickers.find((t) => tickerKey(t.ticker) === tickerKey(c.ticker))?.exchange ?? null : null;
      cands.push({ block: b, start: c.start, end: c.end, key, priority: enumPriority.explicit, strong: true, listing: { ticker: c.ticker, exchange } });
    }

    // 1c. Companies the gazetteer does not know, named with a legal form or a company noun.
    for (const c of findContextCompanies(text, toks, words, gz.trie, taken)) {
      const name = collapseWhitespace(text.slice(c.start, c.end));
      const key = `n:${slug(name)}`;
      if (!textEntities.has(key)) textEntities.set(key, { name, kind: 'company', foundBy: c.foundBy });
      cands.push({ block: b, start: c.start, end: c.end, key, priority: enumPriority.name, strong: true });
      for (let k = c.from; k < c.to; k++) taken.add(k);
    }

    // 2. Gazetteer names, one pass. Most tokens are lower-case words that begin no name: they are screened
    // by their first letters (trie.ts mayBeginName) before the walk.
    for (let i = 0; i < toks.length; ) {
      if (taken.has(i)) {
        i++;
        continue;
      }
      const m = mayBeginName(gz.lowerStarts, toks[i]) ? longestMatch(gz.trie, text, toks, i) : null;
      if (!m || (m.to - m.from === 1 && words.notEntities.has(toks[i].raw))) {
        // 3. Bare tickers.
        const t = toks[i];
        if (!m && t.raw.length >= MIN_BARE_TICKER - 1 && startsUpper(t.raw) && isUpperWord(t.raw) && !words.notEntities.has(t.raw)) {
          bareTicker(gz, text, toks, i, b, words, cands);
        }
        i++;
        continue;
      }
      const entry = gz.entries[m.hit.entry];
      let to = m.to;
      // "Intel Corp." where the gazetteer says "Intel Corporation": take the legal form along. Not "Group" or
      // "Holdings": "Samsung Group" is not Samsung Electronics.
      while (to < toks.length && isLegalSuffix(toks[to].norm, toks[to].raw) && !GROUP_WORDS.has(toks[to].norm) && SUFFIX_GAP.test(text.slice(toks[to - 1].end, toks[to].start))) to++;
      const withSuffix = to > m.to;
      const last = toks[to - 1];
      const end = ABBREVIATED_SUFFIXES.has(last.norm) && text[last.end] === '.' ? last.end + 1 : last.end;
      const crypto = entry.kind === 'crypto';
      // "Tony Abbott", "Michael Dell", "Dave Hyatt" (wikipedia): a one-word name right after a capitalised
      // word is part of another proper name, unless that word is a place or demonym ("Korean Samsung"),
      // a function word ("Meanwhile Nvidia") or a month.
      if (m.to - m.from === 1 && m.hit.shapes[0] !== Shape.Upper && i > 0 && isNameLike(toks[i - 1].raw) && joinable(text, toks[i - 1], toks[i]) && !precedesNames(toks[i - 1], words)) {
        i = to;
        continue;
      }
      cands.push({
        block: b, start: toks[i].start, end, key: `g${m.hit.entry}`, priority: enumPriority.name,
        strong: !m.hit.ambiguous, needs: m.hit.ambiguous ? (crypto ? 'crypto-name' : 'name') : undefined,
        midSentence: !isSentenceInitial(text, toks, i),
        localBusiness: near(text, toks, i, to, words.business, NAME_WINDOW),
        localCrypto: near(text, toks, i, to, words.crypto, NAME_WINDOW, false),
        withSuffix,
      });
      i = to;
    }
  });

  // Corroboration.
  const established = new Set(cands.filter((c) => c.strong).map((c) => c.key));
  const docCryptoNamed = cands.some((c) => c.strong && c.key.startsWith('g') && gz.entries[+c.key.slice(1)].kind === 'crypto');
  // Read only for bare crypto tickers, which most articles have none of: the scan over every token waits.
  let docCryptoMemo: boolean | undefined;
  const docCrypto = () => (docCryptoMemo ??= docCryptoNamed || anywhere(tokens, words.crypto));
  const accepted = cands.filter((c) => {
    if (c.strong) return true;
    const est = established.has(c.key);
    switch (c.needs) {
      case 'name':
        return est || (!!c.midSentence && (!!c.withSuffix || !!c.localBusiness));
      case 'crypto-name':
        return est || (!!c.midSentence && (!!c.localCrypto || docCryptoNamed));
      case 'ticker':
        return !!c.localBusiness;
      case 'crypto-ticker':
        return est || docCrypto() || !!c.localBusiness;
      case 'crypto-ticker-local':
        return !!c.localCrypto || (est && !!c.localBusiness);
      default:
        return false;
    }
  });

  // 4. Co-reference for companies known from the text only.
  const targets: { target: number; name: string }[] = [];
  const targetKeys: string[] = [];
  for (const [key, te] of textEntities) {
    if (te.name === key.slice(2).toUpperCase()) continue; // named by its ticker only
    // The full name again ("Bitwise … Bitwise said"), then its shorter forms.
    for (const n of [te.name, ...shortNames(te.name, words)]) {
      targets.push({ target: targetKeys.length, name: n });
    }
    targetKeys.push(key);
  }
  for (const s of findCoreferences(targets, texts, tokens)) {
    const toks = tokens[s.block];
    const key = targetKeys[s.target];
    if (!key || (s.to - s.from === 1 && isSentenceInitial(texts[s.block], toks, s.from) && words.functionWords.has(toks[s.from].norm))) continue;
    // "Halvorsen Mobility … Ingrid Halvorsen": a short name after a first name is a person's surname.
    const before = toks[s.from - 1];
    if (s.to - s.from === 1 && before && isNameLike(before.raw) && joinable(texts[s.block], before, toks[s.from]) && !precedesNames(before, words)) continue;
    accepted.push({ block: s.block, start: toks[s.from].start, end: toks[s.to - 1].end, key, priority: enumPriority.coreference, strong: true });
  }

  return assemble(gz, resolveOverlaps(accepted), texts, textEntities);
}

/** May this capitalised word stand right before a one-word company name? */
function precedesNames(t: Token, words: LangWords): boolean {
  return words.functionWords.has(t.norm) || words.companyNounHeads.has(t.norm) || words.places.has(t.norm) || words.calendar.has(t.norm) || words.notEntities.has(t.raw) || isUpperWord(t.raw);
}

function bareTicker(gz: Gazetteer, text: string, toks: readonly Token[], i: number, b: number, words: LangWords, cands: Candidate[]): void {
  const t = toks[i];
  const list = gz.tickers.get(tickerKey(t.raw));
  if (!list) return;
  const crypto = list.find((k) => gz.entries[k].kind === 'crypto');
  if (crypto != null) {
    const e = gz.entries[crypto];
    const local = near(text, toks, i, i + 1, words.crypto, TICKER_WINDOW, false) || nextToNumber(toks, i);
    cands.push({
      block: b, start: t.start, end: t.end, key: `g${crypto}`, priority: enumPriority.ticker, strong: false,
      needs: e.tickerNeedsLocalContext ? 'crypto-ticker-local' : 'crypto-ticker',
      localCrypto: local, localBusiness: local || near(text, toks, i, i + 1, words.business, TICKER_WINDOW),
      listing: { ticker: t.raw, exchange: null },
    });
    return;
  }
  if (t.raw.length < MIN_BARE_TICKER || /\d/.test(t.raw)) return;
  const isUs = (l: Listing): boolean => tickerKey(l.ticker) === tickerKey(t.raw) && US_EXCHANGES.has(l.exchange ?? '');
  const company = list.find((k) => gz.entries[k].kind === 'company' && !gz.entries[k].tickerNeedsLocalContext && gz.entries[k].tickers.some(isUs));
  if (company == null) return;
  const listing = gz.entries[company].tickers.find(isUs);
  cands.push({
    block: b, start: t.start, end: t.end, key: `g${company}`, priority: enumPriority.ticker, strong: false, needs: 'ticker',
    localBusiness: near(text, toks, i, i + 1, words.market, TICKER_WINDOW), listing,
  });
}

/** Keeps the strongest, then longest, of overlapping candidates. */
function resolveOverlaps(cands: Candidate[]): Candidate[] {
  const order = [...cands].sort((a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.block - b.block || a.start - b.start);
  const kept: Candidate[] = [];
  const byBlock = new Map<number, Candidate[]>();
  for (const c of order) {
    const list = byBlock.get(c.block) ?? [];
    if (list.some((k) => k.start < c.end && c.start < k.end)) continue;
    list.push(c);
    byBlock.set(c.block, list);
    kept.push(c);
  }
  return kept.sort((a, b) => a.block - b.block || a.start - b.start);
}

const NOT_REPORTED = new Set(['index', 'media']);

/** The gazetteer's facts about an entry, as the Entity carries them. */
function factsOf(gz: Gazetteer, g: GazetteerEntry): Pick<Entity, 'country' | 'sector' | 'parent' | 'exchangeOperator'> {
  const { country, sector, kind } = g.facts;
  const parent = g.parent !== undefined ? gz.entries[g.parent] : null;
  return {
    ...(country ? { country } : {}),
    ...(sector ? { sector } : {}),
    ...(parent ? { parent: { id: parent.id, name: parent.name } } : {}),
    ...(kind === 'exchange' ? { exchangeOperator: true as const } : {}),
  };
}

/** Other listings shown beside the one the text gives. */
const MAX_ALSO_LISTED = 2;

function assemble(gz: Gazetteer, cands: readonly Candidate[], texts: readonly string[], textEntities: Map<string, TextEntity>): Entity[] {
  const out = new Map<string, Entity>();
  for (const c of cands) {
    let e = out.get(c.key);
    if (!e) {
      const g: GazetteerEntry | null = c.key.startsWith('g') ? gz.entries[+c.key.slice(1)] : null;
      const te = textEntities.get(c.key);
      e = g
        ? { id: g.id, kind: g.kind, name: g.name, ...factsOf(gz, g), mentions: [] }
        : { id: c.key.slice(2), kind: te?.kind ?? 'company', name: te?.name ?? c.key.slice(2), ...(te?.foundBy ? { foundBy: te.foundBy } : {}), mentions: [] };
      out.set(c.key, e);
    }
    const m: Mention = { block: c.block, start: c.start, end: c.end, text: texts[c.block].slice(c.start, c.end) };
    e.mentions.push(m);
    if (c.listing && !e.ticker && (c.priority === enumPriority.explicit)) {
      e.ticker = c.listing.ticker;
      if (c.listing.exchange) e.exchange = c.listing.exchange;
    }
  }
  for (const [key, e] of out) {
    if (!key.startsWith('g')) continue;
    const listings = gz.entries[+key.slice(1)].tickers;
    if (e.ticker) {
      // The text's listing is shown; the gazetteer's others beside it ("BYD (002594.SZ)": also HKEX 1211).
      const shown = (l: Listing) => tickerKey(l.ticker) === tickerKey(e.ticker!) && (l.exchange === null || e.exchange === undefined || l.exchange === e.exchange);
      const others = listings.filter((l) => !shown(l));
      if (others.length) e.alsoListed = others.slice(0, MAX_ALSO_LISTED).map((l) => (l.exchange ? { ticker: l.ticker, exchange: l.exchange } : { ticker: l.ticker }));
      continue;
    }
    // Entities without a listing in the text: the gazetteer's primary one.
    const primary = listings[0];
    if (primary) {
      e.ticker = primary.ticker;
      if (primary.exchange) e.exchange = primary.exchange;
    }
  }
  // Indices and media outlets keep their names from any company's ("S&P 500", "Dow Jones", "the Financial
  // Times") but are not companies: they are not reported.
  for (const key of out.keys()) if (key.startsWith('g') && NOT_REPORTED.has(gz.entries[+key.slice(1)].facts.kind ?? '')) out.delete(key);
  // Ids are unique even if a text-only company slug equals a gazetteer id.
  const seen = new Set<string>();
  const list = [...out.values()];
  for (const e of list) {
    while (seen.has(e.id)) e.id += '-2';
    seen.add(e.id);
  }
  return list; // insertion order = first mention order, as candidates were sorted
}
