import { FURNITURE_WORDS } from '../promo/furniture/words';
import { CREDIT_AT_END, CREDIT_ONLY, DATE_DIGITS, DATE_FILLERS, DAY_OR_YEAR } from '../promo/furniture/signals';
import { normalize, startsWithPhrase } from '../promo/normalize';

/**
 * Page furniture left INSIDE a block of prose: a photo credit in parentheses glued to a sentence ("…the
 * agency said.(Oleg Urusov/ Roscosmos Press Service photo via AP)"), a dateline glued to the first
 * sentence ("May 8, 20243:41 PM GMT+9Updated 2 hours ago Toyota reported…"), a wire dateline ("TOKYO
 * (Reuters) -"). The promo stage sets aside whole blocks of furniture (utils/promo/furniture/); these are
 * the same kinds of line, found by the same words and patterns, inside a block it kept. The summary and the
 * key facts read what is left.
 */

/** A credit in parentheses is short; longer, it is an aside of the story. */
const MAX_CREDIT_CHARS = 160;
/** Words a relative time adds to a dateline: "Updated 2 hours ago", "mis à jour il y a 2 heures", "vor 3 Stunden". */
const RELATIVE_TIME = ['ago', 'hour', 'hours', 'hr', 'hrs', 'minute', 'minutes', 'min', 'mins', 'day', 'days', 'il', 'y', 'heure', 'heures', 'jours', 'vor', 'stunde', 'stunden', 'minuten', 'tag', 'tagen'];
/** What a dateline must have besides a date to be told from a sentence that opens with one ("On May 8, 2024, Toyota…"). */
const DATELINE_MARKERS = new Set(['updated', 'published', 'posted', 'mis', 'publie', 'modifie', 'aktualisiert', 'veroffentlicht', 'actualizado', 'publicado']);

interface Words {
  /** "First published", "Updated", "Mis à jour": what opens a dateline, as a pattern over the text as written. */
  datelineLead: RegExp;
  months: Set<string>;
  fillers: Set<string>;
  /** Caption and byline lead phrases, normalised ("photo by", "reporting by", "credit:"). */
  creditLeads: string[];
  /** Single words that name a picture ("photo", "image", "foto", "bild"): with "via" or "/", a credit. */
  pictureWords: Set<string>;
}

let compiled: Words | null = null;

