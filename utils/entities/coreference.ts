/**
 * Co-reference for companies the gazetteer does not know: once "Acme Robotics Inc. (NYSE: ACME)" is
 * seen, a later "Acme Robotics" or "Acme" is the same company. (Known companies need nothing here: their
 * short names and aliases are in the gazetteer, so "Intel Corporation … Intel", "SoftBank Group …
 * SoftBank" and "Taiwan Semiconductor Manufacturing Co. … TSMC" resolve to one entry directly.)
 */
import { derivedNames } from './gazetteer';
import { insertName, longestMatch, newNode } from './trie';
import { isNameLike, tokenize, type Token } from './tokens';
import { CONNECTORS, LEGAL_SUFFIXES } from './name-parts';
import type { LangWords } from './lang-words';

/** A first word shorter than this is too weak to stand for the company alone ("GE" is in the gazetteer). */
const MIN_FIRST_WORD = 3;

/** The shorter names a company found in the text may go by later. */
export function shortNames(name: string, words: LangWords): string[] {
  const out = derivedNames(name);
  const toks = tokenize(name);
  const first = toks[0];
  if (
    toks.length > 1 && first.raw.length >= MIN_FIRST_WORD && isNameLike(first.raw) &&
    !CONNECTORS.has(toks[1].norm) && !LEGAL_SUFFIXES.has(first.norm) &&
    !words.functionWords.has(first.norm) && !words.places.has(first.norm) && !words.calendar.has(first.norm) &&
    !words.notEntities.has(first.raw)
  ) out.push(first.raw);
  return out.filter((n, i) => n !== name && out.indexOf(n) === i);
}

export interface CorefSpan {
  block: number;
  from: number;
  to: number;
  /** Index into the `names` given to findCoreferences. */
  target: number;
}

/** Every occurrence of the given names (written as names: capitalised), in every block. */
export function findCoreferences(
  names: readonly { target: number; name: string }[],
  texts: readonly string[],
  tokens: readonly (readonly Token[])[],
): CorefSpan[] {
  if (names.length === 0) return [];
  const trie = newNode();
  // The first word of each name: most tokens begin none, and are passed over with one lookup.
  const firsts = new Set<string>();
  for (const n of names) {
    insertName(trie, n.name, { entry: n.target, ambiguous: false }, false);
    const first = tokenize(n.name)[0];
    if (first) firsts.add(first.norm);
  }
  const out: CorefSpan[] = [];
  tokens.forEach((toks, block) => {
    for (let i = 0; i < toks.length; ) {
      const m = firsts.has(toks[i].norm) ? longestMatch(trie, texts[block], toks, i) : null;
      if (m) {
        out.push({ block, from: m.from, to: m.to, target: m.hit.entry });
        i = m.to;
      } else i++;
    }
  });
  return out;
}
