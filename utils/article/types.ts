/**
 * The extracted article, as the pipeline's later stages see it. Unlike the Report, it holds LIVE DOM
 * nodes: the blocks are the page's own elements that make up the article body, so that hiding and
 * highlighting act on the article only, never on the header, related posts, sidebars or footers.
 */

import type { ArticleMeta, BlockKind } from '../report';

export type { BlockKind };

export interface Block {
  /** The live block element (p, li, h2, blockquote, figcaption, div with direct text…). */
  el: Element;
  kind: BlockKind;
  /**
   * The live text nodes of the article that belong to this block (their nearest block ancestor is `el`),
   * in document order. Text nodes of nested blocks belong to those blocks, not to this one.
   */
  nodes: Text[];
  /** The nodes' data concatenated, unnormalised: offsets into it map 1:1 onto `nodes`. */
  text: string;
  /** Where each node's data begins in `text` (starts[i] for nodes[i]), then text.length: nodes.length + 1 offsets. */
  starts: number[];
}

export interface Article extends ArticleMeta {
  doc: Document;
  url: string | null;
  /**
   * The smallest live element that contains every block of the body (the standfirst, when there is one,
   * may sit above it in the page's header), or null when there are no blocks.
   */
  root: Element | null;
  blocks: Block[];
}

/**
 * Readability's verdict on a document, as plain data, so that the parse can run away from the page's main
 * thread and be mapped back to the live page (utils/pipeline/split.ts). `texts` are the text nodes
 * Readability kept: `index` is their position among all text nodes of the parsed document (document order,
 * before Readability changed it; -1 when Readability made the node).
 */
export interface ReadabilityVerdict extends ArticleMeta {
  texts: { index: number; data: string }[];
}
