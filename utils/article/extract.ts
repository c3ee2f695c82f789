import type { Article, Block, BlockKind, ReadabilityVerdict } from './types';
import { blockOf, inSkippedElement, ownTextNodes, SKIP_TEXT } from '../dom/text-nodes';
import { declaredLang, primaryLang, type LangGuesser } from './lang';
import { confirmLang } from './function-words';
import { allTextNodes, runReadability } from './readability-run';
import { findLede } from './lede';
import { chooseTitle } from './headline';

/**
 * Extraction: Readability runs on a COPY of the document (it rewrites the DOM it is given): a clone here
 * on the main thread, or, in the extension, the page's HTML parsed away from the page (offscreen document
 * / background page). Its verdict (ReadabilityVerdict: the text nodes it kept, by position) is mapped back to
 * the LIVE page's block elements. Later stages (promos, entities, highlighting) act on those live blocks
 * only: never on the site header's price ticker, navigation, related posts, sidebars or footers, which
 * Readability leaves out.
 *
 * Mapping: a copy has the same text nodes in the same order as the page (a clone exactly; a re-parse of the
 * page's HTML nearly: <noscript> and merged adjacent text nodes can shift positions), so each kept text is
 * looked for at its position, then nearby with the running shift, then by its text in document order (when
 * Readability re-parsed its own HTML on a retry and made new nodes).
 */

export interface ExtractOptions {
  url?: string | null;
  /** Guesses the language of the text when the page does not declare it. */
  guessLang?: LangGuesser;
  /** Readability's element budget: beyond it, parse() throws; we return null instead. */
  maxElemsToParse?: number;
}

const KIND_BY_TAG: Record<string, BlockKind> = {
  P: 'paragraph', H1: 'heading', H2: 'heading', H3: 'heading', H4: 'heading', H5: 'heading', H6: 'heading',
  LI: 'list-item', DT: 'list-item', DD: 'list-item', BLOCKQUOTE: 'quote', FIGCAPTION: 'caption',
  CAPTION: 'caption', PRE: 'preformatted', TD: 'cell', TH: 'cell',
};

/** How far from its position a kept text is looked for in the live page, beyond the running shift. */
const SHIFT_WINDOW = 64;

/** How many live nodes from `j` on spell `data` exactly (adjacent text nodes a re-parse merged into one), or 0. */
function spanAt(nodes: readonly Text[], j: number, data: string): number {
  let pos = 0;
  for (let m = 0; j + m < nodes.length && m < 16; m++) {
    const d = nodes[j + m].data;
    if (!data.startsWith(d, pos) || (d === '' && m > 0)) return 0;
    pos += d.length;
    if (pos === data.length) return m + 1;
  }
  return 0;
}

/**
 * The live text nodes for Readability's kept texts (see the mapping note above): the first half of
 * articleFromParsed, which a caller on the page's thread may run on its own and give the page its turn
 * before the second (on a long page each is several milliseconds).
 */
export function mapToLive(texts: ReadabilityVerdict['texts'], live: Document): Text[] {
  const nodes = allTextNodes(live);
  const out: Text[] = [];
  const unmapped: string[] = [];
  let shift = 0;
  for (const { index, data } of texts) {
    let found = -1;
    let span = 0;
    for (let d = 0; index >= 0 && d <= SHIFT_WINDOW && found < 0; d++) {
      for (const j of d === 0 ? [index + shift] : [index + shift + d, index + shift - d]) {
        span = j >= 0 ? spanAt(nodes, j, data) : 0;
        if (span) {
          found = j;
          break;
        }
      }
    }
    if (found < 0) {
      unmapped.push(data);
      continue;
    }
    shift = found + span - 1 - index;
    for (let k = 0; k < span; k++) out.push(nodes[found + k]);
  }
  if (unmapped.length > 0) out.push(...alignByText(unmapped, live));
  return out;
}

/** Last resort: kept texts found by their text among the page's readable text nodes, in order. */
function alignByText(texts: string[], live: Document): Text[] {
  const liveNodes = allTextNodes(live).filter((t) => t.data.trim() && !inSkippedElement(t) && live.body?.contains(t));
  const index = new Map<string, number[]>();
  liveNodes.forEach((t, i) => {
    const k = t.data.trim();
    const list = index.get(k);
    if (list) list.push(i);
    else index.set(k, [i]);
  });
  const out: Text[] = [];
  let last = -1;
  for (const data of texts) {
    const list = index.get(data.trim());
    if (!list) continue;
    const next = list.find((i) => i > last) ?? (list.length === 1 ? list[0] : undefined);
    if (next === undefined) continue;
    last = Math.max(last, next);
    out.push(liveNodes[next]);
  }
  return out;
}

