/**
 * Where a mention sits in the live page: the pieces of text nodes it covers. A mention is given as
 * (block, start, end) offsets into Block.text, which is the block's nodes' data concatenated.
 */
import type { Block } from '../article/types';

export interface Segment {
  node: Text;
  start: number;
  end: number;
}

/**
 * Elements whose text Lede never touches: form fields, editable regions, code, scripts, vector graphics.
 * (An editable ancestor is checked separately: contenteditable may sit anywhere above.)
 */
const UNTOUCHABLE = 'input, textarea, select, option, button, code, pre, kbd, samp, script, style, noscript, template, svg, math';
const EDITABLE = '[contenteditable]:not([contenteditable="false"])';

/** Is this text node inside something Lede must never modify or decorate? */
export function untouchable(node: Text): boolean {
  const el = node.parentElement;
  if (!el) return true;
  if (el.closest(UNTOUCHABLE) || el.closest(EDITABLE)) return true;
  // Not isContentEditable: in Chromium it reads computed style, a forced style recalculation per mention
  // right after hiding changed attributes. The attribute and designMode say the same for real editors.
  return el.ownerDocument.designMode === 'on';
}

/** Is the block still as extracted (every node attached, same text)? Computed once per block. */
export function blockIntact(block: Block): boolean {
  let text = '';
  for (const n of block.nodes) {
    if (!n.isConnected) return false;
    text += n.data;
  }
  return text === block.text;
}

/** The text-node pieces of [start, end) in the block, or null when out of range / untouchable. */
export function segmentsOf(block: Block, start: number, end: number): Segment[] | null {
  if (!(start >= 0 && end > start && end <= block.text.length)) return null;
  const out: Segment[] = [];
  let pos = 0;
  for (const node of block.nodes) {
    const len = node.data.length;
    const s = Math.max(start, pos);
    const e = Math.min(end, pos + len);
    if (s < e) {
      if (untouchable(node)) return null;
      out.push({ node, start: s - pos, end: e - pos });
    }
    pos += len;
    if (pos >= end) break;
  }
  return out.length ? out : null;
}
