/**
 * Dutch promo rules: NOS, de Volkskrant, NRC, De Standaard. Data only; normalisation makes accents and case irrelevant.
 */
import type { PromoRule } from '../types';

const NL = ['nl'] as const;

export const NL_RULES: readonly PromoRule[] = [
  // NOS, de Volkskrant, NRC: "Lees ook", "Meer over".
  {
    id: 'nl-lees-ook',
    langs: NL,
    lead: ['Lees ook', 'Lees meer', 'Lees verder:', 'Bekijk ook', 'Zie ook:'],
    maxChars: 300,
    box: true,
    thenLinks: true,
    reason: 'Links naar andere artikelen, in de tekst',
  },
  {
    id: 'nl-gerelateerd-titel',
    langs: NL,
    label: ['lees ook', 'meer over dit onderwerp', 'gerelateerde artikelen', 'meest gelezen', 'populair'],
    box: true,
    thenLinks: true,
    reason: 'Links naar andere artikelen, in de tekst',
  },
];
