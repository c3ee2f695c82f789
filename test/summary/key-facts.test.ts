import { describe, expect, it } from 'vitest';
import { extractKeyFacts } from '../../utils/summary/key-facts';
import type { KeyFact } from '../../utils/report';

const brief = (facts: KeyFact[]) => facts.map((f) => `${f.kind}: ${f.text}`);

describe('extractKeyFacts (French)', () => {
  it('finds money ranges and amounts in French notations', () => {
    const facts = extractKeyFacts(
      [
        "Altman recherche des fonds d'une valeur d'environ 8 à 10 milliards de dollars pour créer des usines.",
        "La société a levé 1,2 million d'euros, puis 10 Md$ et enfin 5 M€ ; son rival vise 100 000 €.",
      ],
      'fr',
    );
    expect(brief(facts)).toEqual([
      'money: 8 à 10 milliards de dollars',
      "money: 1,2 million d'euros",
      'money: 10 Md$',
      'money: 5 M€',
      'money: 100 000 €',
    ]);
    expect(facts[0].sentence).toMatch(/^Altman recherche/);
  });

  it('finds percentages, dates, years and counts in context, and not numbers that only look like years', () => {
    const facts = extractKeyFacts(
      [
        'Le chiffre d’affaires a progressé de 12 % le 22 janvier 2024, soit 12 pour cent.',
        "Les discussions sont en cours depuis 2023 et l'objectif est fixé d'ici 2030.",
        'Le groupe emploie 2 460 salariés et 1999 sous-traitants. Publié le 22/01/2024.',
      ],
      'fr',
    );
    expect(brief(facts)).toEqual([
      'percent: 12 %',
      'date: 22 janvier 2024',
      'percent: 12 pour cent',
      'year: 2023',
      'year: 2030',
      'number: 2 460 salariés',
      'date: 22/01/2024',
    ]);
  });

  it('keeps each fact once, at its first appearance', () => {
    const facts = extractKeyFacts(['En 2023, la hausse est de 5 %.', 'Depuis 2023, toujours 5 %.'], 'fr');
    expect(brief(facts)).toEqual(['year: 2023', 'percent: 5 %']);
    expect(facts[0].sentence).toBe('En 2023, la hausse est de 5 %.');
  });
});

describe('extractKeyFacts (English)', () => {
  it('prefers the money amount to a count it overlaps', () => {
    const facts = extractKeyFacts(['Foundries plan more than $60 billion of new factories, and 3 million of them are hiring.'], 'en');
    expect(brief(facts)).toEqual(['money: $60 billion', 'number: 3 million of them']);
  });

  it('finds money ranges and amounts in English notations', () => {
    const facts = extractKeyFacts(
      [
        'The company is seeking $8 billion to $10 billion, while its rival raised €5bn and USD 3.5 million.',
        'Between $8 and $10 billion will be spent, after $1.2bn last year and $900m before that.',
      ],
      'en',
    );
    expect(brief(facts)).toEqual([
      'money: $8 billion to $10 billion',
      'money: €5bn',
      'money: USD 3.5 million',
      'money: Between $8 and $10 billion',
      'money: $1.2bn',
      'money: $900m',
    ]);
  });

  it('finds percentages, dates and years', () => {
    const facts = extractKeyFacts(
      ['Revenue rose 12% and margins 3.5 percent on January 22, 2024.', 'The plant opens by 2030; it has made chips since 2019 and sold 1999 units.'],
      'en',
    );
    expect(brief(facts)).toEqual(['percent: 12%', 'percent: 3.5 percent', 'date: January 22, 2024', 'year: 2030', 'year: 2019']);
  });

  it('works when the language is unknown (every language’s data applies)', () => {
    expect(brief(extractKeyFacts(['Il a levé 8 à 10 milliards de dollars, soit $9 billion.'], null))).toEqual([
      'money: 8 à 10 milliards de dollars',
      'money: $9 billion',
    ]);
  });
});
