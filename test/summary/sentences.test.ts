import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../utils/summary/sentences';

describe('splitSentences', () => {
  it('keeps a French quote whole: no sentence ends inside «…», the closing » belongs to the sentence', () => {
    const text =
      "« Nous sommes ravis. Je pense que c'est essentiel. » Puis il est parti. Il dit : « Bonjour ! Comment ça va ? » et s'en va.";
    expect(splitSentences(text, 'fr')).toEqual([
      "« Nous sommes ravis. Je pense que c'est essentiel. »",
      'Puis il est parti.',
      "Il dit : « Bonjour ! Comment ça va ? » et s'en va.",
    ]);
  });

  it('moves a closing » left at the start of the next sentence back onto its own', () => {
    expect(splitSentences("Il a dit « c'est fini. » Puis il est parti.", 'fr')).toEqual(["Il a dit « c'est fini. »", 'Puis il est parti.']);
  });

  it('does not cut after French abbreviations', () => {
    expect(splitSentences('M. Dupont et Mme. Durand sont là. Env. 10 personnes, p. ex. Paul et Dr. Martin. La suite.', 'fr')).toEqual([
      'M. Dupont et Mme. Durand sont là.',
      'Env. 10 personnes, p. ex. Paul et Dr. Martin.',
      'La suite.',
    ]);
  });

  it('does not cut after English abbreviations, company suffixes and initials', () => {
    const text =
      'Apple Inc. and Taiwan Semiconductor Manufacturing Co. (NASDAQ: TSM) are partners. The U.S. economy grew 2.5% vs. 2.1% in the U.K. last year. Dr. Smith and St. Louis agreed, etc. and more. John F. Kennedy spoke.';
    expect(splitSentences(text, 'en')).toEqual([
      'Apple Inc. and Taiwan Semiconductor Manufacturing Co. (NASDAQ: TSM) are partners.',
      'The U.S. economy grew 2.5% vs. 2.1% in the U.K. last year.',
      'Dr. Smith and St. Louis agreed, etc. and more.',
      'John F. Kennedy spoke.',
    ]);
  });

  it('still ends a sentence on a company suffix when a new sentence follows', () => {
    expect(splitSentences('The deal was signed with Intel Corp. Shares rose 3%.', 'en')).toEqual(['The deal was signed with Intel Corp.', 'Shares rose 3%.']);
  });

  it('keeps decimals whole, in both notations', () => {
    expect(splitSentences('Le taux est de 8,5 % et la durée de 8.5 ans. Ensuite, rien.', 'fr')).toEqual([
      'Le taux est de 8,5 % et la durée de 8.5 ans.',
      'Ensuite, rien.',
    ]);
  });

  it('handles ellipses and the doubled dot "silos.."', () => {
    expect(splitSentences("Il a dit... puis rien. Construire en silos.. La suite arrive.", 'fr')).toEqual([
      'Il a dit... puis rien.',
      'Construire en silos.',
      'La suite arrive.',
    ]);
    expect(splitSentences('plutôt que de construire en silos..', 'fr')).toEqual(['plutôt que de construire en silos.']);
  });

  it('collapses whitespace and returns nothing for blank text', () => {
    expect(splitSentences('  Une   phrase\n sur deux lignes.  ', 'fr')).toEqual(['Une phrase sur deux lignes.']);
    expect(splitSentences(' \n ', 'fr')).toEqual([]);
  });

  it('works without a language', () => {
    expect(splitSentences('One sentence here. Another one there.', null)).toEqual(['One sentence here.', 'Another one there.']);
  });
});

describe('splitSentences: never inside brackets, quotes, codes, numbers, dates or times (issue 23)', () => {
  it('English: a ticker code in parentheses or in the text, a dot with no space after it', () => {
    expect(splitSentences('Hollis Motor Corp (7203.T) reported a record profit. Its shares rose.', 'en')).toEqual([
      'Hollis Motor Corp (7203.T) reported a record profit.',
      'Its shares rose.',
    ]);
    expect(splitSentences('Shares of 0700.HK gained and BRK.B fell. Then 9984.T slipped.', 'en')).toEqual([
      'Shares of 0700.HK gained and BRK.B fell.',
      'Then 9984.T slipped.',
    ]);
  });

  it('French: the same codes, and a parenthesis holding whole sentences', () => {
    expect(splitSentences('Le constructeur Hollis (7203.T) a publié un bénéfice record. Ses actions montent.', 'fr')).toEqual([
      'Le constructeur Hollis (7203.T) a publié un bénéfice record.',
      'Ses actions montent.',
    ]);
    expect(splitSentences("Il a cité le rapport (voir p. 12. Et aussi l'annexe.) devant les élus. Après, rien.", 'fr')).toEqual([
      "Il a cité le rapport (voir p. 12. Et aussi l'annexe.) devant les élus.",
      'Après, rien.',
    ]);
  });

  it('square brackets and straight quotes hold their sentences', () => {
    expect(splitSentences('The fund [run by J. Marsh. Ltd.] grew. Next.', 'en')).toEqual(['The fund [run by J. Marsh. Ltd.] grew.', 'Next.']);
    expect(splitSentences('She said "It is over. We lost." Then she left.', 'en')).toEqual(['She said "It is over. We lost."', 'Then she left.']);
    expect(splitSentences('Il a lancé "C\'est fini. On rentre." Puis il est parti.', 'fr')).toEqual(['Il a lancé "C\'est fini. On rentre."', 'Puis il est parti.']);
  });

  it('times and dates: "3:41 p.m. Tokyo time", "9 a.m. ET", "Jan. 5, 2024", "15 h 30"', () => {
    expect(splitSentences('The vote ends at 3:41 p.m. Tokyo time on Friday. Then more.', 'en')).toEqual([
      'The vote ends at 3:41 p.m. Tokyo time on Friday.',
      'Then more.',
    ]);
    expect(splitSentences('It opened on Jan. 5, 2024 at 9 a.m. ET. Then it closed.', 'en')).toEqual([
      'It opened on Jan. 5, 2024 at 9 a.m. ET.',
      'Then it closed.',
    ]);
    expect(splitSentences('La séance ouvre le 5 janv. 2024 à 15 h 30. Puis elle ferme.', 'fr')).toEqual([
      'La séance ouvre le 5 janv. 2024 à 15 h 30.',
      'Puis elle ferme.',
    ]);
    // A clock time still ends a sentence when a new one follows.
    expect(splitSentences('The market opens at 9 a.m. The bank closes early.', 'en')).toEqual(['The market opens at 9 a.m.', 'The bank closes early.']);
  });

  it('"the U.S." before a name goes on; before a new sentence it ends', () => {
    expect(splitSentences('It cost $1.5bn. The U.S. Securities and Exchange Commission said no.', 'en')).toEqual([
      'It cost $1.5bn.',
      'The U.S. Securities and Exchange Commission said no.',
    ]);
    expect(splitSentences('Sales fell in the U.S. The company blamed the weather.', 'en')).toEqual(['Sales fell in the U.S.', 'The company blamed the weather.']);
  });
});
