import { collapseWhitespace } from '../whitespace';

/**
 * The article's title as its page shows it. Readability takes the metadata's title (og:title, JSON-LD,
 * <title>), which often carries the site's name ("Mozilla - Wikipedia", "How to Build a Terrarium | eHow")
 * or is only the site's name ("Yahoo News - Latest News & Headlines" over a story about a space ship). The
 * page's <h1> inside the article, or the last one before it, is its headline: it wins when the title is
 * that headline with a site's name before or after it, or is the site's name.
 */

/** What separates a headline from a site's name in a title: " | ", " - ", " – ", " · ", " :: ", " » ", "_", " [". */
const SEPARATOR = /\s+[|·•–—»-]\s+|\s*\|\s*|\s*::\s*|\s*_\s*|\s+(?=\[)/gu;
/** A headline is one line of some words: not a logo's word, not a paragraph. */
const MIN_HEADLINE_CHARS = 6;
const MAX_HEADLINE_CHARS = 300;

/** Letters and digits only, lower case, one space between words: how two titles are compared. */
const key = (s: string): string => s.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const wordsOf = (s: string): string[] => key(s).split(' ').filter(Boolean);

/** The <h1>s inside the article, then the last one before its first block: the places a headline may be. */
function headlineElements(doc: Document, root: Element | null, firstBlock: Element | null): Element[] {
  const h1s = [...doc.getElementsByTagName('h1')];
  const inside = h1s.filter((h) => !!root && root.contains(h));
  const before = firstBlock ? h1s.filter((h) => !h.contains(firstBlock) && (h.compareDocumentPosition(firstBlock) & 4) /* FOLLOWING */) : [];
  return before.length ? [...inside, before[before.length - 1]] : inside;
}

/** Whether `title` is `headline` with something after or before it, across one separator, the headline being the main part. */
function headlinePlusSite(title: string, headline: string, siteName: string | null): boolean {
  const h = key(headline);
  SEPARATOR.lastIndex = 0;
  for (let m = SEPARATOR.exec(title); m; m = SEPARATOR.exec(title)) {
    const left = title.slice(0, m.index);
    const right = title.slice(m.index + m[0].length);
    for (const [same, other] of [[left, right], [right, left]]) {
      if (key(same) !== h || !key(other)) continue;
      // "Opinion - A real headline" with the <h1> "Opinion": the longer part is the headline, unless the other is the site.
      if (wordsOf(same).length >= wordsOf(other).length || (siteName && key(other).includes(key(siteName)))) return true;
    }
  }
  return false;
}

/** Whether `title` names the site, not the story: the site's name itself, or a title that the page's own <title> contradicts. */
function isSiteTitle(title: string, headline: string, siteName: string | null, docTitle: string): boolean {
  if (siteName && key(title) === key(siteName)) return true;
  const h = key(headline);
  const d = key(docTitle);
  // The page's <title> gives the headline, and not the metadata's title ("Blog name: Story" under an <h1> "Blog name" does not count).
  const pageAgrees = (d === h || d.startsWith(`${h} `) || d.endsWith(` ${h}`)) && !d.includes(key(title));
  const shared = wordsOf(title).filter((w) => wordsOf(headline).includes(w)).length;
  return pageAgrees && shared === 0;
}

/** The title to show: a headline when the metadata's title differs from it by a site's name, else the metadata's. */
export function chooseTitle(doc: Document, title: string | null, siteName: string | null, root: Element | null, firstBlock: Element | null): string | null {
  if (!title) return title;
  const docTitle = collapseWhitespace(doc.querySelector('title')?.textContent ?? '');
  for (const el of headlineElements(doc, root, firstBlock)) {
    const headline = collapseWhitespace(el.textContent ?? '');
    // A photo's caption in an <h1> (a slideshow's) is no headline, nor is the site's name.
    if (headline.length < MIN_HEADLINE_CHARS || headline.length > MAX_HEADLINE_CHARS) continue;
    if (key(headline) === key(title)) return title;
    if (siteName && key(headline) === key(siteName)) continue;
    if (headlinePlusSite(title, headline, siteName) || isSiteTitle(title, headline, siteName, docTitle)) return headline;
  }
  return title;
}
