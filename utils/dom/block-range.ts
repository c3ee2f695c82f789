import type { Block } from '../article/types';

/**
 * A live Range over [start, end) of a block's text (offsets into Block.text, which is its nodes' data
 * concatenated). Null when the page has changed those nodes since extraction (detached or edited).
 */
export function blockRange(block: Block, start: number, end: number): Range | null {
  if (start < 0 || end < start || end > block.text.length) return null;
  const doc = block.el.ownerDocument;
  let pos = 0;
  let range: Range | null = null;
  for (const node of block.nodes) {
    const len = node.data.length;
    if (!node.isConnected) return null;
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

/** Is the block still as extracted: attached, same text? */
export function blockIsIntact(block: Block): boolean {
  return block.el.isConnected && block.nodes.every((n) => n.isConnected) && block.nodes.map((n) => n.data).join('') === block.text;
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
