import type { Promo } from '@/utils/report';

/**
 * "Never hide this kind on this site" in one click. A block can be claimed by more than one rule (a "Read
 * more:" line inside a box whose class says "related"): the first rule to claim it wins, and turning that
 * one off lets the next one claim it on the next run. The panel follows the click through those runs: it
 * turns off each rule that still hides one of the blocks the reader asked to see, until none does.
 */
export interface NeverHide {
  /** The page it was asked on: another page's report does not count. */
  url: string | null;
  /** The blocks the reader asked to see (indexes into the article's blocks) and their texts (leftover boxes have no block). */
  blocks: number[];
  texts: string[];
  /** The rules turned off by this click so far, in order. */
  turnedOff: string[];
  /** The site's disabled rules before the click: "Undo" puts them back. */
  before: string[];
  /** Runs followed so far; a page that keeps finding new rules is not followed for ever. */
  rounds: number;
}

/** Rules turned off in one click, at most: more means something else is going on. */
export const MAX_ROUNDS = 6;

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

export function startNeverHide(url: string | null, promos: readonly Promo[], indexes: readonly number[], ruleIds: readonly string[], before: readonly string[]): NeverHide {
  const asked = indexes.map((i) => promos[i]).filter(Boolean);
  return {
    url,
    blocks: [...new Set(asked.flatMap((p) => p.blocks))],
    texts: [...new Set(asked.map((p) => squash(p.text)))],
    turnedOff: [...new Set(ruleIds)],
    before: [...before],
    rounds: 0,
  };
}

/** The rules of this run that still hide a block the reader asked to see, and are not yet turned off. */
export function rulesStillHiding(promos: readonly Promo[], n: NeverHide): string[] {
  const blocks = new Set(n.blocks);
  const texts = new Set(n.texts);
  const out: string[] = [];
  for (const p of promos) {
    if (!p.hidden || n.turnedOff.includes(p.ruleId) || out.includes(p.ruleId)) continue;
    if (p.blocks.some((b) => blocks.has(b)) || texts.has(squash(p.text))) out.push(p.ruleId);
  }
  return out;
}

/** The next step on a new report: the rules to turn off now (none when done), and the state after. */
export function followNeverHide(promos: readonly Promo[], url: string | null, n: NeverHide): { more: string[]; next: NeverHide } {
  if (url !== n.url || n.rounds >= MAX_ROUNDS) return { more: [], next: n };
  const more = rulesStillHiding(promos, n);
  if (more.length === 0) return { more, next: n };
  return { more, next: { ...n, turnedOff: [...n.turnedOff, ...more], rounds: n.rounds + 1 } };
}
