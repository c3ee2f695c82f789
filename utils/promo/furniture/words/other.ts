import type { FurnitureWords } from '../types';

/**
 * Italian, Dutch and Polish furniture words (la Repubblica, NOS, Gazeta, and the smaller sites of the
 * realworld set): the commonest labels only, until those languages get files of their own.
 */
export const OTHER_FURNITURE: FurnitureWords = {
  leads: {
    caption: ['Foto:', 'Fot.', 'Fot:', 'Zdjęcie:', 'Afbeelding:', 'Beeld:', 'Immagine:'],
    byline: ['Di ', 'Door ', 'Autor:', 'Autore:', 'Auteur:', 'Źródło:', 'Fonte:', 'Bron:'],
    dateline: ['Aggiornato', 'Pubblicato', 'Bijgewerkt', 'Gepubliceerd', 'Opublikowano', 'Aktualizacja', 'Data publikacji'],
    'reading-time': ['Leestijd', 'Tempo di lettura', 'Czas czytania'],
    copyright: ['Riproduzione riservata', 'Alle rechten voorbehouden', 'Wszelkie prawa zastrzeżone', 'Materiał chroniony prawem autorskim'],
    comments: ['Commenti', 'Reacties', 'Komentarze', 'Dodaj komentarz', 'Lascia un commento', 'Plaats een reactie'],
    share: ['Condividi', 'Delen', 'Udostępnij', 'Drukuj', 'Stampa'],
    tags: ['Tagi:', 'Tag:', 'Argomenti:', 'Onderwerpen:'],
    breadcrumb: ['Jesteś tutaj:', 'Sei qui:', 'U bent hier:'],
  },
  labels: {
    share: ['condividi', 'delen', 'udostepnij', 'drukuj', 'stampa'],
    comments: ['commenti', 'reacties', 'komentarze'],
  },
  months: [
    'gennaio', 'febbraio', 'aprile', 'maggio', 'giugno', 'luglio', 'settembre', 'ottobre', 'dicembre',
    'januari', 'februari', 'maart', 'mei', 'juni', 'juli', 'augustus', 'oktober',
    'stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia',
  ],
};
