import { describe, expect, it } from 'vitest';
import { preview } from '../components/SetAsideList';

describe('set-aside previews', () => {
  it('cut on a word boundary, never mid-word, and mark the cut', () => {
    const text = 'A clean room at a chip plant under construction in the desert, seen from the gallery where visitors stand. Photo: Lede Demo News';
    const p = preview(text, 60);
    expect(p.endsWith('…')).toBe(true);
    expect(text.startsWith(p.slice(0, -1))).toBe(true);
    expect(text.charAt(p.length - 1)).toMatch(/[\s,]/);
    expect(preview('Short caption.', 60)).toBe('Short caption.');
  });

  it('cut a word with no space in reach at the limit rather than show nothing', () => {
    expect(preview('x'.repeat(200), 60)).toBe(`${'x'.repeat(60)}…`);
  });
});