function words(): Words {
  if (compiled) return compiled;
  const months = new Set<string>();
  const creditLeads: string[] = [];
  const pictureWords = new Set<string>();
  const leads: string[] = [];
  for (const w of FURNITURE_WORDS) {
    for (const lead of w.leads.dateline ?? []) leads.push(lead.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
    for (const m of w.months) months.add(normalize(m));
    for (const lead of [...(w.leads.caption ?? []), ...(w.leads.byline ?? [])]) {
      const n = normalize(lead).replace(/^\(/, '').trim();
      // "By " and "Par " are bylines at a line's start, and in any sentence: only phrases of two words or with a colon.
      if (n.includes(' ') || n.endsWith(':')) creditLeads.push(n);
    }
    for (const lead of w.leads.caption ?? []) {
      const first = /^\(?([\p{L}]+)/u.exec(normalize(lead))?.[1];
      if (first && first.length >= 4) pictureWords.add(first);
    }
  }
  const datelineLead = new RegExp(`(?<![\\p{L}\\p{N}])(?:${leads.sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}])`, 'giu');
  compiled = { datelineLead, months, fillers: new Set([...DATE_FILLERS, ...RELATIVE_TIME]), creditLeads, pictureWords };
  return compiled;
}

/** Whether the inside of a parenthesis ("Photo: AP", "Reuters", "AP Photo/Evan Vucci", "Reporting by Jane Doe") is a credit. */
export function isCreditAside(inner: string): boolean {
  const n = normalize(inner);
  if (!n || n.length > MAX_CREDIT_CHARS || /[.!?]\s/.test(n)) return false;
  if (CREDIT_AT_END.test(`(${n})`) || CREDIT_ONLY.test(n)) return true;
  const w = words();
  if (w.creditLeads.some((lead) => startsWithPhrase(n, lead))) return true;
  const picture = (n.match(/\p{L}+/gu) ?? []).some((x) => w.pictureWords.has(x));
  return picture && (/\bvia\b/.test(n) || n.includes('/'));
}

/** One token of a dateline, at the start of `s`: a time, a date in digits, a number, a GMT offset, or a word. */
const TOKEN = /^(?:\d{1,2}[:h.]\d{2}(?:\s?[ap]\.?m\.?)?|\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|(?:gmt|utc)[+-]\d{1,2}(?::?\d{2})?|(?:19|20)\d{2}(?=\d{1,2}[:h.]\d{2})|\d{1,4}(?:st|nd|rd|th|er|e)?(?![\p{L}\d])|\p{L}+\.?)/iu;
const SEPARATORS = /^[\s,.:;|·•–—/-]+/u;

/**
 * The length of the dateline that opens `text` ("May 8, 20243:41 PM GMT+9Updated 2 hours ago "), or 0.
 * It holds a date (month and number, or digits), a time or a "published / updated" word, and nothing that
 * is not a date's word; what follows opens a sentence.
 */
export function leadingDatelineLength(text: string): number {
  const w = words();
  let at = 0;
  let month = false;
  let number = false;
  let digits = false;
  let time = false;
  let marker = false;
  let best = 0;
  for (;;) {
    at += SEPARATORS.exec(text.slice(at))?.[0].length ?? 0;
    const m = TOKEN.exec(text.slice(at));
    if (!m) break;
    const raw = m[0];
    const n = normalize(raw).replace(/\.$/, '');
    if (/^\d{1,2}[:h.]\d{2}/.test(n) || /^(?:gmt|utc)[+-]/.test(n)) time = true;
    else if (DATE_DIGITS.test(n)) digits = true;
    else if (DAY_OR_YEAR.test(n) || /^\d{1,4}$/.test(n)) number = true;
    else if (w.months.has(n)) month = true;
    else if (DATELINE_MARKERS.has(n)) marker = true;
    else if (!w.fillers.has(n)) break;
    at += raw.length;
    // The longest run that is a dateline and after which a sentence opens ("… 2 heures | Le constructeur").
    const rest = text.slice(at).replace(SEPARATORS, '');
    if ((digits || (month && number)) && (time || marker) && /^[\p{Lu}«“"(]/u.test(rest)) best = text.length - rest.length;
  }
  return best;
}

/** "TOKYO (Reuters) - ", "PARIS, 8 mai (AFP) — ": a wire dateline, its city in capitals and its agency a credit. */
const WIRE_DATELINE = /^\s*\p{Lu}[\p{Lu}\p{M} .'’-]{1,40}(?:,[^()]{1,30})?\s*\(([^()]{2,40})\)\s*[-–—]+\s*/u;

/**
 * The parts of a block's text a reader reads: the text without the credits in parentheses and the datelines
 * it holds. Each part is a piece of the text as written (the panel finds it again on the page), in order.
 */
export function readableParts(text: string): string[] {
  let start = 0;
  const wire = WIRE_DATELINE.exec(text);
  if (wire && isCreditAside(wire[1])) start = wire[0].length;
  start += leadingDatelineLength(text.slice(start));
  const parts: string[] = [];
  const open: number[] = [];
  let from = start;
  for (let i = start; i < text.length; i++) {
    if (text[i] === '(') open.push(i);
    else if (text[i] === ')' && open.length) {
      const o = open.pop()!;
      if (open.length === 0 && o >= from && isCreditAside(text.slice(o + 1, i))) {
        parts.push(text.slice(from, o));
        from = i + 1;
      }
    }
  }
  parts.push(text.slice(from));
  return parts.map((p) => p.slice(0, trailingDatelineStart(p)).trim()).filter((p) => /[\p{L}\p{N}]/u.test(p));
}

/** Where a dateline that closes `text` starts ("… First published February 1, 2016: 1:28 AM ET"), else its length. */
export function trailingDatelineStart(text: string): number {
  const re = words().datelineLead;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (datelineOnly(text.slice(m.index + m[0].length))) return m.index;
  }
  return text.length;
}

/** A sentence that is only a dateline or a credit ("Publié le 22/01/2024 à 10h30.", "AFP/Getty Images."). */
export function isFurnitureSentence(sentence: string): boolean {
  const n = normalize(sentence).replace(/[.\s]+$/, '');
  if (n.length <= MAX_CREDIT_CHARS && CREDIT_ONLY.test(n)) return true;
  const inner = /^\((.*)\)$/.exec(n)?.[1];
  if (inner !== undefined && isCreditAside(inner)) return true;
  return datelineOnly(sentence);
}

function datelineOnly(sentence: string): boolean {
  const w = words();
  let date = false;
  let month = false;
  let number = false;
  for (const tok of normalize(sentence).match(/[\p{L}\p{N}]+(?:[./:-][\p{L}\p{N}]+)*/gu) ?? []) {
    if (DATE_DIGITS.test(tok)) date = true;
    else if (w.months.has(tok)) month = true;
    else if (DAY_OR_YEAR.test(tok) || /^\d+$/.test(tok) || /^(?:gmt|utc)[+-]?\d*$/.test(tok)) number = true;
    else if (!w.fillers.has(tok) && !DATELINE_MARKERS.has(tok)) return false;
  }
  return date || (month && number);
}
