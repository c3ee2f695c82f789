import type { FurnitureWords } from '../types';

/** German furniture words: Spiegel, Zeit, FAZ, SZ, heise, dpa-Texte, WordPress- und Typo3-Themes. */
export const DE_FURNITURE: FurnitureWords = {
  leads: {
    caption: ['Foto:', 'Fotos:', 'Foto von', 'Bild:', 'Bilder:', 'Bildquelle', 'Bildnachweis', 'Bildrechte', 'Bildunterschrift', 'Titelbild:', 'Beitragsbild', 'Headerbild', 'Symbolbild', 'Symbolfoto', 'Fotocredit', 'Abbildung:', 'Grafik:', 'Illustration:', 'Quelle: Getty', 'Copyright Foto', '(Foto:', '(Bild:', 'Vergrößern', 'Zum Vergrößern', 'Bild anzeigen', 'Bild vergrößern'],
    byline: ['Quelle:', 'Von ', 'Ein Beitrag von', 'Autor:', 'Autorin:', 'Autoren:', 'Text:', 'Text von', 'Geschrieben von', 'Verfasst von', 'Zeige alle Beiträge von', 'Alle Beiträge von', 'Artikel von', 'Redaktion:', 'Interview:', 'Kommentar von'],
    dateline: ['Aktualisiert', 'Zuletzt aktualisiert', 'Veröffentlicht', 'Erstveröffentlichung', 'Publiziert', 'Erstellt am', 'Erstellt:', 'Erschienen am', 'Erschienen:', 'Stand:', 'Datum:', 'Geändert am', 'Zuletzt geändert', 'Letzte Aktualisierung', 'Der Beitrag wurde am', 'Dieser Beitrag wurde am', 'Dieser Eintrag wurde', 'Gepostet am', 'Gepostet von', 'Eingestellt am', 'Online seit'],
    'reading-time': ['Lesezeit', 'Lesedauer', 'Geschätzte Lesezeit'],
    copyright: ['Copyright', 'Alle Rechte vorbehalten', 'Sofern nicht anders ausgewiesen', 'Dieser Text wurde veröffentlicht unter', 'Dieses Werk ist lizenziert', 'Nachdruck nur mit'],
    comments: ['Kommentare', 'Keine Kommentare', 'Kommentar schreiben', 'Kommentare schreiben', 'Kommentar verfassen', 'Schreibe einen Kommentar', 'Hinterlasse einen Kommentar', 'Einen Kommentar hinterlassen', 'Kommentare geschlossen', 'Die Kommentarfunktion', 'Kommentarfunktion', 'Du musst eingeloggt sein', 'Sie müssen angemeldet sein', 'Diese Website verwendet Akismet', 'Diese Seite verwendet Akismet', 'Kommentieren', 'Kommentarfeed', 'Leserkommentare', 'Zu den Kommentaren', 'Netiquette', 'Bitte teilen Sie uns', 'Teilen Sie uns Ihre', 'Schreiben Sie uns Ihre Meinung', 'Ihre Meinung ist gefragt'],
    consent: ['Externer Inhalt', 'Externe Inhalte', 'Empfohlener externer Inhalt', 'Klicken Sie auf den unteren Button, um den Inhalt', 'Klicke auf den unteren Button, um den Inhalt', 'Klicken Sie auf den Button, um den Inhalt', 'Mit dem Laden des Inhalts', 'Mit dem Klick auf', 'Inhalt laden', 'Inhalte laden', 'Wir respektieren deine Privatsphäre', 'Wir respektieren Ihre Privatsphäre', 'Diese Webseite verwendet Cookies', 'Diese Website verwendet Cookies', 'Wir verwenden Cookies', 'Wir nutzen Cookies', 'Hier finden Sie einen externen Inhalt', 'Ich bin damit einverstanden', 'Ich bin mit der Verarbeitung', 'Datenschutzeinstellungen', 'Cookie-Einstellungen'],
    'script-note': ['Lade weitere', 'Wird geladen', 'Mehr laden', 'Bitte aktivieren Sie JavaScript', 'Bitte aktiviere JavaScript', 'JavaScript ist deaktiviert', 'Ihr Browser unterstützt'],
    toc: ['Inhaltsverzeichnis', 'Springe zu', 'In diesem Artikel:', 'Auf dieser Seite:'],
    share: ['Teilen:', 'Artikel teilen', 'Diesen Artikel teilen', 'Beitrag teilen', 'Seite teilen', 'Jetzt teilen', 'Möchten Sie den Artikel teilen', 'Artikel gefallen', 'Hat Ihnen der Artikel gefallen', 'Hat dir der Artikel gefallen', 'Hat dir dieser Beitrag gefallen', 'Gefällt dir dieser Beitrag', 'War der Artikel nützlich', 'War dieser Artikel hilfreich', 'War dieser Beitrag hilfreich', 'Wie hilfreich war', 'Artikel bewerten', 'Beitrag bewerten', 'Hier können Sie den Artikel bewerten', 'Bewerten Sie diesen', 'Bewerte diesen', 'Sterne anklicken', 'Noch keine Bewertungen', 'Rezept drucken', 'Artikel drucken', 'Seite drucken', 'Als PDF herunterladen', 'Artikel merken', 'Per E-Mail versenden', 'Den Artikel mit anderen teilen', 'Bei Pinterest speichern', 'Link kopieren'],
    tags: ['Schlagwörter', 'Schlagworte', 'Stichwörter', 'Stichworte', 'Themen:', 'Tags:', 'Kategorie:', 'Kategorien:', 'Rubrik:', 'Abgelegt unter', 'Veröffentlicht in', 'Veröffentlicht unter', 'Weitere Themen:', 'Mehr Themen:'],
    disclaimer: ['Dieser Beitrag stammt aus', 'Dieser Artikel stammt aus', 'Dieser Text stammt aus', 'Zitiervorschlag', 'Zitierweise', 'Hinweis: Dieser Beitrag', 'Dieser Beitrag enthält Werbung', 'Enthält Werbung', 'Werbung. Dieser', 'Anzeige. Dieser', 'Transparenzhinweis', 'Affiliate-Link', 'Affiliate-Links', 'Bei den Verlinkungen handelt es sich', 'Bei den mit', 'Für Links auf dieser Seite erhält', 'Links auf dieser Seite', 'Dieser Beitrag gibt die Meinung', 'Dieser Text gibt die Meinung', 'Bei diesem Beitrag handelt es sich um', 'Dieser Text entspricht den Vorgaben', 'Dieser Artikel wurde zuerst', 'Dieser Beitrag erschien zuerst', 'Dieser Artikel erschien zuerst', 'Der Artikel erschien zuerst', 'Haftungsausschluss', 'Offenlegung:'],
    'author-bio': ['Über den Autor', 'Über die Autorin', 'Über die Autoren', 'Über mich', 'Zur Autorin', 'Zum Autor', 'Zur Person'],
    breadcrumb: ['Zurück zur', 'Zurück zum', 'Zurück zu', 'Sie sind hier:', 'Du bist hier:', 'Startseite >', 'Startseite /', 'Startseite »', 'Start >', 'Home >', 'Home »', '> Home'],
  },
  labels: {
    comments: ['kommentare', 'kommentar', 'diskussion', 'leserkommentare', 'antworten'],
    share: ['teilen', 'drucken', 'merken', 'versenden', 'artikel teilen', 'seite teilen', 'beitrag teilen', 'e-mail', 'mail', 'link kopieren', 'drucken'],
    toc: ['inhalt', 'inhaltsverzeichnis', 'inhaltsubersicht', 'auf dieser seite'],
    breadcrumb: ['zuruck', 'startseite', 'vorheriger artikel', 'nachster artikel', 'vorheriger beitrag', 'nachster beitrag', 'weiter', 'zur ubersicht'],
    tags: ['schlagworter', 'schlagworte', 'themen', 'tags', 'stichworter', 'stichworte', 'kategorien'],
    'author-bio': ['uber den autor', 'uber die autorin', 'uber die autoren', 'autor', 'autorin', 'autoren', 'zur person', 'zum autor', 'zur autorin'],
    caption: ['vergrossern', 'bild vergrossern', 'zoom', 'bild anzeigen', 'bild schliessen', 'galerie offnen', 'schliessen'],
  },
  months: [
    'januar', 'jänner', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember',
    'jan', 'feb', 'mär', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dez',
    'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonnabend', 'sonntag', 'mo', 'di', 'mi', 'do', 'fr', 'sa', 'so',
  ],
};
