import type { KeyFact, KeyFactKind } from '../report';
import { CLAUSE_WORDS, type ClauseWords } from './data/clauses';
import { figuresIn } from './key-facts';
import { contentTerms, wordCount } from './terms';

/**
 * The key facts the panel shows: at most MAX_KEY_FACTS, in article order, each an amount, a percentage, a
 * date or a count with what it measures. One per sentence; each is the sentence itself when it is short,
 * else the clause that holds the figure (never a piece of a clause); none repeats another, a publisher's
 * point or a summary sentence. `sentence` is that clause or sentence exactly as the page has it (the panel
 * finds it again there), `text` the figure in it.
 */

export const MAX_KEY_FACTS = 6;
/** A sentence of up to this many words is a fact as it stands; a longer one gives its figure's clause. */
const SHORT_SENTENCE_WORDS = 28;
/** A fact says what its figure measures: the figure and at least this many words in all. */
const MIN_FACT_WORDS = 5;
/** A clause longer than this reads as a paragraph, not a fact. */
const MAX_FACT_CHARS = 260;
/** A fact whose content words are this much in something already said repeats it. */
const SAID_SHARE = 0.6;

/** Which figure of a sentence makes its fact: an amount before a percentage, before a count, a date, a year. */
const RANK: Record<KeyFactKind, number> = { money: 5, percent: 4, number: 3, date: 2, year: 1 };

const OPENING = new Set(['(', '[', '«', '“', '„', '‹']);
const CLOSING = new Set([')', ']', '»', '”', '“', '›']);

function clauseWords(lang: string | null): ClauseWords[] {
  const own = lang ? CLAUSE_WORDS[lang] : undefined;
  return own ? [own] : Object.values(CLAUSE_WORDS);
}

