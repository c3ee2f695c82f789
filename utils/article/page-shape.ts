/**
 * What a page's address and the shape of its elements say about whether it is one article or a list of
 * them: headline links repeated down the page (each a heading that links elsewhere), cards of <article>
 * elements, long paragraphs, a search or a paginated archive, a table of stock-quote figures. A handful of
 * native queries: this runs on every page the reader opens.
 */
import type { SignalId } from './signal-weights';

/** A headline link reads like a headline: at least this long and this many words. */
const HEADLINE_MIN_CHARS = 15;
const HEADLINE_MIN_WORDS = 3;
/** Distinct headline links from which a page reads as a list of stories (graded). */
const TEASERS_SOME = 6;
const TEASERS_MANY = 12;
const TEASERS_MOST = 24;
/** <article> elements that each hold a headline link: cards of a listing. */
const TEASER_CARDS = 4;
/** A paragraph of an article's body is long, and follows no headline link (a teaser's snippet does). */
const LONG_PARAGRAPH_CHARS = 150;
const LONG_PARAGRAPHS = 3;
/** So many of them: a body of prose, whatever the page holds around it. */
const MANY_LONG_PARAGRAPHS = 8;
/** Labels of a stock quote's figures (th/dt cells), in the languages Lede reads. */
const QUOTE_LABELS = /^(?:market cap(?:italization)?|p\/e(?: ratio)?|eps|dividend(?: yield)?|52[- ]week (?:range|high|low)|previous close|day'?s range|volume|avg\.? volume|beta|open|marktkapitalisierung|kgv|dividende(?:nrendite)?|52-wochen-(?:hoch|tief|spanne)|vortag|schlusskurs vortag|capitalisation(?: boursière)?|per|rendement|clôture précédente|capitalización|volumen)$/i;
const QUOTE_MIN_LABELS = 3;

/** Query parameters and path segments of a site search. */
const SEARCH_PARAMS = ['q', 's', 'query', 'search', 'suche', 'recherche', 'keywords', 'searchterm', 'buscar'];
const SEARCH_SEGMENTS = /^(?:search|suche|recherche|buscar|busqueda|szukaj|zoeken|cerca)$/;
const SEARCH_TITLES = /\b(?:search results|results for|résultats de recherche|résultats pour|suchergebnisse|ergebnisse für|resultados de (?:la )?búsqueda|risultati della ricerca|zoekresultaten|wyniki wyszukiwania)\b/i;
/** "/page/2", "/seite/3", "?page=2": a later page of an archive. */
const PAGINATION_PATH = /\/(?:page|seite|pagina|página|strona|p)\/(?:[2-9]|\d{2,})\/?$/;
/** Path segments of archives: tags, categories, authors, topics, sections. */
const LISTING_SEGMENTS = /^(?:tag|tags|category|categories|kategorie|kategorien|author|authors|autor|autoren|auteur|auteurs|topic|topics|thema|themen|section|sections|rubrique|rubriques|rubrik|archive|archives|archiv|schlagwort|stichwort|dossier|dossiers)$/;
/** A story's address: a slug of three or more words, a date, or a long numeric id. */
const ARTICLE_SLUG = /[\p{L}\p{N}]+[-_][\p{L}\p{N}]+[-_][\p{L}\p{N}]+/u;
const DATE_PATH = /\/(?:19|20)\d\d\/(?:0?[1-9]|1[0-2])\//;
const LONG_ID = /\d{5,}/;

/** The signals of the page's address (none for a file or an address that does not parse). */
export function urlSignals(url: string | null | undefined): SignalId[] {
  let u: URL;
  try {
    u = new URL(url ?? '');
  } catch {
    return [];
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return [];
  const segments = u.pathname.toLowerCase().split('/').filter(Boolean);
  const out: SignalId[] = [];
  if (SEARCH_PARAMS.some((p) => u.searchParams.get(p)) || segments.some((s) => SEARCH_SEGMENTS.test(s))) out.push('search-page');
  if (PAGINATION_PATH.test(u.pathname.toLowerCase()) || Number(u.searchParams.get('page') ?? 0) >= 2) out.push('pagination');
  const last = segments[segments.length - 1] ?? '';
  if (segments.length === 0 || (segments.length === 1 && /^index\.\w+$/.test(last))) out.push('home-url');
  else if (segments.some((s) => LISTING_SEGMENTS.test(s))) out.push('listing-url');
  else if (ARTICLE_SLUG.test(decodeURIComponent(last)) || DATE_PATH.test(u.pathname) || LONG_ID.test(u.pathname)) out.push('article-url');
  return out;
}

/**
 * Distinct targets of the page's headline links (headings that link, or links that hold a heading), and
 * how many <article> elements hold one. Found from the headings, which are far fewer than the links.
 */
function headlineLinks(body: Element): { links: number; cards: number } {
  const targets = new Set<string>();
  const cards = new Set<Element>();
  const add = (a: Element, textOf: Element) => {
    const card = textOf.closest('article');
    if (card && cards.size < TEASER_CARDS) cards.add(card);
    const href = a.getAttribute('href');
    const text = (textOf.textContent ?? '').trim();
    if (!href || href.startsWith('#') || text.length < HEADLINE_MIN_CHARS || text.split(/\s+/).length < HEADLINE_MIN_WORDS) return;
    targets.add(href);
  };
  for (const h of body.querySelectorAll('h1, h2, h3, h4')) {
    const around = h.tagName !== 'H1' ? h.closest('a[href]') : null;
    if (around) add(around, h);
    else for (const a of h.getElementsByTagName('a')) if (a.hasAttribute('href')) add(a, a);
  }
  return { links: targets.size, cards: cards.size };
}

const HEADLINE_LINK = 'h1 a[href], h2 a[href], h3 a[href], h4 a[href], a[href] h2, a[href] h3, a[href] h4';

/** Is the element, or what it holds, a headline link? */
const isHeadlineLink = (el: Element): boolean => el.matches(HEADLINE_LINK) || el.querySelector(HEADLINE_LINK) !== null;

/** A teaser's snippet: a paragraph right under a headline link (its own sibling's, or its parent's). */
function isSnippet(p: Element): boolean {
  for (let el: Element | null = p, up = 0; el && up < 2; el = el.parentElement, up++) {
    const prev = el.previousElementSibling;
    if (prev && isHeadlineLink(prev)) return true;
  }
  return false;
}

/** Chinese, Japanese and Korean characters: each says about what two letters of a Latin script say. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

/** A paragraph's length as if it were written in a Latin script. */
function proseLength(text: string): number {
  if (text.length >= LONG_PARAGRAPH_CHARS || text.length < LONG_PARAGRAPH_CHARS / 2) return text.length;
  return text.length + (text.match(CJK)?.length ?? 0);
}

/**
 * Long paragraphs of prose: <p> elements, and the runs of text that older pages separate with <br><br>
 * inside a <div> (counted as Readability's isProbablyReaderable does), up to MANY_LONG_PARAGRAPHS.
 */
function longParagraphs(body: Element): number {
  let n = 0;
  for (const p of body.getElementsByTagName('p')) {
    if (proseLength(p.textContent ?? '') < LONG_PARAGRAPH_CHARS || p.closest('a, li') || isSnippet(p)) continue;
    if (++n >= MANY_LONG_PARAGRAPHS) return n;
  }
  const seen = new Set<Element>();
  for (const br of body.querySelectorAll('div > br')) {
    const div = br.parentElement!;
    if (seen.has(div)) continue;
    seen.add(div);
    for (let c = div.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3 && (c as Text).data.trim().length >= LONG_PARAGRAPH_CHARS && ++n >= MANY_LONG_PARAGRAPHS) return n;
    }
  }
  return n;
}

function quoteLabels(body: Element): number {
  let n = 0;
  for (const cell of body.querySelectorAll('th, dt')) {
    const t = (cell.textContent ?? '').trim();
    if (t.length <= 30 && QUOTE_LABELS.test(t) && ++n >= QUOTE_MIN_LABELS) break;
  }
  return n;
}

/** The signals of the page's shape and address. */
export function pageShape(doc: Document, url: string | null | undefined): SignalId[] {
  const body = doc.body;
  if (!body) return [];
  const out = urlSignals(url);
  const heading = `${doc.title} ${body.querySelector('h1')?.textContent ?? ''}`;
  if (!out.includes('search-page') && SEARCH_TITLES.test(heading)) out.push('search-page');
  const { links, cards } = headlineLinks(body);
  if (links >= TEASERS_MOST) out.push('teasers-most');
  else if (links >= TEASERS_MANY) out.push('teasers-many');
  else if (links >= TEASERS_SOME) out.push('teasers-some');
  if (cards >= TEASER_CARDS) out.push('teaser-cards');
  const prose = longParagraphs(body);
  if (prose >= LONG_PARAGRAPHS) out.push('long-paragraphs');
  if (prose >= MANY_LONG_PARAGRAPHS) out.push('many-long-paragraphs');
  if (prose === 0) out.push('no-prose');
  if (quoteLabels(body) >= QUOTE_MIN_LABELS) out.push('quote-data');
  return out;
}
