/**
 * The fallback when the CSS Custom Highlight API is missing: wrap each mention's text in
 * <lede-mark data-lede-entity="id" data-kind="company">, a custom element no page CSS targets.
 *
 * Exact undo: an original text node is never moved nor removed. It is split with splitText (which keeps
 * the page's live Ranges and selection consistent) so that it keeps the text before its first mention (or
 * nothing when the mention starts it); every other piece is a new node. Undo removes the marks and the
 * new pieces and gives the original node its original data back: the very same Text objects, the same
 * markup, after any number of cycles, also when the page has removed some of the marked nodes meanwhile.
 */
import type { Segment } from './highlight-segments';

export const MARK_TAG = 'lede-mark';

export interface WrapPiece {
  segment: Segment;
  entityId: string;
  kind: string;
  /** Filled in by wrapSegments: the mark made for this piece. */
  mark?: Element;
}

interface NodeRecord {
  node: Text;
  data: string;
  added: Node[];
}

/** Wraps the pieces (any order, never overlapping). Returns the undo. */
export function wrapSegments(doc: Document, pieces: WrapPiece[]): () => void {
  const byNode = new Map<Text, WrapPiece[]>();
  for (const p of pieces) {
    const list = byNode.get(p.segment.node);
    if (list) list.push(p);
    else byNode.set(p.segment.node, [p]);
  }
  const records: NodeRecord[] = [];
  for (const [node, list] of byNode) {
    if (!node.parentNode) continue;
    list.sort((a, b) => a.segment.start - b.segment.start);
    const rec: NodeRecord = { node, data: node.data, added: [] };
    records.push(rec);
    let cur = node;
    let pos = 0;
    for (const p of list) {
      const { start, end } = p.segment;
      if (start < pos || end > rec.data.length) continue; // overlapping or stale: skip
      // Split off [start, …): the original node keeps [0, start), possibly empty.
      const piece = cur.splitText(start - pos);
      rec.added.push(piece);
      const rest = end - start < piece.data.length ? piece.splitText(end - start) : null;
      if (rest) rec.added.push(rest);
      const mark = doc.createElement(MARK_TAG);
      mark.setAttribute('data-lede-entity', p.entityId);
      mark.setAttribute('data-kind', p.kind);
      piece.parentNode!.insertBefore(mark, piece);
      mark.appendChild(piece);
      rec.added.push(mark);
      p.mark = mark;
      if (!rest) {
        pos = rec.data.length;
        break;
      }
      cur = rest;
      pos = end;
    }
  }
  return () => {
    for (const rec of records) {
      for (const n of rec.added) (n as ChildNode).remove();
      rec.node.data = rec.data;
    }
  };
}
