import { describe, expect, it } from 'vitest';
import { isCreditAside, isFurnitureSentence, readableParts } from '../../utils/summary/furniture-text';
import { bodySentences } from '../../utils/summary/candidates';
import { summarize } from '../../utils/summary/summarize';

/** Credits and datelines glued inside a paragraph (issue 23): set aside before the summary sees them. */
describe('readableParts: credits and datelines inside a block', () => {
  it('English: a photo credit glued after a sentence, in parentheses', () => {
    expect(readableParts('The capsule broke up over the steppe, the space agency said.(Ivan Petrov/ Kestrel Space Agency Press Service photo via AP) Villagers saw a flash.')).toEqual([
      'The capsule broke up over the steppe, the space agency said.',
      'Villagers saw a flash.',
    ]);
    expect(readableParts('Cranes stood idle (AP Photo/Jane Rowe)')).toEqual(['Cranes stood idle']);
    expect(readableParts('Prices rose 4% on Monday. (Reporting by Ann Lee; Editing by Tom Roe)')).toEqual(['Prices rose 4% on Monday.']);
  });

  it('French: a credit in parentheses, and an aside that is not one', () => {
    expect(readableParts('Le chantier a repris lundi (Photo : AFP / Jean Martin) sous la pluie.')).toEqual(['Le chantier a repris lundi', 'sous la pluie.']);
    expect(readableParts('Le groupe (coté à Paris) a publié ses comptes.')).toEqual(['Le groupe (coté à Paris) a publié ses comptes.']);
  });

  it('English: a dateline glued to the first sentence, a wire dateline', () => {
    expect(readableParts('May 8, 20243:41 PM GMT+9Updated 2 hours ago Hollis Motor (7203.T) reported a record annual profit on Wednesday.')).toEqual([
      'Hollis Motor (7203.T) reported a record annual profit on Wednesday.',
    ]);
    expect(readableParts('OSAKA (Reuters) - Hollis Motor reported a record annual profit.')).toEqual(['Hollis Motor reported a record annual profit.']);
    // A sentence that opens with a date is a sentence, not a dateline.
    expect(readableParts('On May 8, 2024, Hollis reported a record profit.')).toEqual(['On May 8, 2024, Hollis reported a record profit.']);
    expect(readableParts('May 2024 was a record month for Hollis.')).toEqual(['May 2024 was a record month for Hollis.']);
  });

  it('French: a dateline glued to the first sentence, a wire dateline', () => {
    expect(readableParts('Le 8 mai 202415:41 Mis à jour il y a 2 heures Hollis a publié un bénéfice record.')).toEqual(['Hollis a publié un bénéfice record.']);
    expect(readableParts('LYON, 8 mai (AFP) — Le groupe a annoncé une hausse de 12 %.')).toEqual(['Le groupe a annoncé une hausse de 12 %.']);
    expect(readableParts('Le 8 mai 2024, Hollis a publié un bénéfice record.')).toEqual(['Le 8 mai 2024, Hollis a publié un bénéfice record.']);
  });
});

describe('a dateline that closes a paragraph', () => {
  it('EN and FR: cut from its lead to the end; the same words inside a sentence stay', () => {
    expect(readableParts('Rates held steady. TestMoney (Leeds) First published February 1, 2016: 1:28 AM ET')).toEqual(['Rates held steady. TestMoney (Leeds)']);
    expect(readableParts('Les taux sont stables. Publié le 1er février 2016 à 13h28')).toEqual(['Les taux sont stables.']);
    expect(readableParts('The bank updated its forecast on February 1, 2016.')).toEqual(['The bank updated its forecast on February 1, 2016.']);
    expect(readableParts('La banque a mis à jour sa prévision le 1er février 2016.')).toEqual(['La banque a mis à jour sa prévision le 1er février 2016.']);
  });
});

describe('isCreditAside and isFurnitureSentence', () => {
  it('tells credits from asides, EN and FR', () => {
    for (const c of ['Photo: AP', 'Reuters', 'AFP / Jean Martin', 'AP Photo/Evan Rowe', 'Reporting by Ann Lee', 'Crédit photo : Marie Roux', 'Photo : AFP']) expect(isCreditAside(c), c).toBe(true);
    for (const c of ['see chart', 'coté à Paris', 'NASDAQ: ACME', '7203.T', 'up 4% from a year ago', 'hors taxes']) expect(isCreditAside(c), c).toBe(false);
  });

  it('a sentence that is only a dateline or a credit', () => {
    for (const s of ['Publié le 22/01/2024 à 10h30.', 'Updated May 8, 2024 3:41 PM ET', 'AFP/Getty Images.', '(AP Photo/Evan Rowe)', 'Mis à jour le 8 mai 2024.']) expect(isFurnitureSentence(s), s).toBe(true);
    for (const s of ['The plant opens in May 2024.', 'Le 8 mai 2024, Hollis a publié ses comptes.', 'Sales rose 4% in 2023.']) expect(isFurnitureSentence(s), s).toBe(false);
  });
});

describe('the summary never reads them', () => {
  const blocks = [
    { text: 'May 8, 20243:41 PM GMT+9Updated 2 hours ago Hollis Motor (7203.T) reported a record annual operating profit of $35 billion on Wednesday, driven by hybrid sales.', kind: 'paragraph' as const },
    { text: 'The carmaker said it expects profit to fall 20% this year as it spends on software and batteries, the company said.(Ken Sato/ Hollis Press Service photo via AP) Analysts had expected a smaller decline.', kind: 'paragraph' as const },
    { text: 'Hollis shares have risen by about a third over the past year, outpacing rivals in Europe and the United States.', kind: 'paragraph' as const },
  ];

  it('English: no sentence or key fact holds the dateline, the credit or a cut code', () => {
    const all = bodySentences(blocks, null, 'en').map((s) => s.text);
    expect(all).toEqual([
      'Hollis Motor (7203.T) reported a record annual operating profit of $35 billion on Wednesday, driven by hybrid sales.',
      'The carmaker said it expects profit to fall 20% this year as it spends on software and batteries, the company said.',
      'Analysts had expected a smaller decline.',
      'Hollis shares have risen by about a third over the past year, outpacing rivals in Europe and the United States.',
    ]);
    const s = summarize({ title: 'Hollis posts record profit', lang: 'en', blocks });
    for (const line of [...s.sentences, ...s.keyFacts.map((f) => f.sentence)]) expect(line).not.toMatch(/GMT|photo via|^T\)|\($/);
  });

  it('French: the same', () => {
    const fr = [
      { text: 'Le 8 mai 202415:41 Mis à jour il y a 2 heures Le constructeur Hollis (7203.T) a publié mercredi un bénéfice record de 35 milliards de dollars.', kind: 'paragraph' as const },
      { text: 'Le groupe prévoit un recul de 20 % cette année (Photo : AFP / Jean Martin) Les analystes attendaient moins.', kind: 'paragraph' as const },
    ];
    expect(bodySentences(fr, null, 'fr').map((s) => s.text)).toEqual([
      'Le constructeur Hollis (7203.T) a publié mercredi un bénéfice record de 35 milliards de dollars.',
      'Le groupe prévoit un recul de 20 % cette année',
      'Les analystes attendaient moins.',
    ]);
  });
});
