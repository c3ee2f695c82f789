/**
 * What the ::highlight rules need in the page besides the colours (highlight.css, which the content
 * script carries): HIGHLIGHTED_ATTR on each element whose own text a highlighted range covers, since the
 * rules are scoped to those elements (highlight-style.ts). The undo puts every attribute back exactly.
 */
import { attrMarks } from './attr-marks';
import { HIGHLIGHTED_ATTR } from './highlight-style';

const marks = attrMarks(HIGHLIGHTED_ATTR);

/** Marks the parent elements of `nodes`. Returns the exact undo. */
export function markHighlighted(nodes: Iterable<Text>): () => void {
  const holder = {};
  const els: Element[] = [];
  for (const n of nodes) {
    const el = n.parentElement;
    if (el && marks.hold(el, holder)) els.push(el);
  }
  let done = false;
  return () => {
    if (done) return;
    done = true;
    for (const el of els) marks.release(el, holder);
  };
}

/** The text nodes a range covers at least in part, in document order. */
export function textNodesIn(range: Range): Text[] {
  const root = range.commonAncestorContainer;
  if (root.nodeType === 3) return [root as Text];
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const out: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (range.intersectsNode(n) && (n as Text).data.length) out.push(n as Text);
  return out;
}