function startsWithWord(text: string, words: readonly string[]): string | null {
  const lower = text.toLowerCase();
  for (const w of words) {
    if (!lower.startsWith(w)) continue;
    // An elided word ("qu’") needs no space after it; any other ends at a non-letter.
    if (/['’]$/.test(w) || !/[\p{L}\p{N}]/u.test(lower.charAt(w.length))) return w;
  }
  return null;
}

/** Where a clause ends: after ";" or ":", before a spaced dash, or at a comma before a clause word. Never inside brackets or quotes. */
function clauseBreaks(sentence: string, data: ClauseWords[]): Array<{ at: number; next: number; dependent: boolean }> {
  const out: Array<{ at: number; next: number; dependent: boolean }> = [];
  let depth = 0;
  let straight = false;
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence[i];
    if (OPENING.has(c) && !(c === '“' && depth > 0 && CLOSING.has(c))) depth++;
    else if (CLOSING.has(c)) depth = Math.max(0, depth - 1);
    else if (c === '"') straight = !straight;
    if (depth > 0 || straight) continue;
    const rest = sentence.slice(i + 1);
    const space = /^[\s\u00a0\u202f]+/u.exec(rest)?.[0].length ?? 0;
    if ((c === ';' || c === ':') && space > 0) out.push({ at: i, next: i + 1 + space, dependent: false });
    else if (/[–—-]/.test(c) && /\s/u.test(sentence[i - 1] ?? '') && space > 0) out.push({ at: i, next: i + 1 + space, dependent: false });
    else if (c === ',' && space > 0) {
      const after = rest.slice(space);
      if (data.some((d) => startsWithWord(after, d.dependent))) out.push({ at: i, next: i + 1 + space, dependent: true });
      else if (data.some((d) => startsWithWord(after, d.independent))) out.push({ at: i, next: i + 1 + space, dependent: false });
    }
  }
  return out;
}

/** The clause of `sentence` that holds [start, end), with the clauses that lean on it; [from, to) of the sentence. */
function clauseAround(sentence: string, start: number, end: number, data: ClauseWords[]): [number, number] {
  const breaks = clauseBreaks(sentence, data);
  const spans: Array<{ from: number; to: number; dependent: boolean }> = [];
  let from = 0;
  let dependent = false;
  for (const b of breaks) {
    spans.push({ from, to: b.at, dependent });
    from = b.next;
    dependent = b.dependent;
  }
  spans.push({ from, to: sentence.length, dependent });
  let i = spans.findIndex((s) => start >= s.from && start < Math.max(s.to, s.from + 1));
  if (i < 0) return [0, sentence.length];
  let j = i;
  while (j + 1 < spans.length && spans[j + 1].from < end) j++; // the figure runs over a break
  while (i > 0 && spans[i].dependent) i--; // "…, up about 30%" leans on the clause before it
  // …and a figure that leans on this clause completes it ("$56 billion next year, up about 30% from this year").
  while (j + 1 < spans.length && spans[j + 1].dependent && hasFigure(sentence.slice(spans[j + 1].from, spans[j + 1].to))) j++;
  return [spans[i].from, spans[j].to];
}

const hasFigure = (text: string) => /\d/.test(text) && figuresIn(text, null).some((h) => h.kind === 'money' || h.kind === 'percent');

/** Drops what a fact does not open or close with: "and", "that", "que"; a trailing comma or dash. */
function trimClause(sentence: string, from: number, to: number, data: ClauseWords[]): [number, number] {
  let f = from;
  // A sentence keeps its first word ("But with just 18 months left…"); a clause cut out of one does not.
  for (let changed = from > 0; changed; ) {
    changed = false;
    const rest = sentence.slice(f);
    for (const d of data) {
      const w = startsWithWord(rest, d.drop);
      if (w) {
        f += w.length;
        f += /^[\s\u00a0\u202f]*/u.exec(sentence.slice(f))?.[0].length ?? 0;
        changed = true;
        break;
      }
    }
  }
  let t = to;
  while (t > f && /[\s,;:–—-]/u.test(sentence[t - 1])) t--;
  return [f, t];
}

const squash = (s: string) => s.toLowerCase().replace(/[\s\u00a0\u202f]+/gu, ' ').trim();

/** Whether `terms` are mostly in one of `said`: the fact repeats it. */
function repeats(terms: readonly string[], said: readonly Set<string>[]): boolean {
  const own = new Set(terms);
  if (own.size === 0) return false;
  return said.some((s) => {
    let shared = 0;
    for (const t of own) if (s.has(t)) shared++;
    return shared / own.size >= SAID_SHARE;
  });
}

interface Candidate {
  fact: KeyFact;
  position: number;
  rank: number;
  terms: string[];
}

/** The fact of one sentence, or null: its best figure whose clause reads as a fact. */
function factOf(sentence: string, lang: string | null, data: ClauseWords[]): { fact: KeyFact; rank: number } | null {
  const hits = figuresIn(sentence, lang);
  if (hits.length === 0) return null;
  const short = wordCount(sentence, lang) <= SHORT_SENTENCE_WORDS;
  const ordered = [...hits].sort((a, b) => RANK[b.kind] - RANK[a.kind] || a.start - b.start);
  for (const h of ordered) {
    const [from, to] = short ? [0, sentence.length] : trimClause(sentence, ...clauseAround(sentence, h.start, h.end, data), data);
    const clause = sentence.slice(from, to).trim();
    const figure = sentence.slice(h.start, h.end).trim();
    if (!clause.includes(figure) || clause.length > MAX_FACT_CHARS || wordCount(clause, lang) < MIN_FACT_WORDS) continue;
    return { fact: { kind: h.kind, text: figure, sentence: clause }, rank: RANK[h.kind] };
  }
  return null;
}

/**
 * Key facts from the body's sentences (in article order), leaving out what `said` already says (the
 * publisher's points and the summary's sentences).
 */
export function selectKeyFacts(sentences: readonly string[], lang: string | null, said: readonly string[] = [], max = MAX_KEY_FACTS): KeyFact[] {
  const data = clauseWords(lang);
  const saidText = said.map((s) => squash(s.replace(/…$/, '')));
  const saidTerms = said.map((s) => new Set(contentTerms(s, lang)));
  const kept: Candidate[] = [];
  sentences.forEach((sentence, position) => {
    if (saidText.some((s) => s.includes(squash(sentence).replace(/…$/, '')))) return;
    const found = factOf(sentence, lang, data);
    if (!found) return;
    const figure = squash(found.fact.text);
    const terms = contentTerms(found.fact.sentence, lang);
    // Already said: the same figure, or mostly the same words, in a publisher's point, the summary or a fact before it.
    if (saidText.some((s) => s.includes(figure)) || repeats(terms, saidTerms)) return;
    // …or in a fact before it: the same figure in either's clause ("launched at $400" twice), or mostly the same words.
    const clause = squash(found.fact.sentence);
    if (kept.some((k) => squash(k.fact.sentence).includes(figure) || clause.includes(squash(k.fact.text)))) return;
    if (repeats(terms, kept.map((k) => new Set(k.terms)))) return;
    kept.push({ ...found, position, terms });
  });
  return kept
    .sort((a, b) => b.rank - a.rank || a.position - b.position)
    .slice(0, max)
    .sort((a, b) => a.position - b.position)
    .map((c) => c.fact);
}
