import { Readability } from '@mozilla/readability';
import type { Article, Block, BlockKind } from './types';
import { blockOf, inSkippedElement, ownTextNodes, SKIP_TEXT } from '../dom/text-nodes';
import { declaredLang, primaryLang, type LangGuesser } from './lang';

/**
 * Extraction: Readability runs on a CLONE of the document (it rewrites the DOM it is given), then the
 * paragraphs it kept are mapped back to the LIVE page's block elements. Later stages (promos, entities,
 * highlighting) act on those live blocks only: never on the site header's price ticker, navigation,
 * related posts, sidebars or footers, which Readability leaves out.
 *
 * Mapping: cloneNode(true) gives a tree of the same shape, so a parallel walk pairs every clone text
 * node with its live twin. Readability moves text nodes but keeps their identity, so the text nodes of
 * its result lead straight back to the page. When it had to re-parse its own HTML (a retry on short
 * pages, which recreates nodes), the remaining text nodes are aligned by their text, in order.
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

function textNodesOf(root: Node): Text[] {
  const out: Text[] = [];
  const walker = root.ownerDocument!.createTreeWalker(root, 0x4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

/** Pairs every text node of the clone with the live text node at the same place. */
function cloneTextMap(live: Document, clone: Document): Map<Text, Text> {
  const a = textNodesOf(live.documentElement);
  const b = textNodesOf(clone.documentElement);
  const map = new Map<Text, Text>();
  if (a.length !== b.length) return map; // cannot happen for a fresh clone; be safe anyway
  for (let i = 0; i < a.length; i++) map.set(b[i], a[i]);
  return map;
}

/** Live text nodes for Readability's result: by identity first, then by text in document order. */
function mapToLive(resultNodes: Text[], byIdentity: Map<Text, Text>, live: Document): Text[] {
  const out: Text[] = [];
  const unmapped: Text[] = [];
  for (const n of resultNodes) {
    if (!n.data.trim()) continue;
    const l = byIdentity.get(n);
    if (l) out.push(l);
    else unmapped.push(n);
  }
  if (unmapped.length === 0) return out;

  // Fallback alignment by text: candidates in live document order, monotone.
  const liveNodes = textNodesOf(live.body ?? live.documentElement).filter((t) => t.data.trim() && !inSkippedElement(t));
  const index = new Map<string, number[]>();
  liveNodes.forEach((t, i) => {
    const k = t.data.trim();
    const list = index.get(k);
    if (list) list.push(i);
    else index.set(k, [i]);
  });
  let last = -1;
  for (const n of unmapped) {
    const list = index.get(n.data.trim());
    if (!list) continue;
    const next = list.find((i) => i > last) ?? (list.length === 1 ? list[0] : undefined);
    if (next === undefined) continue;
    last = Math.max(last, next);
    out.push(liveNodes[next]);
  }
  return out;
}

function blocksFrom(liveTextNodes: Text[]): Block[] {
  const els = new Set<Element>();
  for (const t of liveTextNodes) {
    const b = blockOf(t);
    if (b && b.tagName !== 'BODY' && !SKIP_TEXT.has(b.tagName)) els.add(b);
  }
  const ordered = [...els].sort((x, y) => (x === y ? 0 : x.compareDocumentPosition(y) & 4 ? -1 : 1));
  const blocks: Block[] = [];
  for (const el of ordered) {
    const nodes = ownTextNodes(el);
    const text = nodes.map((n) => n.data).join('');
    if (!text.trim()) continue;
    blocks.push({ el, kind: KIND_BY_TAG[el.tagName.toUpperCase()] ?? 'other', nodes, text });
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
 * Extracts the article of a live document. Returns null when Readability finds no article (or the page
 * is beyond its element budget). Never modifies `doc`.
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): Article | null {
  if (!doc.documentElement || !doc.body) return null;
  const clone = doc.cloneNode(true) as Document;
  const byIdentity = cloneTextMap(doc, clone);

  let parsed: ReturnType<Readability<Node>['parse']>;
  try {
    parsed = new Readability<Node>(clone, {
      serializer: (el) => el,
      maxElemsToParse: options.maxElemsToParse ?? 0,
      // Keep embeds: the promo stage must see a "Watch:" line's video to hide both.
      allowedVideoRegex: /\/\/(www\.)?(youtube(-nocookie)?\.com|player\.vimeo\.com|dailymotion\.com|twitter\.com|x\.com|facebook\.com)/i,
    }).parse();
  } catch {
    return null;
  }
  if (!parsed?.content) return null;

  const live = mapToLive(textNodesOf(parsed.content), byIdentity, doc);
  const blocks = blocksFrom(live);
  if (blocks.length === 0) return null;

  const siteName = parsed.siteName?.trim() || null;
  const text = blocks.map((b) => b.text).join('\n');
  const lang =
    declaredLang(doc) ?? primaryLang(parsed.lang) ?? (options.guessLang ? primaryLang(options.guessLang(text.slice(0, 4000))) : null);

  return {
    doc,
    url: options.url ?? doc.URL ?? null,
    title: parsed.title?.replace(/\s+/g, ' ').trim() || null,
    byline: parsed.byline?.replace(/\s+/g, ' ').trim() || null,
    siteName,
    lang,
    publishedTime: parsed.publishedTime?.trim() || null,
    excerpt: parsed.excerpt?.replace(/\s+/g, ' ').trim() || null,
    root: commonAncestor(blocks.map((b) => b.el)),
    blocks,
  };
}
