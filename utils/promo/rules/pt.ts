/**
 * Portuguese promo rules: Folha, Globo, Correio Braziliense, Público. Data only; normalisation makes accents and case irrelevant.
 */
import type { PromoRule } from '../types';

const PT = ['pt'] as const;

export const PT_RULES: readonly PromoRule[] = [
  // Folha, Globo, Correio Braziliense: "Leia também", "Veja também".
  {
    id: 'pt-leia-tambem',
    langs: PT,
    lead: ['Leia também', 'Leia mais', 'Veja também', 'Veja mais', 'Saiba mais:', 'Relacionadas:', 'Confira também', 'Assista:'],
    maxChars: 300,
    box: true,
    thenLinks: true,
    reason: 'Links para outras matérias, dentro do texto',
  },
  {
    id: 'pt-relacionadas-titulo',
    langs: PT,
    label: ['leia tambem', 'veja tambem', 'mais lidas', 'relacionadas', 'noticias relacionadas', 'ultimas noticias'],
    box: true,
    thenLinks: true,
    reason: 'Links para outras matérias, dentro do texto',
  },
];
