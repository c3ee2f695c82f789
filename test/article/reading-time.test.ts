import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readingMinutes } from '../../utils/article/reading-time';
import { readabilityCorpus } from '../helpers/dom';

/** The definition the one-scan count must agree with: words between spaces once CJK characters are set apart. */
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g;
function plain(text: string, lang: string | null): number {
  if (!text.trim()) return 0;
  const wpm: Record<string, number> = { en: 238, fr: 195, de: 179 };
  const cjk = text.match(CJK)?.length ?? 0;
  const words = text.replace(CJK, ' ').split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / (wpm[lang ?? ''] ?? 200) + cjk / 260));
}

/** Every \s member, the CJK ranges' edges (inside and just outside), letters, a lone surrogate. */
const PIECES = [
  'word ', 'mot', 'a', ' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u1680', '\u2000', '\u200a', '\u200b', '\u2028',
  '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u303f', '\u3040', '\u30ff', '\u3100', '\u33ff', '\u3400', '\u9fff',
  '\ua000', '\uabff', '\uac00', '\ud7af', '\ud7b0', '\ud800', 'é', '-',
];

describe('readingMinutes', () => {
  it('counts like the split over spaces with CJK characters set apart, on generated text of every kind', () => {
    const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 4000 }), fc.constantFrom('en', 'fr', 'de', null), (t, repeat, lang) => {
        // Long texts too, so that the minutes are not all 0 or 1.
        const long = t.repeat(Math.ceil(repeat / Math.max(1, t.length)));
        expect(readingMinutes(t, lang)).toBe(plain(t, lang));
        expect(readingMinutes(long, lang)).toBe(plain(long, lang));
      }),
      { numRuns: 2000 },
    );
  });

  it('counts like the split on the HTML of every corpus page (real text of every script and language)', () => {
    const pages = readabilityCorpus();
    expect(pages.length).toBeGreaterThan(100);
    for (const p of pages) expect(readingMinutes(p.html, 'en'), p.name).toBe(plain(p.html, 'en'));
  });

  it('gives 0 for blank text and at least 1 for any word', () => {
    expect(readingMinutes(' \u00a0\n', 'en')).toBe(0);
    expect(readingMinutes('Intel', 'en')).toBe(1);
    expect(readingMinutes('日本', 'ja')).toBe(1);
    expect(readingMinutes('word '.repeat(2380), 'en')).toBe(10);
  });
});
