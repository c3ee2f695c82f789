/**
 * Polish promo rules: Gazeta Wyborcza, Onet, wPolityce, Rzeczpospolita. Data only; normalisation makes accents and case irrelevant.
 */
import type { PromoRule } from '../types';

const PL = ['pl'] as const;

export const PL_RULES: readonly PromoRule[] = [
  // Gazeta, Onet, wPolityce: "Czytaj też", "Zobacz także".
  {
    id: 'pl-czytaj-tez',
    langs: PL,
    lead: ['Czytaj też', 'Czytaj także', 'Czytaj więcej', 'Czytaj również', 'Zobacz też', 'Zobacz także', 'Zobacz również', 'Polecamy:', 'Przeczytaj też', 'Przeczytaj także'],
    maxChars: 300,
    box: true,
    thenLinks: true,
    reason: 'Odnośniki do innych artykułów w tekście',
  },
  {
    id: 'pl-powiazane-tytul',
    langs: PL,
    label: ['polecamy', 'czytaj takze', 'zobacz takze', 'najczesciej czytane', 'powiazane artykuly', 'najnowsze'],
    box: true,
    thenLinks: true,
    reason: 'Odnośniki do innych artykułów w tekście',
  },
];
