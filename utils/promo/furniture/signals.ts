/**
 * The signals of page furniture that are not words of a language: class names, credit and copyright
 * patterns, and lines that are only a date. Data, like the promo rules; find.ts applies them.
 */
import type { FurnitureKind } from './types';

/**
 * Class, id and role terms (shape.ts: names split at "-", "_" and camelCase) of a block or of a small box
 * around it, by kind, tried in this order. WordPress ("wp-caption-text", "entry-meta", "sharedaddy"),
 * Typo3 ("csc-textpic-caption"), Drupal ("field--name-field-tags"), news CMSs ("article__byline",
 * "c-article-meta", "ReadTime"), and the German "Bildunterschrift". Whole terms only: "date" matches
 * "post-date" and "date" but not "update"; WordPress' per-post classes ("tag-berlin", "category-news")
 * name no box and are not listed.
 */
export const SHAPES: readonly { kind: FurnitureKind; shape: RegExp }[] = [
  { kind: 'caption', shape: /^(?:caption|captions|figcaption|wp-caption-text|caption-text|credit|credits|photo-credit|image-credit|img-credit|photocredit|legend|cutline|bildunterschrift|bildnachweis|bildquelle|bu|imagedescription|image-description|img-description|image-annotation|img-metadata|image-meta|image-source|photo-source|picture-credit|media-credit|image-copyright|foto-credit|fotocredit)$/ },
  { kind: 'reading-time', shape: /^(?:reading-time|read-time|readtime|reading-duration|lesezeit|lesedauer)$/ },
  { kind: 'author-bio', shape: /^(?:author-bio|author-box|about-author|author-description|author-details|author-info|authorbox|biography|bio|saboxplugin|post-author|entry-author-info|author-card|autorenbox|autor-box)$/ },
  { kind: 'byline', shape: /^(?:byline|by-line|bylines|article-byline|author|authors|author-name|article-author|autor|autoren|writer|contributor|contributors)$/ },
  { kind: 'dateline', shape: /^(?:dateline|date|dates|timestamp|published|pubdate|publish-date|published-date|post-date|entry-date|article-date|date-published|updated-date|date-updated|datum|meta|metadata|post-meta|entry-meta|article-meta|postmetadata|entry-utility|post-info|article-info|article-infos|meta-info|infoline|entry-footer|post-footer|article-footer)$/ },
  { kind: 'breadcrumb', shape: /^(?:breadcrumb|breadcrumbs|bread-crumb|bread-crumbs|breadcrumb-navigation|crumbs)$/ },
  { kind: 'toc', shape: /^(?:toc|table-of-contents|ez-toc|toc-container|lwptoc|inhaltsverzeichnis)$/ },
  { kind: 'tags', shape: /^(?:kicker|overline|eyebrow|rubric|rubrik|dachzeile|section-label|topic-label|tags|tag-list|tags-list|tagcloud|tag-cloud|post-tags|entry-tags|article-tags|keywords|categories|category-list|cat-links|tags-links|topics|topic-list|schlagworte|schlagwoerter)$/ },
  { kind: 'share', shape: /^(?:share|shares|sharing|share-buttons|social-share|sharedaddy|shariff|social-buttons|share-bar|sharebar|print|print-button|rating|ratings|star-rating|post-ratings|rating-stars|vote|voting|bookmark|feedback|article-tools|utility-bar|heateor|addtoany|a2a)$/ },
  { kind: 'disclaimer', shape: /^(?:disclaimer|disclosure|affiliate-text|affiliate-disclaimer|aawp-disclaimer|editorial-disclaimer|community-notice|licence-info|license-info|licenceinfo|article-reviewed|haftungsausschluss)$/ },
  { kind: 'comments', shape: /^(?:comment|comments|comment-respond|respond|comment-form|comments-area|discussion|kommentare|disqus|akismet|comment-list)$/ },
  { kind: 'consent', shape: /^(?:consent|cookie|cookies|gdpr|privacy-placeholder|content-blocker|brlbs|borlabs|embed-consent|third-party|third-party-services|external-content|embed-privacy)$/ },
];

/**
 * A caption's credit at its end: "… im Abendrot. Bild: TebNad/Shutterstock.com", "… © AFP / Marco
 * Bertorello", "(mlharing / iStock.com)". Tested on the normalised text of short blocks only.
 */
