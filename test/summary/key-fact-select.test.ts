import { describe, expect, it } from 'vitest';
import { MAX_KEY_FACTS, selectKeyFacts } from '../../utils/summary/key-fact-select';

/** Issue 23: key facts that do not repeat each other, the publisher or the summary, and are whole clauses. */
const brief = (facts: { text: string; sentence: string }[]) => facts.map((f) => `${f.text} | ${f.sentence}`);

describe('selectKeyFacts (English)', () => {
  const sentences = [
    'Brightwater Foods said on Monday that it would buy the snack maker Peltra for $4.2 billion.',
    // Three figures in one long sentence: one fact, the clause of the amount and what leans on it.
    'The company expects the deal to add about $300 million to annual sales by 2027, up about 12% from its earlier forecast, with most of the gain coming from vending machines in airports and train stations across the country.',
    'Shares of Brightwater rose 5% in early trading.',
    'Traders reacted quickly: Peltra gained 18% at the open, while shares of the rival Omnex slipped 2% after the company cut its own forecast to $1.1 billion for the year.',
    'Peltra employs 3,400 people in four countries.',
    'The deal still needs the approval of regulators in Europe and the United States.',
  ];

  it('one fact per sentence, the best figure of each, in article order', () => {
    const facts = selectKeyFacts(sentences, 'en');
    expect(brief(facts)).toEqual([
      '$4.2 billion | Brightwater Foods said on Monday that it would buy the snack maker Peltra for $4.2 billion.',
      '$300 million | The company expects the deal to add about $300 million to annual sales by 2027, up about 12% from its earlier forecast',
      '5% | Shares of Brightwater rose 5% in early trading.',
      '$1.1 billion | shares of the rival Omnex slipped 2% after the company cut its own forecast to $1.1 billion for the year.',
      '3,400 people | Peltra employs 3,400 people in four countries.',
    ]);
  });

  it('never a fact that a publisher point or a summary sentence already says', () => {
    const said = ['Brightwater agrees to buy Peltra for $4.2 billion', 'Shares of Brightwater rose 5% in early trading.'];
    const texts = selectKeyFacts(sentences, 'en', said).map((f) => f.text);
    expect(texts).not.toContain('$4.2 billion');
    expect(texts).not.toContain('5%');
    expect(texts).toContain('$300 million');
  });

  it('no two facts give the same figure or the same words', () => {
    const facts = selectKeyFacts(
      ['Revenue rose 8% to $2 billion in the quarter.', 'As noted, revenue rose 8% in the quarter.', 'The quarter brought revenue of $2 billion.'],
      'en',
    );
    expect(facts).toHaveLength(1);
  });

  it(`at most ${MAX_KEY_FACTS}, amounts and percentages first, then shown in article order`, () => {
    const many = [
      'The plant opened in 2019.',
      'The bakery unit reported sales of $2 million.',
      'Its trucking arm spent $3 million on new vans.',
      'A software licence deal brought in $4 million.',
      'The mayor promised $5 million for roads near the site.',
      'Insurance claims cost the group $6 million after the flood.',
      'Rents paid to the port rose to $7 million.',
      'Lawyers billed $8 million during the dispute with suppliers.',
      'A charity received $9 million from the founders.',
    ];
    const facts = selectKeyFacts(many, 'en');
    expect(facts).toHaveLength(MAX_KEY_FACTS);
    expect(facts.every((f) => f.kind === 'money')).toBe(true);
    expect(facts.map((f) => f.text)).toEqual(['$2 million', '$3 million', '$4 million', '$5 million', '$6 million', '$7 million']);
  });

  it('a fact says what its figure measures: no bare number, no figure alone', () => {
    expect(selectKeyFacts(['Chapter 3 ends here.', 'It was 5.', 'Aged 25 to 54 compared with others.'], 'en')).toEqual([]);
  });
});

describe('selectKeyFacts (French)', () => {
  const sentences = [
    "Le groupe Valmont a annoncé lundi le rachat du fabricant de vélos Cyclora pour 850 millions d'euros.",
    "L'opération doit ajouter environ 120 millions d'euros au chiffre d'affaires annuel d'ici 2027, en hausse de 9 % par rapport aux prévisions, tandis que la dette du groupe passerait de 1,2 milliard d'euros à 1,9 milliard d'euros à la fin de l'exercice suivant.",
    "L'action Valmont a gagné 4 % à l'ouverture.",
    'Cyclora emploie 1 250 salariés dans trois usines.',
  ];

  it('one fact per sentence, a whole clause when the sentence is long', () => {
    expect(brief(selectKeyFacts(sentences, 'fr'))).toEqual([
      "850 millions d'euros | Le groupe Valmont a annoncé lundi le rachat du fabricant de vélos Cyclora pour 850 millions d'euros.",
      "120 millions d'euros | L'opération doit ajouter environ 120 millions d'euros au chiffre d'affaires annuel d'ici 2027, en hausse de 9 % par rapport aux prévisions",
      "4 % | L'action Valmont a gagné 4 % à l'ouverture.",
      '1 250 salariés | Cyclora emploie 1 250 salariés dans trois usines.',
    ]);
  });

  it('nothing the publisher or the summary already says', () => {
    const said = ["Valmont rachète Cyclora pour 850 millions d'euros", "L'action Valmont a gagné 4 % à l'ouverture."];
    expect(selectKeyFacts(sentences, 'fr', said).map((f) => f.text)).toEqual(["120 millions d'euros", '1 250 salariés']);
  });

  it('a clause cut from a sentence drops its conjunction: "tandis que" does not open a fact', () => {
    const facts = selectKeyFacts(
      ["Le marché a reculé de 3 % sur la semaine, un repli attendu par les analystes et sans surprise pour les investisseurs, tandis que la dette du groupe Valmont passerait à 1,9 milliard d'euros à la fin de l'exercice suivant selon ses dirigeants."],
      'fr',
    );
    expect(brief(facts)).toEqual([
      "1,9 milliard d'euros | la dette du groupe Valmont passerait à 1,9 milliard d'euros à la fin de l'exercice suivant selon ses dirigeants.",
    ]);
  });
});
