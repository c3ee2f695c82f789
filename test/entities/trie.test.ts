import { describe, expect, it } from 'vitest';
import { defaultGazetteer, defaultRawEntries, compileGazetteer } from '../../utils/entities/gazetteer';
import { longestMatch, mayBeginName } from '../../utils/entities/trie';
import { tokenize } from '../../utils/entities/tokens';
import { readabilityCorpus } from '../helpers/dom';

/** Every way a name's first word may be written in a text: as listed, lower-cased, capitalised, upper-cased. */
const spellings = (name: string): string[] => {
  const lower = name.charAt(0).toLowerCase() + name.slice(1);
  return [name, lower, name.toLowerCase(), name.toUpperCase(), name.charAt(0).toUpperCase() + name.slice(1)];
};

describe('the lower-case screen of the trie (recognize.ts skips the trie where it says no)', () => {
  const gz = defaultGazetteer();

  it('never turns away a token that begins a match: every spelling of every gazetteer name', () => {
    let checked = 0;
    for (const e of gz.entries) {
      for (const name of e.names) {
        for (const text of spellings(name)) {
          const toks = tokenize(text);
          if (toks.length === 0 || longestMatch(gz.trie, text, toks, 0) === null) continue;
          checked++;
          expect(mayBeginName(gz.lowerStarts, toks[0]), text).toBe(true);
        }
      }
    }
    expect(checked).toBeGreaterThan(3000);
  });

  it('never turns away a token that begins a match in real text: every word of every corpus page', () => {
    let matches = 0;
    for (const page of readabilityCorpus()) {
      const text = page.html.replace(/<[^>]*>/g, ' ');
      const toks = tokenize(text);
      for (let i = 0; i < toks.length; i++) {
        if (longestMatch(gz.trie, text, toks, i) === null) continue;
        matches++;
        expect(mayBeginName(gz.lowerStarts, toks[i]), `${page.name}: ${toks[i].raw}`).toBe(true);
      }
    }
    expect(matches).toBeGreaterThan(1000);
  });

  it('turns away most lower-case words, and keeps the lower-case names and camel-case starts', () => {
    const ok = (w: string) => mayBeginName(gz.lowerStarts, tokenize(w)[0]);
    for (const w of ['said', 'market', 'of', 'which', 'quarter']) expect(ok(w), w).toBe(false);
    for (const w of ['bitcoin', 'ethereum', 'xAI', 'Said', 'MARKET', 'Éole']) expect(ok(w), w).toBe(true);
  });

  it('is built from the gazetteer it screens: a lower-case name added to it opens its pair', () => {
    const raw = defaultRawEntries();
    const big = compileGazetteer([...raw, { ...raw[0], names: ['zqxcoin'], flags: 'l', ambiguous: new Set<string>() }]);
    expect(mayBeginName(big.lowerStarts, tokenize('zqxcoin')[0])).toBe(true);
    expect(mayBeginName(gz.lowerStarts, tokenize('zqxcoin')[0])).toBe(false);
  });
});
