import { describe, expect, it } from 'vitest';
import { defaultGazetteer, parseTable } from '../../utils/entities/gazetteer';
import { unknownFactWords } from '../../utils/entities/entry-facts';
import { COMPANIES } from '../../utils/entities/data/companies';

/** The gazetteer's tables are data that people edit by hand: these checks catch what a typo does. */
const gz = defaultGazetteer();
const lines = COMPANIES.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));

describe('the gazetteer data', () => {
  it('writes only facts it knows: ISO country codes, the sectors, the kinds', () => {
    const bad = lines.flatMap((l) => {
      const field = l.startsWith('@') ? l.slice(1) : (l.split('|')[3] ?? '');
      return unknownFactWords(field).map((w) => `${w} in "${l}"`);
    });
    expect(bad).toEqual([]);
  });

  it('gives every company its country and sector', () => {
    const missing = gz.entries.filter((e) => e.kind === 'company' && (!e.facts.country || (!e.facts.sector && e.facts.kind !== 'index' && e.facts.kind !== 'media')));
    expect(missing.map((e) => e.name)).toEqual([]);
  });

  it('lists every ticker on an exchange it knows', () => {
    expect(gz.entries.filter((e) => e.kind === 'company' && e.tickers.some((t) => !t.exchange)).map((e) => e.name)).toEqual([]);
  });

  it('names each entry once: no name belongs to two entries', () => {
    const owner = new Map<string, string>();
    const twice: string[] = [];
    for (const e of gz.entries) for (const n of e.names) {
      const o = owner.get(n);
      if (o && o !== e.id) twice.push(`${n}: ${o}, ${e.id}`);
      owner.set(n, e.id);
    }
    expect(twice).toEqual([]);
  });

  it('links every subsidiary to a parent it holds', () => {
    const raw = parseTable(COMPANIES, 'company');
    const unlinked = raw.map((r, i) => (r.parentName && gz.entries[i].parent === undefined ? `${r.names[0]} → ${r.parentName}` : '')).filter(Boolean);
    expect(unlinked).toEqual([]);
  });
});

describe('the table format', () => {
  it('reads facts, "@" defaults and a parent, the entry\'s own facts winning', () => {
    const raw = parseTable('@ JP industrials\nAlpha Motors Corporation|7999.T\nAlpha Finance|7998.T||financials|Alpha Motors Corporation\n@ US\nBeta Index||-|index', 'company');
    expect(raw.map((r) => r.facts)).toEqual([
      { country: 'JP', sector: 'industrials' },
      { country: 'JP', sector: 'financials' },
      { country: 'US', kind: 'index' },
    ]);
    expect(raw[1].parentName).toBe('Alpha Motors Corporation');
    expect(unknownFactWords('JP tech widgets')).toEqual(['widgets']);
  });
});
