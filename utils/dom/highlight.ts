/**
 * Highlights entity mentions in the live article, reversibly.
 *
 * Preferred: the CSS Custom Highlight API (CSS.highlights + Highlight): live Ranges registered under
 * "lede-company" and "lede-crypto". The text is never touched; the elements holding it get one attribute
 * that scopes the colours to them (highlighted-elements.ts). The colours are highlight.css, which the
 * browser injects with the content script: the highlight itself puts no style in the page. Undo removes
 * the ranges and the attributes.
 * Fallback (no API, e.g. jsdom; or mode 'wrap'): <lede-mark> elements around the text (highlight-wrap.ts).
 *
 * Mentions are skipped, never thrown on, when the page changed their text since extraction (a node
 * detached, or not holding the mention's text any more) or when they touch form fields, editable regions,
 * code, scripts, SVG or MathML (highlight-segments.ts).
 */
import type { Article } from '../article/types';
import type { Entity, EntityKind } from '../report';
import { segmentsOf, touchMemo, type Segment } from './highlight-segments';
import { markHighlighted } from './highlighted-elements';
import { MARK_TAG, wrapSegments, type WrapPiece } from './highlight-wrap';

export interface HighlightHandle {
  /** Removes every highlight: the page is exactly as before. Idempotent. */
  undo(): void;
  /** Live ranges of an entity's highlighted mentions, in document order. */
  rangesFor(entityId: string): Range[];
  /** The highlighted mention under a viewport point (for the hover card), or null. */
  entityAt(x: number, y: number): { entityId: string; range: Range } | null;
  /** Number of mentions highlighted. */
  count: number;
  /** Which mechanism was used. */
  mode: 'css' | 'wrap';
}

export interface HighlightOptions {
  mode?: 'auto' | 'css' | 'wrap';
}

/** The registry names: one highlight per entity kind. */
export const HIGHLIGHT_NAMES: Record<EntityKind, string> = { company: 'lede-company', crypto: 'lede-crypto' };

interface HighlightLike {
  add(r: AbstractRange): unknown;
}
interface HighlightRegistry {
  set(name: string, h: HighlightLike): unknown;
  get(name: string): HighlightLike | undefined;
  delete(name: string): unknown;
  highlightsFromPoint?: (x: number, y: number) => unknown[];
}
export type HighlightWindow = Window & {
  CSS?: { highlights?: HighlightRegistry };
  Highlight?: new (...ranges: AbstractRange[]) => HighlightLike;
};
type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

interface Placed {
  entityId: string;
  kind: EntityKind;
  /** The mention's block and offsets in it. */
  block: number;
  start: number;
  end: number;
  segments: Segment[];
  range: Range;
  marks?: Element[];
}

function rangeOver(doc: Document, segs: Segment[]): Range {
  const r = doc.createRange();
  r.setStart(segs[0].node, segs[0].start);
  const last = segs[segs.length - 1];
  r.setEnd(last.node, last.end);
  return r;
}

/**
 * The mentions that can be highlighted now, in (block, offset) order. Two mentions can overlap only within
 * one block, where their offsets tell: of overlapping ones the first is kept (the recogniser never makes
 * them, but entities may come from elsewhere). (block, offset) order is document order except where one
 * block nests inside another (a <div> with text around a <p>): rangesFor sorts in the DOM when asked.
 */
function place(article: Article, entities: readonly Entity[]): Placed[] {
  const doc = article.doc;
  const memo = touchMemo(doc);
  const out: Placed[] = [];
  for (const e of entities) {
    for (const m of e.mentions) {
      const block = article.blocks[m.block];
      if (!block) continue;
      const segs = segmentsOf(block, m.start, m.end, memo);
      if (!segs) continue;
      try {
        out.push({ entityId: e.id, kind: e.kind, block: m.block, start: m.start, end: m.end, segments: segs, range: rangeOver(doc, segs) });
      } catch {
        // A node moved between the checks: skip.
      }
    }
  }
  out.sort((a, b) => a.block - b.block || a.start - b.start);
  const kept: Placed[] = [];
  for (const p of out) {
    const prev = kept[kept.length - 1];
    if (prev && prev.block === p.block && p.start < prev.end) continue;
    kept.push(p);
  }
  return kept;
}

/** Ranges in document order (a range the page moved to another tree stays where it was). */
function inDocumentOrder(ranges: Range[]): Range[] {
  try {
    return ranges.sort((a, b) => a.compareBoundaryPoints(0 /* START_TO_START */, b));
  } catch {
    return ranges;
  }
}

