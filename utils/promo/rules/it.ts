/**
 * Italian promo rules: la Repubblica, Corriere della Sera, La Stampa, ANSA. Data only; normalisation makes accents and case irrelevant.
 */
import type { PromoRule } from '../types';

const IT = ['it'] as const;

export const IT_RULES: readonly PromoRule[] = [
  // la Repubblica, Corriere, La Stampa: "Leggi anche", "Potrebbe interessarti".
  {
    id: 'it-leggi-anche',
    langs: IT,
    lead: ['Leggi anche', 'Leggi pure', 'Potrebbe interessarti', 'Vedi anche', 'Guarda anche', 'Approfondisci:'],
    maxChars: 300,
    box: true,
    thenLinks: true,
    reason: 'Link ad altri articoli, nel testo',
  },
  {
    id: 'it-correlati-titolo',
    langs: IT,
    label: ['articoli correlati', 'leggi anche', 'i piu letti', 'piu letti', 'potrebbe interessarti', 'ultime notizie'],
    box: true,
    thenLinks: true,
    reason: 'Link ad altri articoli, nel testo',
  },
];
