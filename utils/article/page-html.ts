/**
 * The page's HTML as sent away to be parsed (utils/pipeline/away.ts): documentElement.outerHTML with
 * the text of long scripts and style sheets replaced by one space. Readability drops scripts and styles
 * anyway (it reads only JSON-LD, which is kept), and sending a page copies it at every hop: on news pages
 * scripts are often half of the HTML. Every element and text node stays where it was (a script keeps one
 * text node), so the copy's text nodes are numbered as the page's.
 *
 * Where the scripts are:
 * - Children of <head> and <body> (nearly all of a news page's script text: 987 of yahoo-2's 1,097 KB) are
 *   not serialised where they are long: the root, and <head> or <body> when its own scripts are long, are
 *   written child by child, and such a script as its empty tag with one space inside.
 * - Deeper ones are found in the serialisation as `>text</script` (or `</style`), in document order. A
 *   look-alike before one (a comment holding the same script) may be emptied instead, and the real one is
 *   then sent whole: no element or text node is ever lost.
 */

/** Shorter texts are left alone: not worth the search. */
const MIN_CHARS = 256;

/** Look-alikes skipped before giving up on one element (it is then sent whole). */
const MAX_TRIES = 8;

const JSON_LD = /ld\+json/i;
const HTML_NS = 'http://www.w3.org/1999/xhtml';

/** The scripts and style sheets whose text is not sent, with that text (read once: it can be megabytes). */
function emptiedOf(root: Element): Map<Element, string> {
  const out = new Map<Element, string>();
  for (const el of root.querySelectorAll('script, style')) {
    if (el.namespaceURI !== HTML_NS) continue; // SVG's <style> is serialised escaped
    if (el.localName === 'script' && JSON_LD.test(el.getAttribute('type') ?? '')) continue;
    const text = el.textContent ?? '';
    if (text.length >= MIN_CHARS) out.set(el, text);
  }
  return out;
}

/** An element's tags as serialised, without its children: ["<body class=…>", "</body>"]. */
function tagsOf(el: Element): [string, string] {
  const shallow = (el.cloneNode(false) as Element).outerHTML;
  const close = `</${el.localName}>`;
  return shallow.endsWith(close) ? [shallow.slice(0, -close.length), close] : [shallow, ''];
}

/** Text as the HTML serialiser writes it outside raw-text elements. */
const SPECIAL = /[&<>\u00a0]/;
const escapeText = (s: string) => (SPECIAL.test(s) ? s.replace(/&/g, '&amp;').replace(/\u00a0/g, '&nbsp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : s);

/**
 * Children of <head> or <body> whose text is this long in all are worth writing the container child by
 * child; below it, one native outerHTML of the container and the search are cheaper (many small
 * children cost one call each).
 */
const MIN_DIRECT_CHARS = 32_768;

function directChars(el: Element, emptied: ReadonlyMap<Element, string>): number {
  let n = 0;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) n += emptied.get(c)?.length ?? 0;
  return n;
}

/**
 * `html` (a serialisation) with the texts of `scripts` (in document order) cut out, each where it shows as
 * `>text</script` (or `</style`), searched from the previous one on.
 */
function cutOut(html: string, scripts: readonly (readonly [Element, string])[]): string {
  const cut: string[] = [];
  let from = 0;
  for (const [el, text] of scripts) {
    const end = `</${el.localName}`;
    let at = html.indexOf(text, from);
    for (let tries = 1; at > 0 && !(html[at - 1] === '>' && html.startsWith(end, at + text.length)); tries++) {
      at = tries < MAX_TRIES ? html.indexOf(text, at + 1) : -1;
    }
    if (at <= 0) continue;
    cut.push(html.slice(from, at), ' ');
    from = at + text.length;
  }
  if (from === 0) return html;
  cut.push(html.slice(from));
  return cut.join('');
}

/**
 * `el`'s outerHTML into `out`: the containers in `byChild` (el among them) written child by child with their
 * emptied children as empty tags, every other element serialised natively with its emptied descendants cut out.
 * `deeper` holds the emptied elements not written as empty tags, in document order; `next` walks it.
 */
function serialize(el: Element, byChild: ReadonlySet<Element>, emptied: ReadonlyMap<Element, string>, deeper: readonly (readonly [Element, string])[], next: { i: number }, out: string[]): void {
  const [open, close] = tagsOf(el);
  out.push(open);
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) out.push(escapeText((n as Text).data));
    else if (n.nodeType === 8) out.push(`<!--${(n as Comment).data}-->`);
    else if (n.nodeType !== 1) continue;
    else if (emptied.has(n as Element)) out.push(tagsOf(n as Element).join(' '));
    else if (byChild.has(n as Element)) serialize(n as Element, byChild, emptied, deeper, next, out);
    else {
      const from = next.i;
      while (next.i < deeper.length && n.contains(deeper[next.i][0])) next.i++;
      out.push(cutOut((n as Element).outerHTML, deeper.slice(from, next.i)));
    }
  }
  out.push(close);
}

export function pageHtml(doc: Document): string {
  const root = doc.documentElement;
  const emptied = emptiedOf(root);
  // <head> and <body> are written child by child where their own scripts are long, and the root around them.
  const byChild = new Set<Element>();
  if (root.namespaceURI === HTML_NS && root.localName === 'html') {
    for (const c of [doc.head, doc.body]) if (c?.parentElement === root && directChars(c, emptied) >= MIN_DIRECT_CHARS) byChild.add(c);
    if (byChild.size) byChild.add(root);
  }
  const deeper = [...emptied].filter(([el]) => !byChild.has(el.parentElement!));
  if (!byChild.size) return cutOut(root.outerHTML, deeper);
  const parts: string[] = [];
  serialize(root, byChild, emptied, deeper, { i: 0 }, parts);
  return parts.join('');
}
