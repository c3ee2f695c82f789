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
/** Both, for one walk up the ancestors instead of two. */
const NEVER_TOUCHED = `${UNTOUCHABLE}, ${EDITABLE}`;

/**
 * A highlight pass's answers to "is this element inside something Lede must never modify or decorate?".
 * Mentions of one block share their parent elements: one `closest()` per element, not per mention (they
 * were most of the highlight's cost on mention-dense articles). A document in design mode is editable
 * throughout: read once per pass.
 */
export interface TouchMemo {
  known: Map<Element, boolean>;
  designMode: boolean;
}

export const touchMemo = (doc: Document): TouchMemo => ({ known: new Map(), designMode: doc.designMode === 'on' });

function untouchable(el: Element | null, memo: TouchMemo): boolean {
  if (!el || memo.designMode) return true;
  const known = memo.known.get(el);
  if (known !== undefined) return known;
  // Not isContentEditable: in Chromium it reads computed style, a forced style recalculation per mention
  // right after hiding changed attributes. The attribute and designMode say the same for real editors.
  const out = el.closest(NEVER_TOUCHED) !== null;
  memo.known.set(el, out);
  return out;
}

/**
 * Where each of the block's nodes starts in Block.text, then the text's length; null when the block is no
 * longer as extracted (a node detached, or its text changed). Read once per block and pass: the segments
 * then need no second read of the nodes' text.
 */
export function nodeStarts(block: Block): number[] | null {
  const starts: number[] = [];
  let pos = 0;
  for (const n of block.nodes) {
    const data = n.data;
    if (!n.isConnected || !block.text.startsWith(data, pos)) return null;
    starts.push(pos);
    pos += data.length;
  }
  if (pos !== block.text.length) return null;
  starts.push(pos);
  return starts;
}

/** Is the block still as extracted (every node attached, same text)? */
export const blockIntact = (block: Block): boolean => nodeStarts(block) !== null;

/**
 * The text-node pieces of [start, end) in the block, or null when out of range / untouchable. `starts` is
 * the block's nodeStarts.
 */
export function segmentsOf(block: Block, starts: readonly number[], start: number, end: number, memo: TouchMemo): Segment[] | null {
  if (!(start >= 0 && end > start && end <= block.text.length)) return null;
  const out: Segment[] = [];
  for (let i = 0; i < block.nodes.length && starts[i] < end; i++) {
    const s = Math.max(start, starts[i]);
    const e = Math.min(end, starts[i + 1]);
    if (s >= e) continue;
    const node = block.nodes[i];
    if (untouchable(node.parentElement, memo)) return null;
    out.push({ node, start: s - starts[i], end: e - starts[i] });
  }
  return out.length ? out : null;
}
