import type { FurnitureWords } from '../types';

/** French furniture words: Le Monde, Le Figaro, Libération, Ouest-France, sites WordPress. */
export const FR_FURNITURE: FurnitureWords = {
  leads: {
    caption: ['Photo :', 'Photos :', 'Photo d’illustration', 'Crédit :', 'Crédits :', 'Crédit photo', 'Crédits photo', 'Crédits photos', 'Image :', 'Illustration :', 'Légende :', 'Source photo', '(Photo :', 'Agrandir', 'Voir l’image'],
    byline: ['Source :', 'Par ', 'Propos recueillis par', 'Rédigé par', 'Écrit par', 'Publié par', 'Auteur :', 'Auteurs :', 'Texte :', 'Voir tous les articles de', 'Tous les articles de'],
    dateline: ['Mis à jour', 'Publié le', 'Publié :', 'Publié à', 'Modifié le', 'Dernière mise à jour', 'Date :', 'Posté le', 'Article publié le', 'Initialement publié'],
    'reading-time': ['Temps de lecture', 'Lecture :', 'Durée de lecture'],
    copyright: ['Copyright', 'Tous droits réservés', 'Toute reproduction', 'Reproduction interdite'],
    comments: ['Commentaires', 'Aucun commentaire', 'Laisser un commentaire', 'Laissez un commentaire', 'Ajouter un commentaire', 'Réagir', 'Réagissez', 'Les commentaires sont fermés', 'Vous devez être connecté', 'Ce site utilise Akismet', 'Voir les commentaires', 'Charte de modération'],
    consent: ['Contenu externe', 'Ce contenu est bloqué', 'Pour afficher ce contenu', 'Ce site utilise des cookies', 'Nous utilisons des cookies', 'En poursuivant votre navigation', 'Accepter les cookies', 'Paramétrer les cookies', 'Gérer les cookies', 'Afficher le contenu'],
    'script-note': ['Chargement', 'Charger plus', 'Veuillez activer JavaScript', 'Activez JavaScript', 'JavaScript est désactivé', 'Votre navigateur ne prend pas en charge'],
    toc: ['Sommaire', 'Table des matières', 'Dans cet article :', 'Aller à'],
    share: ['Partager', 'Partagez', 'Partager cet article', 'Partager sur', 'Imprimer', 'Envoyer par e-mail', 'Cet article vous a-t-il été utile', 'Cet article vous a plu', 'Notez cet article', 'Évaluer cet article', 'Ajouter aux favoris'],
    tags: ['Mots-clés', 'Mots clés', 'Étiquettes', 'Tags :', 'Thèmes :', 'Sujets :', 'Catégorie :', 'Catégories :', 'Classé dans', 'Publié dans', 'Rubrique :'],
    disclaimer: ['Cet article contient des liens', 'Liens affiliés', 'Les propos tenus', 'Cet article a été initialement publié', 'Cet article est paru', 'Avertissement :'],
    'author-bio': ['À propos de l’auteur', 'À propos de l’autrice', 'À propos des auteurs'],
    breadcrumb: ['Retour à', 'Retour au', 'Retour aux', 'Vous êtes ici', 'Accueil >', 'Accueil /', 'Accueil »', 'Accueil ›'],
  },
  labels: {
    comments: ['commentaires', 'commentaire', 'reagir', 'reactions', 'discussion'],
    share: ['partager', 'imprimer', 'envoyer', 'favoris', 'enregistrer', 'copier le lien', 'partager cet article'],
    toc: ['sommaire', 'table des matieres', 'dans cet article'],
    breadcrumb: ['retour', 'accueil', 'article precedent', 'article suivant'],
    tags: ['mots-cles', 'mots cles', 'etiquettes', 'themes', 'sujets', 'tags'],
    'author-bio': ["a propos de l'auteur", "a propos de l'autrice", 'auteur', 'autrice', 'auteurs'],
    caption: ['agrandir', 'voir la galerie', 'fermer', 'zoom'],
  },
  months: [
    'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
    'janv', 'févr', 'fév', 'avr', 'juil', 'sept', 'oct', 'nov', 'déc',
    'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  ],
};
