/**
 * French promo rules. Data only: each rule names the sites that made it necessary.
 * Written with French typography ("Regarder :", « … », accents); normalisation makes spacing, case and
 * accents irrelevant when matching.
 */
import type { PromoRule, PromoWords } from '../types';

const FR = ['fr'] as const;

/** Réseaux sociaux d'une ligne « Suivez-nous sur … ». */
const RESEAUX = '(?:twitter|x|facebook|instagram|linkedin|threads|bluesky|mastodon|tiktok|youtube|telegram|whatsapp|google (?:news|actualites))';

export const FR_RULES: readonly PromoRule[] = [
  // CoinGeek (coingeek.com/fr) termine chaque article sur l'IA par cette publicité maison.
  {
    id: 'fr-coingeek-ia-loi',
    langs: FR,
    lead: ["Pour que l'intelligence artificielle (IA) fonctionne"],
    reason: 'Publicité maison : renvoie vers la couverture de {site}',
  },
  // CoinGeek : « Nouveau sur la blockchain ? Consultez la section Blockchain pour les débutants… ».
  {
    id: 'fr-nouveau-blockchain',
    langs: FR,
    lead: ['Nouveau sur la blockchain ?', 'Nouveau dans la blockchain ?', 'Nouveau sur le bitcoin ?', 'Nouveau dans la crypto ?', 'Novice en blockchain ?'],
    reason: 'Publicité maison : renvoie vers une autre rubrique de {site}',
  },
  // CoinGeek, BFM, France 24 : « Regarder : <titre> » au-dessus d'une vidéo intégrée.
  {
    id: 'fr-regarder-embed',
    langs: FR,
    lead: ['Regarder :', 'Regardez :', 'À regarder :', 'À voir :', 'Vidéo :', 'VIDÉO -', 'VIDÉO.', 'Voir la vidéo :', 'En vidéo :'],
    maxChars: 300,
    embed: 'required',
    reason: 'Publicité maison : une vidéo mise en avant, avec son lecteur',
  },
  // CoinGeek garde la ligne « Regarder : » même quand le lecteur ne se charge pas : une ligne qui n'est qu'un lien.
  {
    id: 'fr-regarder-lien',
    langs: FR,
    lead: ['Regarder :', 'Regardez :'],
    link: { href: /\/\/(?:www\.|m\.)?(?:youtube\.com|youtu\.be|vimeo\.com|dailymotion\.com)\// },
    maxChars: 300,
    embed: 'optional',
    reason: 'Publicité maison : une vidéo mise en avant',
  },
  // Le Monde (« Lire aussi | … »), Le Figaro (« À lire aussi : »), 20 Minutes, Libération, Ouest-France.
  {
    id: 'fr-lire-aussi',
    langs: FR,
    lead: [
      'Lire aussi', 'À lire aussi', 'A lire aussi', 'Lire également', 'À lire également', 'Lire la suite :', 'Voir aussi :',
      'À voir aussi', 'À découvrir aussi', 'À découvrir :', 'Sur le même sujet', 'Dans la même rubrique', 'Notre sélection :',
      'Lisez aussi', 'Lisez également', 'Le décryptage :', 'Notre article :', 'Relire :', 'À relire :', 'Lire notre', 'Lire :',
      'Les plus lus :', 'Tendance :', 'Notre dossier :', 'Retrouvez notre dossier', 'Pour aller plus loin :',
    ],
    maxChars: 300,
    box: true,
    thenLinks: true,
    reason: "Liens vers d'autres articles, dans le corps du texte",
  },
  // Titres d'encadrés de liens : « Plus d'articles sur l'énergie », « Les plus lus ».
  {
    id: 'fr-plus-titre',
    langs: FR,
    lead: ["Plus d'articles", 'Plus de', 'Les plus lus', 'Les plus partagés', 'Dernières actualités', 'À lire sur le même sujet', 'Nos derniers articles', 'Découvrez aussi', 'Sur le même thème', 'Articles similaires', 'Vous aimerez aussi'],
    headingOnly: true,
    maxChars: 80,
    thenLinks: true,
    reason: "Liens vers d'autres articles, dans le corps du texte",
  },
  // Le Monde, Le Figaro, Libération : article réservé aux abonnés, appel à s'abonner ou à soutenir la rédaction.
  {
    id: 'fr-abonnes',
    langs: FR,
    lead: [
      'Cet article est réservé aux abonnés', 'Article réservé aux abonnés', 'Réservé aux abonnés', 'Pour lire la suite',
      'La suite est réservée', 'Déjà abonné ?', 'Abonnez-vous pour', 'Soutenez-nous', 'Soutenez la rédaction', 'Abonnez-vous à partir de', 'Accédez à tous nos articles',
    ],
    maxChars: 600,
    box: true,
    reason: 'Appel à s’abonner, dans le corps du texte',
  },
  // Le Figaro, 20 Minutes, Les Échos, Le Parisien : encarts d'inscription à la newsletter.
  {
    id: 'fr-newsletter',
    langs: FR,
    lead: [
      'Inscrivez-vous', 'Abonnez-vous', 'Recevez', 'Ne manquez', 'Ne ratez', 'Découvrez notre', 'Chaque matin', 'Chaque semaine',
      'Chaque jour', 'Tous les jours', 'Tous les matins', 'Newsletter :', 'La newsletter', 'Notre newsletter', 'Votre newsletter',
      "S'inscrire", 'Vous aimez cet article', 'Cet article vous a plu', 'Pour recevoir', 'Pour ne rien manquer',
    ],
    text: /\b(?:newsletters?|lettres? d'information|infolettres?|bulletin|boite (?:mail|e-mail|aux lettres))\b/,
    maxChars: 400,
    box: true,
    reason: "Encart d'inscription à une newsletter",
  },
  // Le Parisien, Les Échos, L'Express : « Contenu sponsorisé », « Contenu proposé par … », « En partenariat avec ».
  {
    id: 'fr-sponsorise',
    langs: FR,
    lead: [
      'Contenu sponsorisé', 'Contenu proposé par', 'Contenu partenaire', 'Article sponsorisé', 'Sponsorisé :', 'Sponsorisé par',
      'En partenariat avec', 'Publi-rédactionnel', 'Publireportage', 'Publi-reportage', 'Communiqué :', 'Partenariat :',
      'Ce contenu a été réalisé', 'Contenu réalisé par', 'Annonce :',
    ],
    maxChars: 400,
    box: true,
    reason: 'Encart sponsorisé dans le corps du texte',
  },
  // Étiquettes seules : « Publicité », « La suite après cette publicité » (Le Monde, Le Point, L'Obs).
  {
    id: 'fr-etiquette-pub',
    langs: FR,
    label: ['publicite', 'pub', 'annonce', 'sponsorise', 'contenu sponsorise', 'la suite apres cette publicite', 'la suite apres la publicite', "l'article continue ci-dessous", 'article reserve aux abonnes'],
    box: true,
    reason: 'Étiquette publicitaire dans le corps du texte',
  },
  // France Inter, France Culture, Le Monde (« L'Heure du Monde ») : « Écoutez notre podcast… ».
  {
    id: 'fr-podcast',
    langs: FR,
    lead: ['Écoutez', 'Écouter', 'À écouter', 'Retrouvez', 'Abonnez-vous', 'Podcast :', 'Découvrez'],
    text: /\b(?:podcasts?|balado|apple podcasts|spotify|deezer|episode)\b/,
    link: {},
    maxChars: 300,
    reason: 'Publicité pour un podcast dans le corps du texte',
  },
  // 20 Minutes, BFMTV, Le Parisien : « Téléchargez notre application ».
  {
    id: 'fr-application',
    langs: FR,
    lead: ['Téléchargez', 'Télécharger', 'Retrouvez', 'Découvrez', 'Installez'],
    text: /\b(?:appli(?:cation)?s?|app store|google play)\b/,
    link: {},
    maxChars: 250,
    reason: "Publicité pour l'application dans le corps du texte",
  },
  // Presque tous : « Suivez-nous sur X », « Suivez <Site> sur Google Actualités ».
  {
    id: 'fr-suivez-nous',
    langs: FR,
    text: new RegExp(`^(?:suivez|rejoignez|retrouvez)(?:-nous| [\\w.'-]+(?: [\\w.'-]+){0,3}) (?:sur|via) ${RESEAUX}\\b`),
    maxChars: 250,
    reason: 'Invitation à suivre le site sur les réseaux sociaux',
  },
];

export const FR_WORDS = {
  invite: [
    'consultez', 'decouvrez', 'lisez', 'retrouvez', 'abonnez-vous', 'inscrivez-vous', 'visitez', 'rendez-vous',
    'suivez', 'regardez', 'ecoutez', 'telechargez', 'cliquez', 'rejoignez', 'explorez', 'parcourez', 'ne manquez pas',
    'pour en savoir plus', 'apprenez',
  ],
} as const satisfies PromoWords;
