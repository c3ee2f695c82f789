/**
 * A trie over normalised word tokens: the gazetteer's names are inserted once, then the text is read in
 * one pass, each position walking at most as deep as the longest name (a handful of tokens). The cost per
 * token is a few hash lookups whatever the number of names, so throughput does not drop as the gazetteer
 * grows (see cli/bench-recognizer.ts).
 */
import { isNameLike, isUpperWord, tokenize, type Token } from './tokens';
import { COMMA_SUFFIXES, CONNECTORS } from './name-parts';

/** How a text token must be written to match a name's token. */
export const Shape = {
  /** Any case: connectors ("of", "&"), and crypto names read in lower case ("bitcoin"). */
  Any: 0,
  /** Capitalised (or all capitals): "Intel", "INTEL"; not "intel". */
  Capital: 1,
  /** All capitals: acronyms "TSMC", "IBM", "G42"; not "Ibm", so words like "Sap" or "Axa" need their own alias. */
  Upper: 2,
  /** Lower-case start with capitals inside: "xAI", "eBay" (not "xai"). */
  Camel: 3,
} as const;
export type Shape = (typeof Shape)[keyof typeof Shape];

export interface TrieHit {
  /** Index of the entry in its gazetteer. */
  entry: number;
  shapes: Shape[];
  /** The name is also a common word: it needs corroboration (see recognize.ts). */
  ambiguous: boolean;
}

export interface TrieNode {
  next: Map<string, TrieNode> | null;
  hits: TrieHit[] | null;
}

export const newNode = (): TrieNode => ({ next: null, hits: null });

export function shapeOf(raw: string, lowercaseOk: boolean): Shape {
  if (lowercaseOk) return Shape.Any;
  if (raw === raw.toLowerCase() && CONNECTORS.has(raw)) return Shape.Any;
  // Numbers have no case: "S&P 500", "CAC 40", "Phillips 66".
  if (/^\p{N}+$/u.test(raw)) return Shape.Any;
  if (raw.length >= 2 && isUpperWord(raw)) return Shape.Upper;
  if (/^\p{Ll}/u.test(raw)) return /\p{Lu}/u.test(raw) ? Shape.Camel : Shape.Any;
  return Shape.Capital;
}

/** Inserts a name (tokenised like text). Returns false for a name with no tokens. */
export function insertName(root: TrieNode, name: string, hit: Omit<TrieHit, 'shapes'>, lowercaseOk: boolean): boolean {
  const toks = tokenize(name);
  if (toks.length === 0) return false;
  let node = root;
  for (const t of toks) {
    node.next ??= new Map();
    let child = node.next.get(t.norm);
    if (!child) {
      child = newNode();
      node.next.set(t.norm, child);
    }
    node = child;
  }
  const full: TrieHit = { ...hit, shapes: toks.map((t) => shapeOf(t.raw, lowercaseOk)) };
  node.hits ??= [];
  if (!node.hits.some((h) => h.entry === full.entry && h.shapes.join() === full.shapes.join())) node.hits.push(full);
  return true;
}

function fits(shape: Shape, raw: string): boolean {
  switch (shape) {
    case Shape.Any:
      return true;
    case Shape.Capital:
      return isNameLike(raw) && !/^\p{Ll}/u.test(raw);
    case Shape.Upper:
      return isUpperWord(raw) || /^\p{N}+$/u.test(raw);
    case Shape.Camel:
      return /\p{Lu}/u.test(raw);
  }
}

/** Bucket of a key's first two ASCII characters in a lower-case screen; -1 when they are not both ASCII. */
function pairIndex(key: string): number {
  const a = key.charCodeAt(0);
  const b = key.length > 1 ? key.charCodeAt(1) : 0;
  return a < 0x80 && b < 0x80 ? (a << 7) | b : -1;
}

/**
 * Which first words can begin a name when written in lower case: a name's first token written "bitcoin"
 * or "xAI" fits only a name whose first shape is Any or Camel (`fits`), and most tokens of a text are
 * lower-case words that begin none. One byte per pair of first ASCII characters of such keys, so that the
 * recogniser skips the trie (a hash of every word) for a lower-case word whose pair is not set. Exact: a
 * key whose first two characters are not both ASCII never equals the key of a word whose are.
 */
export function lowerCaseStarts(root: TrieNode): Uint8Array {
  const out = new Uint8Array(1 << 14);
  const opensLower = (node: TrieNode): boolean => {
    if (node.hits?.some((h) => h.shapes[0] === Shape.Any || h.shapes[0] === Shape.Camel)) return true;
    for (const child of node.next?.values() ?? []) if (opensLower(child)) return true;
    return false;
  };
  for (const [key, child] of root.next ?? []) {
    const k = pairIndex(key);
    if (k >= 0 && opensLower(child)) out[k] = 1;
  }
  return out;
}

/** May this token begin a name, by the screen above? Tokens not starting with a lower-case ASCII letter: yes. */
export function mayBeginName(starts: Uint8Array, t: Token): boolean {
  const c = t.raw.charCodeAt(0);
  if (c < 0x61 || c > 0x7a) return true;
  const k = pairIndex(t.norm);
  return k < 0 || starts[k] === 1;
}

const SPACES_ONLY = /^[\s\u00a0\u202f]+$/;
const COMMA_SPACE = /^,[\s\u00a0\u202f]+$/;

/** May tokens a and b (consecutive) belong to one name? Only whitespace between them, or ", Inc." style. */
export function joinable(text: string, a: Token, b: Token): boolean {
  if (a.end === b.start) return false;
  const gap = text.slice(a.end, b.start);
  return SPACES_ONLY.test(gap) || (COMMA_SPACE.test(gap) && COMMA_SUFFIXES.has(b.norm));
}

export interface TrieMatch {
  /** Token range [from, to). */
  from: number;
  to: number;
  hit: TrieHit;
}

/**
 * The longest name starting at token i whose tokens are written as the name requires, its tokens joined by
 * spaces only (a name never spans a comma, a period or a line break, except ", Inc.").
 */
export function longestMatch(root: TrieNode, text: string, tokens: readonly Token[], i: number, limit = tokens.length): TrieMatch | null {
  let node: TrieNode | undefined = root;
  let best: TrieMatch | null = null;
  for (let j = i; j < limit; j++) {
    if (j > i && !joinable(text, tokens[j - 1], tokens[j])) break;
    node = node.next?.get(tokens[j].norm);
    if (!node) break;
    if (node.hits) {
      for (const h of node.hits) {
        let ok = true;
        for (let k = 0; k < h.shapes.length && ok; k++) ok = fits(h.shapes[k], tokens[i + k].raw);
        if (ok && (!best || best.to < j + 1 || (best.hit.ambiguous && !h.ambiguous))) best = { from: i, to: j + 1, hit: h };
      }
    }
  }
  return best;
}
