/**
 * Companies the gazetteer does not know, recognised by what the text says of them:
 *
 *   "Hensoldt AG", "Acme Robotics Inc.", "Mistral SAS"           a capitalised name with its legal form
 *   "the asset manager Bitwise", "la société Pasqal",            a noun that introduces a company
 *   "das Unternehmen Quantum Systems"
 *   "Pony.ai, a Guangzhou-based startup, said…",                 an apposition with such a noun
 *   "Pasqal, une start-up française"
 *
 * Each gives its name once; later short mentions are found by co-reference (coreference.ts). A name the
 * gazetteer knows is left to it, and so are people, places and months (the word tables of lang-words.ts).
 */
import type { FoundBy } from '../report';
import type { LangWords } from './lang-words';
import { ABBREVIATED_SUFFIXES, CONNECTORS, isLegalSuffix } from './name-parts';
import { nameBefore } from './tickers-in-parens';
import { isNameLike, isSentenceInitial, type Token } from './tokens';
import { longestMatch, type TrieNode } from './trie';

/** Legal forms that make a company of the capitalised name before them (not "Group", "Co", "de"…). */
const STRICT_LEGAL_FORMS = new Set([
  'inc', 'incorporated', 'corp', 'corporation', 'ltd', 'limited', 'llc', 'plc', 'sa', 's.a', 'sas', 's.a.s', 'se', 'ag', 'nv', 'n.v',
  'bv', 'b.v', 'gmbh', 'kgaa', 'spa', 's.p.a', 'srl', 's.r.l', 'ab', 'asa', 'oyj', 'kk', 'k.k', 'pty', 'sarl', 'ltda', 'bhd', 'berhad', 'tbk', 'pjsc',
]);
/** How many words a name introduced by a noun may have ("Quantum Systems", "Black Forest Labs"). */
const MAX_NAME_TOKENS = 5;
/** Articles that open an apposition: "X, a …", "X, une …", "X, ein …". */
const APPOSITION_ARTICLES = new Set(['a', 'an', 'the', 'un', 'une', 'le', 'la', 'l', 'ein', 'eine', 'der', 'die', 'das']);
const ENGLISH_ARTICLES = new Set(['a', 'an', 'the']);
/** How many words may stand between the article and the noun ("a Shenzhen-based electric carmaker"). */
const MAX_MODIFIERS = 4;

export interface ContextCompany {
  /** Token range of the name (exclusive end) and its offsets in the text. */
  from: number;
  to: number;
  start: number;
  end: number;
  foundBy: FoundBy;
}

const SPACES = /^[\s\u00a0\u202f]+$/;
const spaced = (text: string, a: Token, b: Token): boolean => SPACES.test(text.slice(a.end, b.start));

/** Can this token stand inside a company's name? */
function namePart(t: Token, words: LangWords): boolean {
  return isNameLike(t.raw) && !words.notEntities.has(t.raw) && !words.calendar.has(t.norm) && !words.functionWords.has(t.norm);
}

/** The name that starts at token i: capitalised words, inner connectors, trailing legal forms. */
function nameFrom(text: string, toks: readonly Token[], i: number, words: LangWords): number {
  let to = i;
  for (let k = i; k < toks.length && k - i < MAX_NAME_TOKENS; k++) {
    if (k > i && !spaced(text, toks[k - 1], toks[k])) break;
    if (namePart(toks[k], words) || (k > i && isLegalSuffix(toks[k].norm, toks[k].raw))) to = k + 1;
    else if (!(k > i && CONNECTORS.has(toks[k].norm))) break;
  }
  return to;
}

