/**
 * German promo rules. Data only; normalisation makes umlauts and case irrelevant ("Lesen Sie auch" = "lesen sie auch").
 */
import type { PromoRule, PromoWords } from '../types';

const DE = ['de'] as const;

export const DE_RULES: readonly PromoRule[] = [
  // Spiegel, Zeit, FAZ, heise ("Lesen Sie auch", "Mehr zum Thema").
  {
    id: 'de-lesen-sie-auch',
    langs: DE,
    lead: [
      'Lesen Sie auch', 'Lesen Sie mehr', 'Lesen Sie hier', 'Lies auch', 'Lies hier', 'Auch lesen:', 'Auch interessant', 'Mehr zum Thema',
      'Mehr dazu:', 'Weiterlesen:', 'Siehe auch:', 'Das könnte Sie auch interessieren', 'Das könnte dich auch interessieren',
      'Das Thema könnte dich auch interessieren', 'Das Thema könnte Sie auch interessieren', 'Zum Weiterlesen', 'Passend dazu:',
      'Lesetipp:', 'Lesetipps:', 'Schon gelesen?', 'Auch spannend:', 'Ebenfalls interessant:', 'Empfehlung der Redaktion:', 'Mehr lesen:',
    ],
    maxChars: 300,
    box: true,
    thenLinks: true,
    reason: 'Links zu anderen Artikeln im Text',
  },
  // Überschriften von Linklisten im Text: Typo3- und WordPress-Plugins, Regionalzeitungen ("Weitere Artikel",
  // "Das könnte dich auch interessieren", "Meistgelesen").
  {
    id: 'de-related-heading',
    langs: DE,
    label: [
      'weitere artikel', 'weitere beitrage', 'weitere beitrage zum thema', 'beitrage zum thema', 'artikel zum thema', 'mehr zum thema',
      'weiterfuhrende links', 'weiterfuhrender link', 'weiterfuhrende artikel', 'empfohlene beitrage', 'empfohlene artikel', 'empfehlungen',
      'meistgelesen', 'meistgelesene artikel', 'meistdiskutiert', 'meistdiskutierte artikel', 'meist gelesen', 'meist-diskutiert',
      'neueste artikel', 'neueste beitrage', 'aktuelle beitrage', 'ahnliche beitrage', 'ahnliche artikel', 'verwandte artikel',
      'verwandte beitrage', 'siehe auch', 'das konnte sie auch interessieren', 'das konnte dich auch interessieren', 'auch interessant',
      'mehr aus dem ressort', 'mehr zu diesem thema', 'top-artikel', 'top themen', 'entdecke weitere', 'entdecken sie jetzt', 'noch mehr',
      'lesen sie auch', 'auch lesenswert', 'mehr themen', 'weitere themen', 'das konnte sie interessieren', 'andere leser interessierten sich auch fur',
      'heute empfehlen wir', 'unsere empfehlung', 'unsere empfehlungen', 'empfehlungen der redaktion', 'das konnte dir auch gefallen',
    ],
    box: true,
    thenLinks: true,
    reason: 'Links zu anderen Artikeln im Text',
  },
  // "Siehe auch <verlinkter Titel>" ohne Doppelpunkt: ein Verweis auf einen anderen Artikel.
  {
    id: 'de-siehe-auch-link',
    langs: DE,
    lead: ['Siehe auch', 'Lies auch', 'Lesen Sie auch'],
    link: {},
    maxChars: 400,
    reason: 'Links zu anderen Artikeln im Text',
  },
  // Überschriften von Linkkästen, die ihr Thema nennen: "Weitere Beiträge aus der Kolumne", "Mehr zu Klima".
  {
    id: 'de-mehr-ueberschrift',
    langs: DE,
    lead: ['Weitere Beiträge', 'Weitere Artikel', 'Weitere Nachrichten', 'Weitere Meldungen', 'Mehr zu', 'Mehr aus', 'Mehr von', 'Mehr Artikel', 'Mehr Nachrichten', 'Noch mehr', 'Entdecke weitere', 'Entdecken Sie weitere', 'Auch auf', 'Auch interessant', 'Das könnte', 'Meistgelesen', 'Neueste', 'Aktuelle Artikel', 'Beliebte Artikel', 'Ähnliche'],
    headingOnly: true,
    maxChars: 80,
    thenLinks: true,
    reason: 'Links zu anderen Artikeln im Text',
  },
  // Bezahlschranken und Unterstützungsaufrufe im Text (Abo-Hinweise, Spendenaufrufe kleiner Magazine).
  {
    id: 'de-abo',
    langs: DE,
    lead: [
      'Dieser Artikel ist nur für Abonnenten', 'Dieser Artikel ist exklusiv für', 'Weiterlesen mit', 'Jetzt weiterlesen', 'Mit Plus weiterlesen',
      'Sie haben bereits ein Abo', 'Sie sind bereits Abonnent', 'Unterstütze uns', 'Unterstützen Sie uns', 'Unterstützen Sie unseren',
      'Unterstütze unseren', 'Werden Sie Mitglied', 'Jetzt Mitglied werden', 'Gefällt dir unser', 'Gefällt Ihnen unser', 'Jetzt abonnieren',
      'Jetzt kostenlos testen', 'Digital-Abo', 'Jetzt Abo abschließen',
    ],
    maxChars: 600,
    box: true,
    reason: 'Abo- oder Unterstützungsaufruf im Text',
  },
  {
    id: 'de-video-embed',
    langs: DE,
    lead: ['Ansehen:', 'Video:', 'Im Video:', 'Sehen Sie:', 'Anschauen:'],
    maxChars: 300,
    embed: 'required',
    reason: 'Eigenwerbung: ein Video mit eingebettetem Player',
  },
  {
    id: 'de-newsletter',
    langs: DE,
    lead: ['Abonnieren Sie', 'Melden Sie sich', 'Jetzt anmelden', 'Jetzt abonnieren', 'Newsletter:', 'Unser Newsletter', 'Holen Sie sich'],
    text: /\b(?:newsletters?|postfach|e-mail)\b/,
    maxChars: 400,
    box: true,
    reason: 'Newsletter-Anmeldung im Text',
  },
  {
    id: 'de-anzeige',
    langs: DE,
    lead: ['Anzeige:', 'Gesponsert:', 'Sponsored:', 'Werbung:', 'In Kooperation mit'],
    maxChars: 400,
    box: true,
    reason: 'Werbung im Text',
  },
  // Einzelne Kennzeichnungen: "Anzeige" (Spiegel, heise).
  {
    id: 'de-kennzeichnung-anzeige',
    langs: DE,
    label: ['anzeige', 'werbung', 'gesponsert', 'advertorial'],
    box: true,
    reason: 'Werbekennzeichnung im Text',
  },
  {
    id: 'de-folgen-sie-uns',
    langs: DE,
    text: /^folgen sie (?:uns|[\w.'-]+(?: [\w.'-]+){0,3}) (?:auf|bei) (?:twitter|x|facebook|instagram|linkedin|threads|bluesky|mastodon|tiktok|youtube|telegram|whatsapp)\b/,
    maxChars: 250,
    reason: 'Aufforderung, der Seite in sozialen Netzwerken zu folgen',
  },
];

export const DE_WORDS = {
  invite: ['lesen sie', 'entdecken sie', 'besuchen sie', 'abonnieren sie', 'folgen sie', 'sehen sie', 'horen sie', 'melden sie sich', 'laden sie', 'erfahren sie', 'schauen sie'],
} as const satisfies PromoWords;
