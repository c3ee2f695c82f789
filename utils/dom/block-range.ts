import type { Block } from '../article/types';
import { blockIntact } from './highlight-segments';
import { ownTextNodes } from './text-nodes';

/**
 * The block's text nodes as they are now: the extracted ones while intact, else (a wrap-mode highlight
 * split them) the block's current text nodes when they still read the same. Null when the page changed it.
 */
export function currentNodes(block: Block): Text[] | null {
  if (blockIntact(block)) return block.nodes;
  if (!block.el.isConnected) return null;
  const nodes = ownTextNodes(block.el);
  return nodes.map((n) => n.data).join('') === block.text ? nodes : null;
}

/**
 * A live Range over [start, end) of a block's text (offsets into Block.text, which is its nodes' data
 * concatenated). Null when the page has changed those nodes since extraction (detached or edited).
 */
export function blockRange(block: Block, start: number, end: number): Range | null {
  if (start < 0 || end < start || end > block.text.length) return null;
  const nodes = currentNodes(block);
  if (!nodes) return null;
  const doc = block.el.ownerDocument;
  let pos = 0;
  let range: Range | null = null;
  for (const node of nodes) {
    const len = node.data.length;
    if (!range && start < pos + len) {
      range = doc.createRange();
      range.setStart(node, start - pos);
    }
    if (range && end <= pos + len) {
      range.setEnd(node, end - pos);
      return range;
    }
    pos += len;
  }
  return null;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where a sentence (whitespace-collapsed) sits in a block's raw text, whitespace-insensitively. */
export function findInBlock(block: Block, sentence: string): [number, number] | null {
  const words = sentence.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const re = new RegExp(words.map(escapeRe).join('\\s+'), 'u');
  const m = re.exec(block.text);
  return m ? [m.index, m.index + m[0].length] : null;
}
