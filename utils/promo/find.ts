/**
 * findPromos: Article → PromoMatch[]. Pure: reads the live DOM, changes nothing.
 *
 * Order of precedence (first claim wins a block): the reader's selector rules, shape rules (whole
 * boxes), the reader's phrase rules, built-in phrase rules, then the heuristics. Every match is then
 * checked: no element twice, no element nested in another match's, never the article root or an
 * element that holds a block the match does not claim (a real paragraph is never hidden by accident).
 */
import type { Article } from '../article/types';
import type { Candidate, FindPromosOptions, PromoContext, PromoMatch } from './types';
import { findFurniture } from './furniture/find';
import type { FurnitureMatch } from './furniture/types';
import { BUILTIN_RULES } from './rules';
import { HEURISTICS } from './heuristics';
import { appliesToLang, compileRule, firstWord, leadText, matchRule, type CompiledRule } from './match-rule';
import { matchUserRules } from './user-rules';
import { matchLeftovers } from './orphans';
import { collapse, normalize } from './normalize';
import { siteNamesOf, hostLabel } from './site';
import { siteKey } from '../host';

/** The tail (closing boilerplate) is the last quarter of the blocks, and at least the last four. */
const TAIL_SHARE = 0.25;
const TAIL_MIN_BLOCKS = 4;

/** Compiled on first use: where the stage runs away from the page, the content script never pays for it. */
let compiled: readonly CompiledRule[] | null = null;
const builtinRules = (): readonly CompiledRule[] => (compiled ??= BUILTIN_RULES.map(compileRule));

/** The built-in rules that apply to a language, shape rules apart, with none disabled: made once per language. */
interface RulePlan {
  all: readonly CompiledRule[];
  shape: readonly CompiledRule[];
  phrase: readonly CompiledRule[];
  /** The rules with a first-word index (match-rule.ts), by each of their first words. */
  byFirstWord: ReadonlyMap<string, readonly CompiledRule[]>;
}
const plans = new Map<string | null, RulePlan>();

function planFor(lang: string | null, disabled: ReadonlySet<string>): RulePlan {
  const make = (): RulePlan => {
    const all = builtinRules().filter((c) => !disabled.has(c.rule.id) && appliesToLang(c.rule, lang));
    const byFirstWord = new Map<string, CompiledRule[]>();
    for (const c of all) {
      for (const w of c.firstWords ?? []) {
        const list = byFirstWord.get(w);
        if (list) list.push(c);
        else byFirstWord.set(w, [c]);
      }
    }
    return { all, shape: all.filter((c) => c.rule.shape), phrase: all.filter((c) => !c.rule.shape), byFirstWord };
  };
  if (disabled.size > 0) return make();
  let plan = plans.get(lang);
  if (!plan) plans.set(lang, (plan = make()));
  return plan;
}

/**
 * The rules that can match a block. A rule with a first-word index matches only blocks whose lead starts
 * with one of its words: the rules are found from the blocks' lead words, so a rule none of them begins
 * is never looked at (most phrase rules are for other sites' wording). Asking each rule about each of its
 * words instead was a quarter of the stage on a short page.
 */
function mayMatchIn(plan: RulePlan, leadWords: readonly string[]): (c: CompiledRule) => boolean {
  const possible = new Set<CompiledRule>();
  for (const w of leadWords) for (const c of plan.byFirstWord.get(w) ?? []) possible.add(c);
  return (c) => !c.firstWords || possible.has(c);
}

function hostOf(article: Article, explicit: string | null | undefined): string | null {
  if (explicit !== undefined) return siteKey(explicit);
  const url = article.url ?? article.doc.URL;
  try {
    const u = new URL(url ?? '');
    return u.protocol === 'http:' || u.protocol === 'https:' ? siteKey(u.hostname) : null;
  } catch {
    return null;
  }
}

export function buildContext(article: Article, host: string | null | undefined): PromoContext {
  const h = hostOf(article, host);
  const n = article.blocks.length;
  const tailStart = Math.max(0, Math.min(n - TAIL_MIN_BLOCKS, Math.floor(n * (1 - TAIL_SHARE))));
  const siteName = article.siteName?.trim() || (h ? hostLabel(h) : null);
  const norm = article.blocks.map((b) => normalize(b.text));
  return {
    article,
    norm,
    leadWord: norm.map((t) => firstWord(leadText(t))),
    host: h,
    siteName,
    siteNames: siteNamesOf(article.siteName, h),
    lang: article.lang,
    tailStart,
    shapes: new Map(),
    plain: [],
    links: [],
  };
}

function fillSite(reason: string, ctx: PromoContext): string {
  return reason.replace(/\{site\}/g, ctx.siteName ?? ctx.host ?? 'this site');
}

/** Elements already hidden by earlier matches, to refuse duplicates and nesting. */
class Claims {
  readonly blocks = new Set<number>();
  readonly elements: Element[] = [];
  overlaps(el: Element): boolean {
    return this.elements.some((e) => e === el || e.contains(el) || el.contains(e));
  }
}

