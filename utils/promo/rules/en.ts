/**
 * English promo rules. Data only: each rule names the sites that made it necessary.
 * Phrases are written as pages print them; they are normalised (case, accents, quotes, spacing) when
 * compiled, so "READ MORE :" and "Read more:" are the same phrase.
 */
import type { PromoRule, PromoWords } from '../types';

const EN = ['en'] as const;

/** Social networks a "follow us" line points to. */
const NETWORKS = '(?:twitter|x|facebook|instagram|linkedin|threads|bluesky|mastodon|tiktok|youtube|telegram|whatsapp|google news|flipboard)';

export const EN_RULES: readonly PromoRule[] = [
  // CoinGeek closes every AI story with this plug for its own coverage (coingeek.com, 2023–2024).
  {
    id: 'en-coingeek-ai-law',
    langs: EN,
    lead: ['In order for artificial intelligence (AI) to work right within the law'],
    reason: 'House ad: invites you to more {site} coverage',
  },
  // CoinGeek: "New to blockchain? Check out CoinGeek's Blockchain for Beginners section…".
  {
    id: 'en-new-to-blockchain',
    langs: EN,
    lead: ['New to blockchain?', 'New to Bitcoin?', 'New to crypto?'],
    reason: 'House ad: invites you to another {site} section',
  },
  // CoinGeek, CNBC, Fox Business: "Watch: <title>" above an embedded video.
  {
    id: 'en-watch-embed',
    langs: EN,
    lead: ['Watch:', 'Watch now:', 'Watch the video:', 'Video:', 'Watch |', 'WATCH -'],
    maxChars: 300,
    embed: 'required',
    reason: 'House ad: a video plug with its embedded player',
  },
  // CoinGeek prints the "Watch:" line even when the player fails to load: a line that is only a link.
  {
    id: 'en-watch-link',
    langs: EN,
    lead: ['Watch:', 'Watch now:'],
    link: { href: /\/\/(?:www\.|m\.)?(?:youtube\.com|youtu\.be|vimeo\.com|dailymotion\.com)\// },
    maxChars: 300,
    embed: 'optional',
    reason: 'House ad: a video plug',
  },
  // The Guardian, BBC, Daily Mail, Fox News, The Independent: inline links to other stories.
  {
    id: 'en-read-more',
    langs: EN,
    lead: [
      'Read more:', 'Read more |', 'Read more -', 'Read more from', 'Read also:', 'Also read:', 'Read also', 'Read next:',
      'Related:', 'Related coverage:', 'Related story:', 'Related stories:', 'Related article:', 'Related articles:',
      'Related reading:', 'Related content:', 'More:', 'More on this story:', 'More on this:',
      'Recommended:', 'Recommended reading:', "Don't miss:", 'Must read:', 'Further reading:',
      'Trending:', 'Popular:', 'Up next:', 'Next up:',
    ],
    maxChars: 300,
    box: true,
    thenLinks: true,
    reason: 'Link to other stories, inside the article',
  },
  // Headings of link boxes left inside the body: eHow ("Related Searches"), WordPress related-posts plugins.
  {
    id: 'en-related-heading',
    langs: EN,
    label: [
      'related', 'related searches', 'related articles', 'related stories', 'related content', 'related coverage', 'read more',
      'read next', 'more stories', 'more from', 'you may also like', 'you might also like', 'recommended for you',
      'recommended', 'more on this story', 'trending now', 'most popular', 'most read', 'more to explore',
    ],
    box: true,
    thenLinks: true,
    reason: 'Links to other stories, inside the article',
  },
  // Paywall notices and membership pitches left in the body (The Haitian Times, The Atlantic, small magazines).
  {
    id: 'en-subscribe-pitch',
    langs: EN,
    lead: [
      'To view the full story', 'To continue reading', 'Subscribe to continue', 'Subscribe to read', 'This article is for subscribers',
      'This content is for subscribers', 'This story is available to subscribers', 'Already a subscriber?', 'Already have an account?',
      'Become a member', 'Become a subscriber', 'Support our journalism', 'Support independent journalism', 'Support our work',
      'We need your help', 'If you enjoyed reading this', 'If you value our', 'Please consider supporting', 'Donate now', 'Subscribe today',
      'Subscribe now to', "If you're seeing this message", 'First-time subscribers', 'Log in to continue reading', 'Sign in to continue reading',
    ],
    maxChars: 600,
    box: true,
    reason: 'Subscription or support pitch inside the article',
  },
  // Titles of link boxes that name their topic: "More from Business", "More stories about energy".
  {
    id: 'en-more-heading',
    langs: EN,
    lead: ['More from', 'More on', 'More about', 'More stories', 'More news', 'More articles', 'Related stories', 'Related articles', 'Read more about', 'Recommended for you', 'Most read', 'Most popular', 'Latest news', 'Latest stories', 'Also on', 'Discover more', 'Explore more'],
    headingOnly: true,
    maxChars: 80,
    thenLinks: true,
    reason: 'Links to other stories, inside the article',
  },
  // CNET, CBS: a house video player inside the body, titled "Now playing: Watch this: …".
  {
    id: 'en-now-playing',
    langs: EN,
    lead: ['Now playing:', 'Watch this:', 'Up next:'],
    maxChars: 300,
    box: true,
    embed: 'optional',
    reason: 'House video plug inside the article',
  },
  // The New York Times: "A version of this article appears in print on … Order Reprints | Today's Paper | Subscribe".
  {
    id: 'en-print-edition',
    langs: EN,
    lead: ['A version of this article appears in print', 'A version of this story appears in print'],
    text: /\bsubscribe\b|\breprints?\b|today's paper/,
    maxChars: 500,
    reason: "Print-edition note with links to {site}'s subscription offers",
  },
  // The Guardian ("Sign up to First Edition, our free daily newsletter"), Axios, Vox, The Verge.
  {
    id: 'en-newsletter',
    langs: EN,
    lead: [
      'Sign up', 'Subscribe to', 'Subscribe now', 'Subscribe for', 'Get our', 'Want more', 'Want to receive',
      'Join our', 'Enter your email', 'Never miss', "Don't miss", 'Stay informed', 'Stay up to date',
      'Like this article? Sign up', 'Newsletter:', 'Free newsletter', 'Get the best of', 'Get updates',
    ],
    text: /\b(?:newsletters?|inbox|briefing|digest|bulletin)\b/,
    maxChars: 400,
    box: true,
    reason: 'Newsletter sign-up box inside the article',
  },
  // Most US outlets: "Sponsored content", "Paid post", "Partner content" labels and inserts.
  {
    id: 'en-sponsored',
    langs: EN,
    lead: ['Sponsored:', 'Sponsored content', 'Sponsored post', 'Sponsored by', 'Paid content', 'Paid post', 'Paid partnership', 'Partner content', 'Promoted content', 'Promoted:', 'Promoted by', 'Presented by'],
    maxChars: 400,
    box: true,
    reason: 'Sponsored insert inside the article',
  },
  // Standalone ad labels ("Advertisement", "Story continues below advertisement"): CNN, NYT, Globe and Mail.
  {
    id: 'en-ad-label',
    langs: EN,
    label: ['advertisement', 'advertisements', 'sponsored', 'ad', 'promoted', 'story continues below advertisement', 'article continues below advertisement', 'continue reading below', 'scroll to continue with content', 'continue reading the main story', 'skip advertisement'],
    box: true,
    reason: 'Advertising label inside the article',
  },
  // NPR, CNN, The Daily: podcast plugs ("Listen to our podcast…", "Subscribe to The Daily on Apple Podcasts").
  {
    id: 'en-podcast',
    langs: EN,
    lead: ['Listen to', 'Listen:', 'Listen now', 'Listen on', 'Subscribe to', 'Follow', 'Hear more', 'Podcast:', 'Tune in'],
    text: /\b(?:podcasts?|apple podcasts|spotify|stitcher|google podcasts)\b/,
    link: {},
    maxChars: 300,
    reason: 'Podcast plug inside the article',
  },
  // App plugs: Bloomberg, Fox News, CNN ("Download our app", "Get the Fox News app").
  {
    id: 'en-app',
    langs: EN,
    lead: ['Download', 'Get the', 'Get our', 'Try the', 'Click here to get the'],
    text: /\b(?:app|apps|app store|google play)\b/,
    link: {},
    maxChars: 250,
    reason: 'App plug inside the article',
  },
  // Fox News, NDTV, Business Insider: "Follow us on X", "Follow <Site> on Google News".
  {
    id: 'en-follow-us',
    langs: EN,
    text: new RegExp(`^(?:follow|like|join) (?:us|@?[\\w.'-]+(?: [\\w.'-]+){0,3})(?: on|:) ${NETWORKS}\\b`),
    maxChars: 250,
    reason: 'Social media plug inside the article',
  },
  // Fox News, Daily Mail: "CLICK HERE TO GET …", "CLICK HERE FOR MORE …" cross-links in capitals.
  {
    id: 'en-click-here',
    langs: EN,
    lead: ['Click here to get', 'Click here for more', 'Click here to read', 'Click here to sign up', 'Click here to subscribe', 'Click here to download'],
    maxChars: 250,
    reason: 'Link to other pages of {site}, inside the article',
  },
];

export const EN_WORDS = {
  invite: [
    'check out', 'read', 'discover', 'explore', 'visit', 'subscribe', 'sign up', 'learn more', 'find out', 'see', 'watch',
    'listen', 'follow', 'join', 'download', 'head to', 'head over to', 'click', 'get', 'catch up', 'browse',
    'take a look', 'dive into', "don't miss",
  ],
} as const satisfies PromoWords;
