/**
 * Lines that are not sentences of the story, keyed by language. Regular-expression fragments, matched
 * case-insensitively at the start of a short block or sentence.
 * `bylines`: the author line ("Par Jean Dupont", "By Jane Doe", "Rédaction CoinGeek").
 * `credits`: photo and source credits ("Photo : AFP", "Image credit: …").
 * `keyPointHeadings`: the heading of a publisher's key-points box ("Key takeaways", "L'essentiel").
 * `crossReferences`: links to other stories left in the body ("Read more: …", "Lire aussi : …"); the promo
 * stage hides them, and the summary never picks them even if it did not.
 */
export interface BoilerplateWords {
  bylines: string[];
  credits: string[];
  keyPointHeadings: string[];
  crossReferences: string[];
}

export const BOILERPLATE: Record<string, BoilerplateWords> = {
  en: {
    bylines: ['by\\s', 'written by', 'reporting by', 'reported by', 'words by', 'posted by', 'editing by', 'staff reporter'],
    credits: ['photo(?:graph)?\\s*(?:credit)?\\s*:', 'image(?: credit)?\\s*:', 'credit\\s*:', 'source\\s*:', 'illustration\\s*:', 'video\\s*:'],
    keyPointHeadings: ['key takeaways?', 'key points?', 'highlights', 'tl;?dr', 'at a glance', 'in brief', 'the big picture', 'what you need to know', 'summary', 'in short'],
    crossReferences: ['read (?:more|also)\\s*:', 'see also\\s*:', 'related\\s*:', 'watch\\s*:', 'listen\\s*:', '\\[read:'],
  },
  fr: {
    bylines: ['par\\s', 'rédaction', 'propos recueillis par', 'avec afp', 'avec reuters', 'de notre (?:envoyé|correspondant)'],
    credits: ['photo\\s*:', 'crédit(?:s)?(?: photo)?\\s*:', 'source\\s*:', 'illustration\\s*:', 'vidéo\\s*:', '©'],
    keyPointHeadings: ['points? clés?', 'les points? clés?', 'en bref', "l['’]essentiel", "ce qu['’]il faut retenir", 'à retenir', 'en résumé', 'résumé'],
    crossReferences: ['(?:à )?lire aussi\\s*:', 'voir aussi\\s*:', 'regarder\\s*:', 'écouter\\s*:', 'sur le même sujet\\s*:'],
  },
};