/** The company noun whose last token is toks[k]: the index of its first token, or -1. */
function nounEndingAt(text: string, toks: readonly Token[], k: number, words: LangWords): number {
  if (k < 0 || !words.companyNounHeads.has(toks[k].norm)) return -1;
  let phrase = toks[k].norm;
  let found = words.companyNouns.has(phrase) ? k : -1;
  for (let j = k - 1; j >= 0 && k - j < 3; j--) {
    if (!/^[\s\u00a0\u202f’'-]+$/.test(text.slice(toks[j].end, toks[j + 1].start))) break;
    phrase = `${toks[j].norm} ${phrase}`;
    if (words.companyNouns.has(phrase)) found = j;
  }
  return found;
}

/** Is the noun at toks[k] part of a proper name ("the Investment Company Act")? German nouns are capitalised. */
function insideName(toks: readonly Token[], k: number, words: LangWords): boolean {
  const before = toks[k - 1];
  return /^\p{Lu}/u.test(toks[k].raw) && !!before && isNameLike(before.raw) && !words.functionWords.has(before.norm);
}

/** Are the tokens from..to only places, connectors and legal forms ("Paris SA"): no company's name? */
function placeOrNothing(toks: readonly Token[], from: number, to: number, words: LangWords): boolean {
  for (let k = from; k < to; k++) if (!words.places.has(toks[k].norm) && !CONNECTORS.has(toks[k].norm) && !isLegalSuffix(toks[k].norm, toks[k].raw)) return false;
  return true;
}

/** Are the tokens from..to claimed neither by a ticker parenthesis nor by a company found before? */
function free(taken: ReadonlySet<number>, out: readonly ContextCompany[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (taken.has(k)) return false;
  for (const c of out) if (c.from < to && from < c.to) return false;
  return true;
}

/** Companies the text names with a legal form or a company noun, none of them a gazetteer name. */
export function findContextCompanies(text: string, toks: readonly Token[], words: LangWords, trie: TrieNode, taken: ReadonlySet<number>): ContextCompany[] {
  const out: ContextCompany[] = [];

  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    // Every cue below ends at a capitalised word: the others (most tokens) are passed over at once.
    const c0 = t.raw.charCodeAt(0);
    if (c0 < 65 || (c0 > 90 && (c0 < 128 || !isNameLike(t.raw)))) continue;
    // 1. "Hensoldt AG": the run of capitalised words before a legal form.
    if (k > 0 && STRICT_LEGAL_FORMS.has(t.norm) && isLegalSuffix(t.norm, t.raw)) {
      const end = ABBREVIATED_SUFFIXES.has(t.norm) && text[t.end] === '.' ? t.end + 1 : t.end;
      const span = nameBefore(text, toks, end, words, trie);
      if (!span || span.entry !== null || span.to !== k + 1) continue;
      // "Arduino SRL and Arduino LLC" are two companies: a name ends at its legal form.
      let from = span.from;
      for (let j = k - 2; j >= from; j--) if (STRICT_LEGAL_FORMS.has(toks[j].norm) && CONNECTORS.has(toks[j + 1].norm)) from = j + 2;
      if (from < k && !placeOrNothing(toks, from, k, words) && free(taken, out, from, span.to)) {
        out.push({ from, to: span.to, start: toks[from].start, end: span.end, foundBy: { cue: 'legal-form', words: t.raw } });
      }
      continue;
    }
    // Most tokens follow no company noun and precede no comma: nothing more is asked of them.
    const afterNoun = k > 0 && words.companyNounHeads.has(toks[k - 1].norm);
    if ((!afterNoun && text.charCodeAt(t.end) !== 44) || taken.has(k)) continue;
    // 2. "the asset manager Bitwise": a company noun right before the name.
    const nounAt = afterNoun && spaced(text, toks[k - 1], t) ? nounEndingAt(text, toks, k - 1, words) : -1;
    if (nounAt >= 0 && !insideName(toks, nounAt, words) && namePart(t, words) && !isSentenceInitial(text, toks, k) && longestMatch(trie, text, toks, k) === null) {
      const to = nameFrom(text, toks, k, words);
      const next = toks[to];
      if (!placeOrNothing(toks, k, to, words) && !(next && words.personVerbs.has(next.norm)) && free(taken, out, k, to)) {
        out.push({ from: k, to, start: t.start, end: toks[to - 1].end, foundBy: { cue: 'company-noun', words: text.slice(toks[nounAt].start, toks[k - 1].end) } });
        k = to - 1;
        continue;
      }
    }
    // 3. "Pony.ai, a Guangzhou-based startup,": a name, a comma, an article, a few words, a company noun.
    const art = toks[k + 1];
    if (text.charCodeAt(t.end) !== 44 || !art || !APPOSITION_ARTICLES.has(art.norm) || !/^,[\s\u00a0\u202f]+$/.test(text.slice(t.end, art.start))) continue;
    const span = nameBefore(text, toks, t.end, words, trie);
    if (!span || span.entry !== null || placeOrNothing(toks, span.from, span.to, words) || !free(taken, out, span.from, span.to)) continue;
    const english = ENGLISH_ARTICLES.has(art.norm);
    for (let j = k + 2; j < toks.length && j - (k + 1) <= MAX_MODIFIERS + 1; j++) {
      if (!/^[\s\u00a0\u202f’'-]+$/.test(text.slice(toks[j - 1].end, toks[j].start))) break;
      const from = nounEndingAt(text, toks, j, words);
      if (from < 0) continue;
      // The noun heads its phrase. In English nothing but punctuation or a function word follows it ("a
      // company director" is a person); in French and German it comes right after the article, and its
      // adjectives follow it ("une start-up française", "ein Unternehmen aus Bremen").
      const after = toks[j + 1];
      const heads = english
        ? !after || /[,.;:)]/.test(text.slice(toks[j].end, after.start)) || words.functionWords.has(after.norm)
        : from === k + 2;
      if (heads) out.push({ from: span.from, to: span.to, start: span.start, end: span.end, foundBy: { cue: 'company-noun', words: text.slice(toks[from].start, toks[j].end) } });
      break;
    }
  }
  return out;
}