function inRange(r: Range, node: Node, offset: number): boolean {
  try {
    return r.comparePoint(node, offset) === 0 && !(r.endContainer === node && r.endOffset === offset);
  } catch {
    return false;
  }
}

/** The placed mention at a caret position (text node + offset). */
function atCaret(doc: Document, placed: readonly Placed[], x: number, y: number): Placed | null {
  const cd = doc as CaretDocument;
  let node: Node | null = null;
  let offset = 0;
  if (typeof cd.caretPositionFromPoint === 'function') {
    const p = cd.caretPositionFromPoint(x, y);
    if (p) [node, offset] = [p.offsetNode, p.offset];
  } else if (typeof cd.caretRangeFromPoint === 'function') {
    const r = cd.caretRangeFromPoint(x, y);
    if (r) [node, offset] = [r.startContainer, r.startOffset];
  }
  if (!node) return null;
  return placed.find((p) => inRange(p.range, node!, offset)) ?? null;
}

export function highlightMentions(article: Article, entities: readonly Entity[], opts: HighlightOptions = {}): HighlightHandle {
  const doc = article.doc;
  const win = doc.defaultView as HighlightWindow | null;
  const registry = win?.CSS?.highlights;
  const HighlightCtor = win?.Highlight;
  const wantCss = opts.mode !== 'wrap';
  const canCss = !!registry && typeof HighlightCtor === 'function';
  let placed: Placed[] = [];
  try {
    placed = place(article, entities);
  } catch {
    placed = [];
  }
  const undos: (() => void)[] = [];
  let mode: 'css' | 'wrap';

  if (wantCss && canCss && (opts.mode === 'css' || opts.mode === 'auto' || opts.mode === undefined)) {
    mode = 'css';
    const byKind = new Map<EntityKind, HighlightLike>();
    for (const p of placed) {
      let h = byKind.get(p.kind);
      if (!h) byKind.set(p.kind, (h = new HighlightCtor!()));
      h.add(p.range);
    }
    if (placed.length) undos.push(markHighlighted(placed.flatMap((p) => p.segments.map((s) => s.node))));
    for (const [kind, h] of byKind) {
      const name = HIGHLIGHT_NAMES[kind];
      registry!.set(name, h);
      undos.push(() => {
        if (registry!.get(name) === h) registry!.delete(name);
      });
    }
  } else {
    mode = 'wrap';
    const pieces: (WrapPiece & { owner: Placed })[] = [];
    for (const p of placed) for (const s of p.segments) pieces.push({ segment: s, entityId: p.entityId, kind: p.kind, owner: p });
    try {
      undos.push(wrapSegments(doc, pieces));
    } catch {
      // wrapSegments only splits nodes it checked; keep whatever was done undoable below.
    }
    for (const p of placed) {
      const marks = pieces.filter((x) => x.owner === p && x.mark).map((x) => x.mark!);
      if (marks.length === 0) continue;
      p.marks = marks;
      const r = doc.createRange();
      r.setStartBefore(marks[0]);
      r.setEndAfter(marks[marks.length - 1]);
      p.range = r;
    }
    placed = placed.filter((p) => p.marks);
  }

  let done = false;
  return {
    mode,
    count: placed.length,
    undo() {
      if (done) return;
      done = true;
      for (const u of undos.reverse()) {
        try {
          u();
        } catch {
          // Never throw into the page.
        }
      }
      placed = [];
    },
    rangesFor(entityId) {
      return inDocumentOrder(placed.filter((p) => p.entityId === entityId).map((p) => p.range));
    },
    entityAt(x, y) {
      if (done) return null;
      try {
        if (mode === 'wrap') {
          const el = doc.elementFromPoint?.(x, y)?.closest(MARK_TAG);
          const p = el && placed.find((q) => q.marks?.includes(el));
          if (p) return { entityId: p.entityId, range: p.range };
        } else if (typeof registry?.highlightsFromPoint === 'function') {
          for (const hit of registry.highlightsFromPoint(x, y)) {
            const ranges = (hit as { ranges?: AbstractRange[] }).ranges;
            if (!ranges) continue;
            const p = placed.find((q) => ranges.includes(q.range));
            if (p) return { entityId: p.entityId, range: p.range };
          }
        }
        const p = atCaret(doc, placed, x, y);
        return p ? { entityId: p.entityId, range: p.range } : null;
      } catch {
        return null;
      }
    },
  };
}
