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
