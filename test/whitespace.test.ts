import { describe, expect, it } from 'vitest';
import { collapseWhitespace, whitespaceRuns } from '../utils/whitespace';
import { readabilityCorpus } from './helpers/dom';

/** The plain definitions the fast patterns must agree with. */
const plain = (s: string) => s.replace(/\s+/g, ' ').trim();
const plainWithZwsp = (s: string) => s.replace(/[\s\u200b]+/g, ' ');

/** Every \s member, ZWSP and a letter: strings over them hit every kind of run. */
const ALPHABET = ['a', ' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u1680', '\u2000', '\u200a', '\u200b', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'];

function* strings(): Generator<string> {
  let seed = 7;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let i = 0; i < 5000; i++) {
    let s = '';
    const len = Math.floor(rnd() * 12);
    for (let k = 0; k < len; k++) s += ALPHABET[Math.floor(rnd() * ALPHABET.length)];
    yield s;
  }
}

describe('collapseWhitespace', () => {
  it('equals /\\s+/ → " " and trim on every short string over whitespace of every kind', () => {
    for (const s of strings()) expect(collapseWhitespace(s), JSON.stringify(s)).toBe(plain(s));
  });

  it('leaves text with single spaces only as it is, and rewrites the other runs', () => {
    expect(collapseWhitespace('Intel Corporation (NASDAQ : INTC)')).toBe('Intel Corporation (NASDAQ : INTC)');
    expect(collapseWhitespace('  Regarder\u00a0:\n\n\tune vidéo  ')).toBe('Regarder : une vidéo');
    expect(collapseWhitespace('a\u200bb')).toBe('a\u200bb'); // ZWSP is not \s
  });

  it('equals the plain definition on the text of every corpus page', () => {
    for (const p of readabilityCorpus()) expect(collapseWhitespace(p.html) === plain(p.html), p.name).toBe(true);
  });
});

describe('whitespaceRuns with extra characters', () => {
  it('treats the extra characters as whitespace too', () => {
    const re = whitespaceRuns('\\u200b');
    for (const s of strings()) expect(s.replace(re, ' '), JSON.stringify(s)).toBe(plainWithZwsp(s));
  });
});
