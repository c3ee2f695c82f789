/**
 * Where a mention sits in the live page: the pieces of text nodes it covers. A mention is given as
 * (block, start, end) offsets into Block.text, which is the block's nodes' data concatenated.
 */
import type { Block } from '../article/types';
import { EDITABLE_SELECTOR, inDesignMode } from './editable';

export interface Segment {
  node: Text;
  start: number;
  end: number;
}

/**
 * Elements whose text Lede never highlights: code, scripts, vector graphics, buttons; and (editable.ts) the
 * editable regions and editors Lede never writes in.
 */
const UNTOUCHABLE = 'option, button, code, pre, kbd, samp, script, style, noscript, template, svg, math';
/** Both, for one walk up the ancestors instead of two. */
const NEVER_TOUCHED = `${UNTOUCHABLE}, ${EDITABLE_SELECTOR}`;

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

export const touchMemo = (doc: Document): TouchMemo => ({ known: new Map(), designMode: inDesignMode(doc) });

function untouchable(el: Element | null, memo: TouchMemo): boolean {
  if (!el || memo.designMode) return true;
  const known = memo.known.get(el);
  if (known !== undefined) return known;
  const out = el.closest(NEVER_TOUCHED) !== null;
  memo.known.set(el, out);
  return out;
}

/**
 * Does node `i` still hold the block's text [s, e) (offsets into Block.text, within that node) where it was
 * extracted: attached, of the same length, with that very text?
 */
function holds(block: Block, i: number, s: number, e: number): boolean {
  const node = block.nodes[i];
  const from = block.starts[i];
  const data = node.data;
  return node.isConnected && data.length === block.starts[i + 1] - from && block.text.startsWith(data.slice(s - from, e - from), s);
}

/** Is the block still as extracted (every node attached, same text)? */
export function blockIntact(block: Block): boolean {
  return block.nodes.every((_, i) => holds(block, i, block.starts[i], block.starts[i + 1]));
}

/** The index of the node holding text offset `at` (the last node starting at or before it). */
function nodeAt(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The text-node pieces of [start, end) in the block, or null when out of range, untouchable, or no longer
 * as extracted: each piece's node must still be in the page with the same length and the very text the
 * mention was read from. Only the mention's own nodes are read (not the whole block); a change elsewhere
 * in the block does not move it, since pieces are offsets into their own node.
 */
export function segmentsOf(block: Block, start: number, end: number, memo: TouchMemo): Segment[] | null {
  const { nodes, starts, text } = block;
  if (!(start >= 0 && end > start && end <= text.length)) return null;
  const out: Segment[] = [];
  for (let i = nodeAt(starts, start); i < nodes.length && starts[i] < end; i++) {
    const from = starts[i];
    const s = Math.max(start, from);
    const e = Math.min(end, starts[i + 1]);
    if (s >= e) continue;
    if (!holds(block, i, s, e) || untouchable(nodes[i].parentElement, memo)) return null;
    out.push({ node: nodes[i], start: s - from, end: e - from });
  }
  return out.length ? out : null;
}