const AGENCIES = 'dpa|afp|ap|reuters|getty ?images|getty|shutterstock(?:\\.com)?|istock(?:photo)?(?:\\.com)?|picture[- ]alliance|imago(?: images)?|keystone|epa|sid|unsplash|pixabay|pexels|adobe ?stock|fotolia|wenn\\.com|abaca|pap|kna|epd|ddp|xinhua|efe|ansa|anp|belga|apa|sda|zuma|alamy|bestimage|dapd|action press|ullstein|sipa';
export const CREDIT_AT_END = new RegExp(
  `(?:(?:^|[\\s(])(?:foto|fotos|bild|bilder|photo|photos|image|credit|credits|credito|creditos)\\s*:|©|\\(c\\))\\s*[^.!?]{2,80}\\)?\\s*$|[(/]\\s*[^()]{0,40}\\b(?:${AGENCIES})\\b[^()]{0,40}\\)?\\s*$`,
);
/**
 * A line that is only a credit: an agency beside a slash, "AFP / MARCO BERTORELLO", "Augusta National/Getty
 * Images", "aja/PAP".
 */
export const CREDIT_ONLY = new RegExp(`^[^.!?]{0,50}(?:\\b(?:${AGENCIES}) ?/|/ ?(?:${AGENCIES})\\b)[^.!?]{0,50}$`);
/** A caption credit is short. */
export const CREDIT_MAX_CHARS = 250;

/** A server's error left in the page: "Warning: Creating default object … in /www/htdocs/… on line 12". */
export const SERVER_ERROR = /^(?:warning|notice|deprecated|fatal error|parse error)\s*:.{0,300}\bon line \d+/;
/** "Dieses Skript als PDF herunterladen", "Download as PDF": a download button's line. */
export const PDF_DOWNLOAD = /\b(?:als pdf (?:herunterladen|downloaden|speichern)|pdf (?:herunterladen|download)|(?:download|telecharger|descargar)(?: (?:as|en|como|the|le|el))? pdf)\b/;
export const PDF_DOWNLOAD_MAX_CHARS = 80;

/** Copyright and licence lines: "© 2020 CBS Interactive Inc. All Rights Reserved." */
export const COPYRIGHT = /^(?:©|\(c\) ?\d|copyright\b)|©\s*(?:19|20)\d\d|\b(?:all rights reserved|alle rechte vorbehalten|tous droits reserves|todos los derechos reservados|todos os direitos reservados|riproduzione riservata)\b/;
export const COPYRIGHT_MAX_CHARS = 300;

/** "4 Min Read", "3 min de lecture", "5 Minuten Lesezeit": a reading-time line. */
export const READING_TIME = /^(?:ca\.? )?\d+(?: ?[-–] ?\d+)? ?(?:min\.?|mins|minute|minutes|minuten|minutos|minuti)\.? (?:read|reading|reading time|lesezeit|lesedauer|de lecture|lectura|de lectura|di lettura|leestijd)$/;

/** A date or a time in digits: "03.04.2020", "2021-10-16", "5/3/21", "15:49", "10:00am". */
export const DATE_DIGITS = /^(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{2}|\d{4})|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[:.h]\d{2}(?:am|pm|h|uhr)?)$/;
/** A number that may be a day or a year beside a month name: "6", "2014", "1er", "22nd". */
export const DAY_OR_YEAR = /^(?:\d{1,2}(?:st|nd|rd|th|er|e)?|(?:19|20)\d\d)$/;
export const DATE_LINE_MAX_CHARS = 80;
/** Words a dateline may hold besides the date, in every language (normalised). */
export const DATE_FILLERS = [
  'am', 'pm', 'at', 'on', 'of', 'the', 'est', 'edt', 'pst', 'pdt', 'gmt', 'utc', 'bst', 'cet', 'cest', 'et', 'pt',
  'updated', 'published', 'posted', 'uhr', 'um', 'den', 'vom', 'mez', 'mesz', 'aktualisiert', 'veroffentlicht', 'publiziert',
  'stand', 'erstellt', 'le', 'a', 'h', 'mis', 'jour', 'publie', 'modifie', 'de', 'del', 'las', 'hs', 'hrs', 'em', 'as',
  'actualizado', 'publicado', 'atualizado', 'opublikowano', 'aggiornato', 'pubblicato', 'bijgewerkt', 'gepubliceerd',
];
