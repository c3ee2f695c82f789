/**
 * The page's HTML as sent away to be parsed (utils/article/parse-away.ts): documentElement.outerHTML with
 * the text of long scripts and style sheets replaced by one space. Readability drops scripts and styles
 * anyway (it reads only JSON-LD, which is kept), and sending a page copies it at every hop: on news pages
 * scripts are often half of the HTML. Every element and text node stays where it was (a script keeps one
 * text node), so the copy's text nodes are numbered as the page's.
 *
 * A text is replaced only where the serialisation shows it as `>text</script` (or `</style`), searched in
 * document order. A look-alike before it (a comment holding the same script) may be replaced instead, and
 * the real one is then sent whole: no element or text node is ever lost.
 */

/** Shorter texts are left alone: not worth the search. */
const MIN_CHARS = 256;

/** Look-alikes skipped before giving up on one element (it is then sent whole). */
const MAX_TRIES = 8;

const JSON_LD = /ld\+json/i;

export function pageHtml(doc: Document): string {
  const html = doc.documentElement.outerHTML;
  const parts: string[] = [];
  let from = 0;
  for (const el of doc.documentElement.querySelectorAll('script, style')) {
    if (el.namespaceURI !== 'http://www.w3.org/1999/xhtml') continue; // SVG's <style> is serialised escaped
    if (el.localName === 'script' && JSON_LD.test(el.getAttribute('type') ?? '')) continue;
    const text = el.textContent ?? '';
    if (text.length < MIN_CHARS) continue;
    const close = `</${el.localName}`;
    let at = html.indexOf(text, from);
    for (let tries = 1; at > 0 && !(html[at - 1] === '>' && html.startsWith(close, at + text.length)); tries++) {
      at = tries < MAX_TRIES ? html.indexOf(text, at + 1) : -1;
    }
    if (at <= 0) continue;
    parts.push(html.slice(from, at), ' ');
    from = at + text.length;
  }
  if (from === 0) return html;
  parts.push(html.slice(from));
  return parts.join('');
}
