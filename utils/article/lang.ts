import { jsonLdValue } from './json-ld';
import { collapseWhitespace } from '../whitespace';

/** "fr-FR", "fr_FR", "FR" → "fr". Null for anything that is not a language tag. */
export function primaryLang(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const m = /^\s*([a-zA-Z]{2,3})(?:[-_][a-zA-Z0-9]{1,8})*\s*$/.exec(tag);
  if (!m) return null;
  const p = m[1].toLowerCase();
  return p === 'und' || p === 'mul' || p === 'zxx' ? null : p;
}

/** What the page itself says about its language: <html lang>, JSON-LD inLanguage, og:locale, Content-Language. */
export function declaredLang(doc: Document): string | null {
  const html = primaryLang(doc.documentElement?.getAttribute('lang') ?? doc.documentElement?.getAttribute('xml:lang'));
  if (html) return html;
  const ld = primaryLang(jsonLdValue(doc, /Article|Posting|WebPage/, 'inLanguage'));
  if (ld) return ld;
  const og = primaryLang(doc.querySelector('meta[property="og:locale"]')?.getAttribute('content'));
  if (og) return og;
  return primaryLang(doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content'));
}

/**
 * A sample of the page's running text to guess its language from before the article is read (the first
 * paragraphs, up to `max` characters): one analysis instead of a second one once the article's text says.
 * Empty when the page has too little paragraph text to tell.
 */
export function langSample(doc: Document, max = 2000, min = 200): string {
  let out = '';
  for (const p of doc.getElementsByTagName('p')) {
    const t = collapseWhitespace(p.textContent ?? '');
    if (t) out += (out ? ' ' : '') + t;
    if (out.length >= max) break;
  }
  return out.length >= min ? out.slice(0, max) : '';
}

/** A language guesser for text when the page does not say (franc in Node, browser.i18n in the extension). */
export type LangGuesser = (text: string) => string | null;
