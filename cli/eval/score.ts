/**
 * The realworld set's counting rule (trafilatura's evaluation): each `with` segment found in the text is a
 * true positive, else a false negative; each `without` segment found is a false positive, else a true
 * negative. Whitespace is collapsed on both sides, so that a segment does not miss on a line break.
 */

export interface Counts {
  tp: number;
  fn: number;
  fp: number;
  tn: number;
}

export interface PageScore extends Counts {
  /** `with` segments the text lacks. */
  missed: string[];
  /** `without` segments the text holds. */
  leaked: string[];
}

export interface Scores {
  precision: number;
  recall: number;
  accuracy: number;
  f: number;
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

export function scorePage(text: string, withSegments: readonly string[], withoutSegments: readonly string[]): PageScore {
  const t = norm(text);
  const missed = withSegments.filter((s) => !t.includes(norm(s)));
  const leaked = withoutSegments.filter((s) => t.includes(norm(s)));
  return {
    tp: withSegments.length - missed.length,
    fn: missed.length,
    fp: leaked.length,
    tn: withoutSegments.length - leaked.length,
    missed,
    leaked,
  };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fn: a.fn + b.fn, fp: a.fp + b.fp, tn: a.tn + b.tn };
}

export function scores({ tp, fn, fp, tn }: Counts): Scores {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const all = tp + fn + fp + tn;
  return {
    precision,
    recall,
    accuracy: all ? (tp + tn) / all : 0,
    f: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
  };
}
