/**
 * Language-independent rules: the SHAPE of a block or of its box (class, id, role), and labels that read
 * the same in every language. Shape tokens are class names and ids split at "-", "_" and camelCase,
 * lower-cased: "inline-newsletter-box", "relatedArticles" → ["inline","newsletter","box"], ["related","articles"].
 * A shaped ancestor is hidden whole only when it is a small box (see box.ts): never the article root,
 * never a container of real paragraphs.
 */
import type { PromoRule } from '../types';

export const COMMON_RULES: readonly PromoRule[] = [
  // The Guardian ("element-rich-link"), Le Figaro ("fig-newsletter-box"), 20 Minutes ("nl-box"), Vox, Axios.
  {
    id: 'shape-newsletter',
    langs: 'all',
    shape: /^(?:newsletters?|nl|signup|sign-up|optin|opt-in|subscribe-box|newsletter-box|newsletter-signup|email-signup|inscription-newsletter)$/,
    reason: 'Newsletter sign-up box inside the article',
  },
  // Le Monde ("catcher"), The Guardian ("rich-link"), WordPress "related posts" plugins. Not "read-more"
  // (Lifehacker's "Read more" links continue a quoted post) nor "see-also" (Wikipedia's section anchors).
  {
    id: 'shape-related',
    langs: 'all',
    shape: /^(?:related|rich-link|richlink|read-also|lire-aussi|a-lire-aussi|also-read|catcher|inline-related|related-links|related-content|related-posts|related-articles|more-stories|recirculation|recirc|next-post|nextstory|next-story|next-article|post-navigation|prev-next)$/,
    reason: 'Links to other stories, inside the article',
  },
  // Native-ad networks and sponsored inserts: Outbrain, Taboola, "sponsored-content", "partner-content".
  {
    id: 'shape-sponsored',
    langs: 'all',
    shape: /^(?:sponsor|sponsored|sponsorise|sponsored-content|partner-content|paid-content|paid-post|advertorial|native-ad|outbrain|taboola|ob-widget|zergnet|promoted-content|promoted-links|promoted-stories|brand-content|branded-content)$/,
    reason: 'Sponsored insert inside the article',
  },
  // Ad slots left inside the body: "ad", "ad-slot", "advert", "dfp", "gpt-ad". Not "pub": QQ's
  // publication time is "pubTime".
  {
    id: 'shape-advert',
    langs: 'all',
    shape: /^(?:ad|ads|adslot|ad-slot|ad-container|ad-wrapper|ad-unit|advert|adverts|advertisement|advertising|adsense|dfp|gpt-ad|publicite|banniere-pub|inread|teads)$/,
    reason: 'Advertising slot inside the article',
  },
  // House promotions: "promo", "house-ad", "cta-box" (Bloomberg, Reuters, WordPress "promo-box" themes).
  // Not a bare "cta": Yahoo's comment box has a "login-cta".
  {
    id: 'shape-promo',
    langs: 'all',
    shape: /^(?:promo|promos|promotion|promotional|house-ad|house-promo|inline-promo|promo-box|cta-box|call-to-action|app-promo|podcast-promo|follow-us|social-follow)$/,
    reason: 'House promotion box inside the article',
  },
  // "Join our WhatsApp channel", "¿Ya sabías que tenemos canal de Telegram?", "Folgen Sie unserem WhatsApp-Kanal":
  // the site's own channel on a messaging or video network, linked (Guatemala.com, NDTV, regional German papers).
  {
    id: 'channel-plug',
    langs: 'all',
    text: /\b(?:our|nuestro|nuestra|unser(?:em|en)?|notre|nosso|nossa|il nostro)\b.{0,40}\b(?:whatsapp|telegram|youtube|google news)\b.{0,20}\b(?:channel|canal|kanal|chaine)\b|\b(?:channel|canal|kanal|chaine)\b.{0,20}\b(?:whatsapp|telegram|youtube)\b/,
    link: {},
    maxChars: 200,
    reason: 'Invitation to follow the site on a messaging or video channel',
  },
];