const documentOrder = (x: Element, y: Element) => (x === y ? 0 : x.compareDocumentPosition(y) & 4 ? -1 : 1);

function blocksFrom(liveTextNodes: Text[]): Block[] {
  const els = new Set<Element>();
  // Text nodes of one parent share its block: one ancestor walk per parent, not per node.
  const blockOfParent = new Map<Element, Element | null>();
  for (const t of liveTextNodes) {
    const parent = t.parentElement;
    if (!parent) continue;
    let b = blockOfParent.get(parent);
    if (b === undefined) blockOfParent.set(parent, (b = blockOf(parent)));
    if (b && b.tagName !== 'BODY' && !SKIP_TEXT.has(b.tagName)) els.add(b);
  }
  // First seen is document order except where a block holds another before its own text: sort only then.
  let ordered = [...els];
  for (let i = 1; i < ordered.length; i++) {
    if (documentOrder(ordered[i - 1], ordered[i]) > 0) {
      ordered = ordered.sort(documentOrder);
      break;
    }
  }
  const blocks: Block[] = [];
  for (const el of ordered) {
    const nodes = ownTextNodes(el);
    const data = nodes.map((n) => n.data);
    const text = data.join('');
    if (!text.trim()) continue;
    const starts = [0];
    for (const d of data) starts.push(starts[starts.length - 1] + d.length);
    blocks.push({ el, kind: KIND_BY_TAG[el.tagName.toUpperCase()] ?? 'other', nodes, text, starts });
  }
  return blocks;
}

function commonAncestor(els: Element[]): Element | null {
  if (els.length === 0) return null;
  let root: Element | null = els[0];
  for (const el of els) while (root && !root.contains(el)) root = root.parentElement;
  return root;
}

/**
 * Extracts the article of a live document on this thread (Readability on a clone). Returns null when
 * Readability finds no article (or the page is beyond its element budget). Never modifies `doc`.
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): Article | null {
  if (!doc.documentElement || !doc.body) return null;
  const parsed = runReadability(doc.cloneNode(true) as Document, options);
  return parsed && articleFromParsed(doc, parsed, options);
}

/** The live article for Readability's verdict on a copy of `doc` (made here or elsewhere). */
export function articleFromParsed(doc: Document, parsed: ReadabilityVerdict, options: ExtractOptions = {}): Article | null {
  return articleFromLiveTexts(doc, parsed, mapToLive(parsed.texts, doc), options);
}

/**
 * The second half: the article from the live text nodes mapToLive found, with the standfirst (lede.ts)
 * first when there is one. The article's root is the body's: the standfirst sits in the page's header,
 * whose other boxes are not the article's.
 */
export function articleFromLiveTexts(doc: Document, parsed: ReadabilityVerdict, liveTexts: Text[], options: ExtractOptions = {}): Article | null {
  const body = blocksFrom(liveTexts);
  if (body.length === 0) return null;
  const first = body[0].nodes.find((n) => n.data.trim());
  const lede = first ? blocksFrom(findLede(first)).filter((b) => !body.some((x) => x.el.contains(b.el) || b.el.contains(x.el))) : [];
  const blocks = [...lede.map((b): Block => ({ ...b, kind: 'paragraph' })), ...body];
  const text = blocks.map((b) => b.text).join('\n');
  const lang =
    confirmLang(declaredLang(doc), text) ?? primaryLang(parsed.lang) ?? (options.guessLang ? primaryLang(options.guessLang(text.slice(0, 4000))) : null);
  const root = commonAncestor(body.map((b) => b.el));
  return {
    doc,
    url: options.url ?? doc.URL ?? null,
    title: chooseTitle(doc, parsed.title, parsed.siteName, root, body[0].el),
    byline: parsed.byline,
    siteName: parsed.siteName,
    lang,
    publishedTime: parsed.publishedTime,
    excerpt: parsed.excerpt,
    root,
    blocks,
  };
}
