import { describe, expect, it } from 'vitest';
import { findPublisherPoints } from '../../utils/summary/publisher-points';
import { seedInput } from './seed-input';

const p = (text: string) => ({ text, kind: 'paragraph' as const });
const li = (text: string) => ({ text, kind: 'list-item' as const });
const h = (text: string) => ({ text, kind: 'heading' as const });
const PARA = p('The company said on Tuesday that it would build a new plant in Arizona to meet demand for its chips, which has grown for six quarters.');

describe('findPublisherPoints', () => {
  it('finds exactly the three bullets that open the seed article', () => {
    const { input, reference } = seedInput();
    const found = findPublisherPoints(input.blocks);
    expect(found.points).toEqual(reference);
    expect(found.blocks).toEqual([0, 1, 2]);
  });

  it('finds a list under a "Key takeaways" or "L’essentiel" heading anywhere', () => {
    const en = [PARA, h('Key takeaways'), li('Revenue rose 12% to $4 billion.'), li('The company raised its forecast for 2025.'), PARA];
    expect(findPublisherPoints(en)).toEqual({ points: ['Revenue rose 12% to $4 billion.', 'The company raised its forecast for 2025.'], blocks: [1, 2, 3] });
    const fr = [h("L'essentiel"), li('Le chiffre d’affaires progresse de 12 %.'), li('Le groupe relève ses objectifs pour 2025.'), PARA];
    expect(findPublisherPoints(fr).points).toHaveLength(2);
    expect(findPublisherPoints([h('Ce qu’il faut retenir :'), li('Une première chose importante à savoir.'), li('Une seconde chose importante à savoir.'), PARA]).points).toHaveLength(2);
  });

  it('ignores lists that are not key points: too long, too short, fragments, or not before the first paragraph', () => {
    const many = Array.from({ length: 8 }, (_, i) => li(`Item number ${i + 1} of a long table of contents`));
    expect(findPublisherPoints([...many, PARA]).points).toEqual([]);
    expect(findPublisherPoints([li('A single point that reads like a sentence.'), PARA]).points).toEqual([]);
    expect(findPublisherPoints([li('Home'), li('News'), li('Markets'), PARA]).points).toEqual([]);
    // A table of contents in Title Case (topicseed-1 in the readability corpus) is not a list of key points.
    expect(findPublisherPoints([li('Assess How Deep Is Your Content'), li('Rewrite With Content Depth In Mind'), PARA]).points).toEqual([]);
    expect(findPublisherPoints([PARA, li('A point that comes after the first paragraph.'), li('Another point that comes after it too.'), PARA]).points).toEqual([]);
    expect(findPublisherPoints([li('A first line that reads like a sentence.'), li('A second line that reads like a sentence.')]).points).toEqual([]);
  });
});
