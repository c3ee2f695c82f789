/**
 * Matching built-in rules (data) against the article's blocks. A rule's conditions are AND-ed; the
 * result is a Candidate that find.ts de-duplicates and checks.
 */
import type { Candidate, PromoContext, PromoRule } from './types';
import { normalize, startsWithPhrase } from './normalize';
import { blockLinkStats } from './links';
import { shapedAncestor } from './shape';
import { blocksInside, boxAround, isSmallBox } from './box';
import { embedsAfter } from './embed';

/** Default longest block a phrase rule matches: CoinGeek's "Pour que l'IA…" plug is ~520 characters. */
const DEFAULT_MAX_CHARS = 700;
/** Symbols that open promo lines and are not part of the phrase: "► Lire aussi", "» Read more", "→". */
const LEADING_SYMBOLS = /^[^\p{L}\p{N}«"']+/u;

const FIRST_WORD = /^[\p{L}\p{N}]*/u;

/** The word a normalised text starts with ('' when it starts with anything else). */
export function firstWord(text: string): string {
  return FIRST_WORD.exec(text)![0];
}

export interface CompiledRule {
  rule: PromoRule;
  lead: string[] | null;
  label: Set<string> | null;
  /**
   * The first words of the rule's phrases and labels. A block matches a phrase only when its lead starts
   * with the phrase at a word boundary, and a label only when its lead is the label, so its lead's first
   * word is then the phrase's: other blocks are not looked at. Null when the rule has no phrase or label,
   * or one that does not start with a word.
   */
  firstWords: Set<string> | null;
}

/** May a text whose lead begins with `word` match the rule, by its first-word index? */
export const canBegin = (c: CompiledRule, word: string): boolean => !c.firstWords || c.firstWords.has(word);

export function compileRule(rule: PromoRule): CompiledRule {
  const lead = rule.lead ? rule.lead.map(normalize).filter(Boolean) : null;
  const label = rule.label ? new Set(rule.label.map(normalize)) : null;
  const phrases = [...(lead ?? []), ...(label ?? [])];
  const words = phrases.map(firstWord);
  return { rule, lead, label, firstWords: phrases.length && !words.includes('') ? new Set(words) : null };
}

export function appliesToLang(rule: PromoRule, lang: string | null): boolean {
  return rule.langs === 'all' || lang === null || rule.langs.includes(lang);
}

/** The normalised text with leading bullets and arrows removed, for lead matching. */
export function leadText(norm: string): string {
  return norm.replace(LEADING_SYMBOLS, '');
}

/** Does block `i` satisfy every text-level condition of the rule? (Shape is handled separately.) */
function matchesText(c: CompiledRule, ctx: PromoContext, i: number): boolean {
  return matchesTextOf(c, ctx.norm[i], () => blockLinkStats(ctx, i).links);
}

/** The text conditions of a rule on any normalised text, with its links fetched only when needed. */
export function matchesTextOf(c: CompiledRule, norm: string, linksOf: () => Element[]): boolean {
  const { rule } = c;
  if (!(c.lead || c.label || rule.text || rule.link)) return false;
  if (norm.length > (rule.maxChars ?? DEFAULT_MAX_CHARS)) return false;
  const lead = c.lead || c.label ? leadText(norm) : '';
  if (c.lead && !c.lead.some((p) => startsWithPhrase(lead, p))) return false;
  if (c.label && !c.label.has(lead.replace(/[\s.:!*|>»→·•-]+$/u, ''))) return false;
  if (rule.text && !rule.text.test(norm)) return false;
  if (rule.link) {
    const links = linksOf();
    const { text, href } = rule.link;
    const ok = links.some((a) => {
      if (text && !text.test(normalize(a.textContent ?? ''))) return false;
      if (href) {
        let abs = a.getAttribute('href') ?? '';
        try {
          abs = new URL(abs, a.ownerDocument.baseURI || undefined).href;
        } catch {
          /* keep the raw value */
        }
        if (!href.test(abs)) return false;
      }
      return true;
    });
    if (!ok) return false;
  }
  return true;
}

/** A "Read more:" list line: short, nearly all link text, not a heading or quote. */
const LIST_LINE_MAX_CHARS = 250;
const LIST_LINE_MIN_DENSITY = 0.7;
/** A "Read more:" line heads at most this many link lines. */
const LIST_MAX_LINES = 10;

/** Is the line nothing but one of the rule's phrases (or labels), give or take punctuation? */
function isPhraseOnly(c: CompiledRule, norm: string): boolean {
  const t = leadText(norm).replace(/[\s.:;!|>»→-]+$/u, '');
  if (c.label) return true;
  return !!c.lead && c.lead.some((p) => p.replace(/[\s.:;!|>»→-]+$/u, '') === t);
}

/** The link lines right after block `i` that a phrase-only "Read more:" line introduces. */
function followingLinkLines(ctx: PromoContext, i: number): number[] {
  const out: number[] = [];
  const blocks = ctx.article.blocks;
  for (let j = i + 1; j < blocks.length && out.length < LIST_MAX_LINES; j++) {
    const b = blocks[j];
    if (b.kind === 'heading' || b.kind === 'quote' || ctx.norm[j].length > LIST_LINE_MAX_CHARS) break;
    if (blockLinkStats(ctx, j).density < LIST_LINE_MIN_DENSITY) break;
    out.push(j);
  }
  return out;
}

/** Candidates of one text rule (lead/label/text/link, optionally shape) over every block. */
export function matchRule(c: CompiledRule, ctx: PromoContext): Candidate[] {
  const { rule } = c;
  const out: Candidate[] = [];
  const hasTextCondition = !!(c.lead || c.label || rule.text || rule.link);
  if (!hasTextCondition && !rule.shape) return out;
  const blocks = ctx.article.blocks;
  const root = ctx.article.root;
  const seenBoxes = new Set<Element>();
  const { reason } = rule;

  for (let i = 0; i < blocks.length; i++) {
    if (rule.headingOnly && blocks[i].kind !== 'heading') continue;
    if (hasTextCondition && (!canBegin(c, ctx.leadWord[i]) || !matchesText(c, ctx, i))) continue;
    const list = rule.thenLinks && (rule.headingOnly || isPhraseOnly(c, ctx.norm[i])) ? followingLinkLines(ctx, i) : [];

    if (rule.shape) {
      // Shape rules: the block itself, or its outermost shaped ancestor below the root, if small.
      const box = shapedAncestor(ctx.shapes, blocks[i].el, root, rule.shape);
      if (!box || seenBoxes.has(box)) continue;
      if (box === blocks[i].el) {
        if (!isSmallBox(ctx, box)) continue;
        out.push({ blocks: [i], ruleId: rule.id, reason });
      } else {
        if (!isSmallBox(ctx, box)) continue;
        seenBoxes.add(box);
        out.push({ blocks: blocksInside(ctx, box), containers: [box], ruleId: rule.id, reason });
      }
      continue;
    }

    const embed = rule.embed ? embedsAfter(ctx, i) : null;
    if (rule.embed === 'required' && !embed) continue;
    const box = rule.box ? boxAround(ctx, i) : null;
    if (box && seenBoxes.has(box)) continue;
    if (box) seenBoxes.add(box);
    out.push({
      blocks: [...(box ? blocksInside(ctx, box) : [i]), ...(embed?.blocks ?? []), ...list],
      containers: box ? [box] : undefined,
      extras: embed?.elements,
      ruleId: rule.id,
      reason,
    });
  }
  return out;
}
