import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isUpperWord, normWord, startsUpper, tokenize } from '../../utils/entities/tokens';
import { readabilityCorpus } from '../helpers/dom';

/** The token language as a plain pattern (tokens.ts reads it by a scan over code points). */
const PLAIN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[.\-\u2010\u2011+&][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*|&/gu;
const plainTokens = (text: string) => [...text.matchAll(PLAIN)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, raw: m[0], norm: normWord(m[0]) }));

describe('tokenize', () => {
  it('splits names as the recogniser reads them', () => {
    expect(tokenize("Intel Corp. (NASDAQ : INTC), d'OpenAI, AT&T, Coca-Cola, Moët & Chandon").map((t) => t.raw)).toEqual([
      'Intel', 'Corp', 'NASDAQ', 'INTC', 'd', 'OpenAI', 'AT&T', 'Coca-Cola', 'Moët', '&', 'Chandon',
    ]);
  });

  it('keys tokens lower-cased and without accents, also after a character that lower-cases longer (İ)', () => {
    expect(tokenize('Société Générale et BNP').map((t) => t.norm)).toEqual(['societe', 'generale', 'et', 'bnp']);
    const t = tokenize('İstanbul Borsa ISTANBUL');
    expect(t.map((x) => x.norm)).toEqual([normWord('İstanbul'), 'borsa', 'istanbul']);
    expect(t.map((x) => x.raw)).toEqual(['İstanbul', 'Borsa', 'ISTANBUL']);
  });

  it('gives the plain pattern’s tokens and normWord’s keys on the HTML of every corpus page', () => {
    // The whole source, markup included (more joiners and punctuation than the text), without a parse.
    for (const p of readabilityCorpus()) {
      // Compared as JSON: a deep equality over a page's tens of thousands of tokens takes seconds.
      expect(JSON.stringify(tokenize(p.html)) === JSON.stringify(plainTokens(p.html)), p.name).toBe(true);
    }
  });

  it('gives the plain pattern’s tokens on 5,000 random strings (letters, marks, digits, joiners, astral letters, lone surrogates)', () => {
    // Pieces the scan must classify as the /u pattern does: ASCII and Latin-1 letters, combining marks,
    // every joiner, Greek and CJK, an astral letter (𝐀, a surrogate pair), an astral non-letter (😀),
    // lone surrogates, digits in other scripts (٣), and the spaces and punctuation around them.
    const pieces = ['a', 'Z', '7', 'é', 'İ', 'ß', '\u0301', '\u0308', '.', '-', '+', '&', '\u2010', '\u2011', ' ', '\u00a0', ',', "'", '(', 'Ω', '中', '𝐀', '😀', '\ud800', '\udc00', '٣', '_', '\n'];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 24 }).map((a) => a.join(''));
    fc.assert(fc.property(text, (t) => {
      expect(tokenize(t), JSON.stringify(t)).toEqual(plainTokens(t));
    }), { seed: 42, numRuns: 5000 });
  });
});

describe('startsUpper', () => {
  it('is /^\\p{Lu}/ for ASCII and other first letters', () => {
    for (const w of ['Intel', 'BTC', 'Éric', 'Ωmega', 'xAI', '3M', 'éclair', '', '&']) expect(startsUpper(w), w).toBe(/^\p{Lu}/u.test(w));
  });
});

describe('isUpperWord', () => {
  it('is "a capital and no lower-case letter" for ASCII and other words', () => {
    const plain = (w: string) => /\p{Lu}/u.test(w) && !/\p{Ll}/u.test(w);
    for (const w of ['TSMC', 'BTC', 'G42', 'BRK.B', 'Intel', 'xAI', '3M', '42', '', '&', 'ÉDF', 'Éric', 'ΩMEGA', 'AT&T', 'S.A']) expect(isUpperWord(w), w).toBe(plain(w));
    const word = fc.array(fc.constantFrom('A', 'z', 'Q', 'b', '4', '.', '&', 'É', 'é', 'Ω', 'ω', '\u0301'), { maxLength: 8 }).map((a) => a.join(''));
    fc.assert(fc.property(word, (w) => isUpperWord(w) === plain(w)), { seed: 7, numRuns: 3000 });
  });
});