/** Turns a candidate into a checked match, or null when nothing of it can be hidden safely. */
function resolve(c: Candidate, ctx: PromoContext, claims: Claims): PromoMatch | null {
  const { blocks } = ctx.article;
  const root = ctx.article.root;
  if (c.blocks.length === 0) {
    // A leftover box: no blocks inside by construction, hidden whole.
    const els = (c.containers ?? []).filter((el) => !!root && el !== root && !el.contains(root) && !claims.overlaps(el));
    if (els.length === 0) return null;
    return { blocks: [], elements: els, ruleId: c.ruleId, reason: fillSite(c.reason, ctx), text: c.text ?? '' };
  }
  const wanted = new Set(c.blocks.filter((i) => !claims.blocks.has(i)));
  if (wanted.size === 0) return null;

  /** Article blocks inside el that this match does not claim: hiding el would hide them too. */
  const holdsOthers = (el: Element) => blocks.some((b, j) => !wanted.has(j) && (el === b.el || el.contains(b.el)));
  const safe = (el: Element) => !!root && el !== root && !el.contains(root) && el.isConnected !== false && !claims.overlaps(el);

  const elements: Element[] = [];
  const covered = new Set<number>();
  for (const box of c.containers ?? []) {
    if (!safe(box) || holdsOthers(box)) continue;
    elements.push(box);
    blocks.forEach((b, j) => {
      if (wanted.has(j) && (box === b.el || box.contains(b.el))) covered.add(j);
    });
  }
  for (const j of [...wanted].sort((a, b) => a - b)) {
    if (covered.has(j)) continue;
    const el = blocks[j].el;
    if (!safe(el) || holdsOthers(el) || elements.some((e) => e.contains(el))) {
      wanted.delete(j);
      continue;
    }
    elements.push(el);
    covered.add(j);
  }
  if (covered.size === 0) return null;
  for (const extra of c.extras ?? []) {
    if (safe(extra) && !holdsOthers(extra) && !elements.some((e) => e === extra || e.contains(extra) || extra.contains(e))) elements.push(extra);
  }
  const idx = [...covered].sort((a, b) => a - b);
  return {
    blocks: idx,
    elements,
    ruleId: c.ruleId,
    reason: fillSite(c.reason, ctx),
    text: idx.map((j) => collapse(blocks[j].text)).join(' '),
  };
}

/** Document order of two matches, by their first element. */
function firstPosition(a: PromoMatch, b: PromoMatch): number {
  const x = a.elements[0];
  const y = b.elements[0];
  if (x === y) return 0;
  return x.compareDocumentPosition(y) & 4 /* FOLLOWING */ ? -1 : 1;
}

export function findPromos(article: Article, opts: FindPromosOptions = {}): PromoMatch[] {
  if (!article.root || article.blocks.length === 0) return [];
  return promosIn(buildContext(article, opts.host), opts);
}

/** The promo stage: the promos to hide, then the page furniture (furniture/) among the blocks left. */
export function findPromosAndFurniture(article: Article, opts: FindPromosOptions = {}): { promos: PromoMatch[]; furniture: FurnitureMatch[] } {
  if (!article.root || article.blocks.length === 0) return { promos: [], furniture: [] };
  const ctx = buildContext(article, opts.host);
  const promos = promosIn(ctx, opts);
  return { promos, furniture: findFurniture(ctx, new Set(promos.flatMap((m) => m.blocks))) };
}

function promosIn(ctx: PromoContext, opts: FindPromosOptions): PromoMatch[] {
  const disabled = new Set(opts.disabledRuleIds ?? []);
  const plan = planFor(ctx.lang, disabled);
  const userRules = (opts.userRules ?? []).filter((r) => !disabled.has(`user:${r.id}`) && !disabled.has(r.id));
  const mayMatch = mayMatchIn(plan, ctx.leadWord);
  const matchAll = (rules: readonly CompiledRule[]) => rules.flatMap((c) => (mayMatch(c) ? matchRule(c, ctx) : []));

  const candidates: Candidate[] = [
    ...matchUserRules(userRules.filter((r) => r.kind === 'selector'), ctx),
    ...matchAll(plan.shape),
    ...matchUserRules(userRules.filter((r) => r.kind === 'phrase'), ctx),
    ...matchAll(plan.phrase),
    ...HEURISTICS.filter((h) => !disabled.has(h.id)).flatMap((h) => h.find(ctx)),
    ...matchLeftovers(plan.all, ctx),
  ];

  const claims = new Claims();
  const matches: PromoMatch[] = [];
  for (const c of candidates) {
    const m = resolve(c, ctx, claims);
    if (!m) continue;
    m.blocks.forEach((j) => claims.blocks.add(j));
    claims.elements.push(...m.elements);
    matches.push(m);
  }
  return matches.sort((a, b) => firstPosition(a, b));
}
