import { describe, expect, it } from 'vitest';
import { parseHtml, readabilityCorpus, seed } from '../helpers/dom';
import { extractArticle } from '../../utils/article/extract';
import { recognizeEntities } from '../../utils/entities/recognize';
import type { Entity } from '../../utils/report';

const norm = (s: string): string => s.replace(/\s+/g, ' ').replace(/\.$/, '').trim().toLowerCase();

describe('seed page (CoinGeek FR)', () => {
  const { doc, expect: exp } = seed();
  const article = extractArticle(doc)!;
  const entities = recognizeEntities(article.blocks, article.lang);

  it.each(exp.companies.map((c) => [c.name, c] as const))('finds %s', (_name, c) => {
    const names = new Set([c.name, ...c.aliases].map(norm));
    const e = entities.find((x: Entity) => names.has(norm(x.name)) || x.mentions.some((m) => names.has(norm(m.text))));
    expect(e, JSON.stringify(entities.map((x) => x.name))).toBeDefined();
    expect(e!.kind).toBe('company');
    if (c.ticker) expect([e!.ticker, e!.exchange]).toEqual([c.ticker, c.exchange]);
  });

  it('finds no crypto asset and never highlights mustNotHighlight', () => {
    expect(entities.filter((e) => e.kind === 'crypto')).toEqual([]);
    const texts = entities.flatMap((e) => e.mentions.map((m) => norm(m.text)));
    for (const bad of exp.mustNotHighlight) expect(texts).not.toContain(norm(bad));
    for (const e of entities) for (const m of e.mentions) {
      expect(article.blocks[m.block].text.slice(m.start, m.end)).toBe(m.text);
      for (const bad of exp.mustNotHighlight) expect(m.text.includes(bad) && !/OpenAI/.test(bad)).toBe(false);
    }
  });

  it('sorts entities by first mention', () => {
    const firsts = entities.map((e) => e.mentions[0].block * 1e6 + e.mentions[0].start);
    expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
  });
});

/** Words that are never a company or crypto mention on these pages. */
const NEVER = [
  'AI', 'IA', 'CEO', 'US', 'USA', 'EU', 'UE', 'IT', 'A', 'I', 'UK', 'X', 'Z', 'Free', 'Celsius', 'Lambda', 'Southern', 'Williams',
  'Cooper', 'Abbott', 'Hyatt', 'SRE', 'GIS', 'GET', 'RMS', 'Next', 'Target', 'Shell', 'Amazon River',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'China', 'Japan', 'France', 'Germany',
  'India', 'Russia', 'Canada', 'London', 'Paris', 'Washington', 'New York',
];

describe('readability corpus', () => {
  const pages = readabilityCorpus();

  it('has 130 pages', () => expect(pages.length).toBeGreaterThanOrEqual(130));

  it('recognises without exception and without obvious false positives', () => {
    const found: string[] = [];
    let count = 0;
    for (const p of pages) {
      const article = extractArticle(parseHtml(p.html));
      if (!article) continue;
      const entities = recognizeEntities(article.blocks, article.lang);
      count += entities.length;
      for (const e of entities) {
        expect(e.mentions.length).toBeGreaterThan(0);
        for (const m of e.mentions) {
          expect(article.blocks[m.block].text.slice(m.start, m.end)).toBe(m.text);
          if (NEVER.includes(m.text)) found.push(`${p.name}: ${m.text} → ${e.id}`);
        }
      }
    }
    expect(found).toEqual([]);
    expect(count).toBeGreaterThan(40);
    expect(count).toBeLessThan(200);
  });
});
