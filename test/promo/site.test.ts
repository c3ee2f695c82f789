import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { namesSite } from '../../utils/promo/site';
import { escapeRegExp } from '../../utils/promo/normalize';

/** The definition namesSite must answer as: the names as whole words, by code points. */
const plain = (norm: string, names: readonly string[]) =>
  names.length > 0 && new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${names.map(escapeRegExp).join('|')})(?:$|[^\\p{L}\\p{N}])`, 'u').test(norm);

/** Letters, digits, accents, punctuation, spaces, an astral letter and an astral symbol, lone surrogates. */
const PIECES = ['coingeek', 'geek', 'le monde', 'lemonde', 'bbc', 'a', 'é', '9', ' ', "'", '-', '.', '\u00a0', '𝐀', '😀', '\ud835', '\udc00', 'x'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((p) => p.join(''));
const name = fc.oneof(fc.constantFrom('coingeek', 'le monde', 'lemonde', 'bbc', 'geek', 'é9a', 'a😀', '𝐀bc', 'x\ud835'), text.filter((t) => t.length >= 3));

describe('namesSite', () => {
  it('answers as the whole-word pattern on generated texts and names', () => {
    fc.assert(
      fc.property(text, fc.array(name, { maxLength: 3 }), (t, names) => {
        expect(namesSite(t, names)).toBe(plain(t, names));
      }),
      { numRuns: 5000 },
    );
  });

  it('finds the site as a word, not inside one', () => {
    expect(namesSite("a lire sur coingeek's site", ['coingeek'])).toBe(true);
    expect(namesSite('suivez le monde.', ['le monde', 'lemonde'])).toBe(true);
    expect(namesSite('abbc news', ['bbc'])).toBe(false);
    expect(namesSite('bbc2 is a channel', ['bbc'])).toBe(false);
    expect(namesSite('é bbc é', ['bbc'])).toBe(true);
    expect(namesSite('anything', [])).toBe(false);
    // Surrogate pairs are one character: no name starts or ends in the middle of one.
    for (const [t, n] of [['𝐀bc x', '\udc00bc'], ['x ab\ud835\udc00', 'ab\ud835'], ['- \udc00bc', '\udc00bc']] as const) {
      expect(namesSite(t, [n]), JSON.stringify([t, n])).toBe(plain(t, [n]));
    }
  });
});
