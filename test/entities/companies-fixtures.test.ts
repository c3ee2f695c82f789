import { describe, expect, it } from 'vitest';
import { fixtureCases } from '../helpers/fixture-cases';
import { parseHtml } from '../helpers/dom';
import { analyzePage } from '../../utils/pipeline/local';
import type { Entity } from '../../utils/report';

interface Expected {
  name: string;
  ticker?: string;
  exchange?: string;
  alsoListed?: string;
  foundBy?: 'legal-form' | 'company-noun';
  mentions?: number;
}
interface Case {
  file: string;
  url: string;
  companies: Expected[];
  traps: string[];
}

const { cases, html } = fixtureCases<Case>('companies');

/** The entity a reader would call by this name: its canonical name, or one of its mentions as written. */
const called = (entities: Entity[], name: string) => entities.find((e) => e.name === name || e.mentions.some((m) => m.text === name));

describe('companies on business pages of our own, in English, French and German', () => {
  it.each(cases)('$file: every company named, with the ticker the text gives, and no trap', (c) => {
    const doc = parseHtml(html(c), c.url);
    const { report } = analyzePage(doc, { url: c.url });
    expect(report.isArticle).toBe(true);
    const list = report.entities.map((e) => `${e.name} ${e.exchange ?? ''}:${e.ticker ?? ''} ${e.foundBy?.cue ?? ''} ×${e.mentions.length} [${e.mentions.map((m) => m.text).join(', ')}]`).join('\n');
    for (const want of c.companies) {
      const e = called(report.entities, want.name);
      expect(e, `${want.name} in\n${list}`).toBeDefined();
      if (want.ticker) expect({ ticker: e!.ticker, exchange: e!.exchange }).toEqual({ ticker: want.ticker, exchange: want.exchange });
      if (want.alsoListed) expect(e!.alsoListed?.map((l) => l.ticker)).toContain(want.alsoListed);
      if (want.foundBy) {
        expect(e!.foundBy?.cue, want.name).toBe(want.foundBy);
        // Never a ticker Lede did not read.
        expect(e!.ticker).toBeUndefined();
      } else expect(e!.foundBy).toBeUndefined();
      if (want.mentions) expect(e!.mentions.length, `${want.name} in\n${list}`).toBe(want.mentions);
    }
    const mentioned = report.entities.flatMap((e) => e.mentions.map((m) => m.text));
    for (const trap of c.traps) {
      expect(mentioned.filter((m) => m.includes(trap) || trap.includes(m)), `${trap} in\n${list}`).toEqual([]);
    }
  });
});
