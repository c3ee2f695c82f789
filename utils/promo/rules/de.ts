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
    lead: ['Lesen Sie auch', 'Lesen Sie mehr', 'Auch interessant', 'Mehr zum Thema', 'Mehr dazu:', 'Weiterlesen:', 'Siehe auch:', 'Das könnte Sie auch interessieren', 'Zum Weiterlesen', 'Passend dazu:', 'Lesetipp:'],
    maxChars: 300,
    box: true,
    thenLinks: true,
    reason: 'Links zu anderen Artikeln im Text',
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
