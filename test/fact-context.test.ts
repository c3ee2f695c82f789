import { describe, expect, it } from 'vitest';
import { factContext } from '@/utils/summary/fact-context';

describe('factContext', () => {
  it('keeps the whole sentence when it is short', () => {
    expect(factContext('Revenue rose 12% in May.', '12%')).toEqual({ before: 'Revenue rose ', after: ' in May.' });
  });

  it('cuts long sentences at word boundaries around the fact', () => {
    const s = `${'word '.repeat(40)}the plan costs $8 billion to build ${'more '.repeat(40)}end.`;
    const { before, after } = factContext(s, '$8 billion', 30);
    expect(before.startsWith('…')).toBe(true);
    expect(before.endsWith('costs ')).toBe(true);
    expect(after.startsWith(' to build')).toBe(true);
    expect(after.endsWith('…')).toBe(true);
    expect(before.length).toBeLessThanOrEqual(32);
    expect(before.slice(1)).toMatch(/^\S/);
  });

  it('gives nothing when the fact is not in the sentence', () => {
    expect(factContext('Nothing here.', '5%')).toEqual({ before: '', after: '' });
  });
});
