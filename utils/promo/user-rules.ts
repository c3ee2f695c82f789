/**
 * The reader's own rules: a leading phrase, or a CSS selector, for one site or all. Validated before
 * they are saved, matched like the built-in ones.
 */
import type { Candidate, PromoContext, UserRule } from './types';
import { normalize, startsWithPhrase } from './normalize';
import { leadText } from './match-rule';
import { blocksInside } from './box';
import { siteKey } from '../host';

/** Shortest phrase accepted: "Lire" alone would hide real paragraphs. */
const MIN_PHRASE_CHARS = 3;
/** Selectors that match the page's frame or every paragraph: hiding them would hide the article. */
const TOO_BROAD = /^(?:\*|html|body|head|main|article|p|div|span|section|a|li|ul|ol|:root|:scope|br|img|em|strong|b|i|h[1-6])$/i;
/** On a given page, a selector matching more than this share of its paragraphs is too broad. */
const MAX_PARAGRAPH_SHARE = 0.5;

export function validateUserRule(rule: Omit<UserRule, 'id'>, doc?: Document): { ok: true } | { ok: false; error: string } {
  const value = rule.value ?? '';
  if (rule.site !== null && rule.site !== undefined && !/^[a-z0-9.-]+(?::\d+)?$/i.test(rule.site.trim())) {
    return { ok: false, error: `"${rule.site}" is not a host name (expected something like "example.com").` };
  }
  if (rule.kind === 'phrase') {
    const n = normalize(value);
    if (!n) return { ok: false, error: 'The phrase is empty.' };
    if (n.length < MIN_PHRASE_CHARS) return { ok: false, error: `The phrase is too short (at least ${MIN_PHRASE_CHARS} characters).` };
    return { ok: true };
  }
  if (rule.kind !== 'selector') return { ok: false, error: `Unknown rule kind "${String(rule.kind)}".` };
  const sel = value.trim();
  if (!sel) return { ok: false, error: 'The selector is empty.' };
  const host = doc ?? (typeof document !== 'undefined' ? document : undefined);
  if (host) {
    try {
      host.createDocumentFragment().querySelector(sel);
    } catch (e) {
      return { ok: false, error: `Invalid CSS selector "${sel}": ${e instanceof Error ? e.message : String(e)}` };
    }
  }
  const broad = sel.split(',').map((s) => s.trim()).find((s) => TOO_BROAD.test(s));
  if (broad !== undefined) return { ok: false, error: `The selector "${broad}" is too broad: it would hide the whole article or every paragraph.` };
  if (doc) {
    const hits = doc.querySelectorAll(sel);
    for (const el of hits) {
      if (el === doc.documentElement || el === doc.body) return { ok: false, error: `The selector "${sel}" matches the whole page.` };
    }
    const paragraphs = doc.querySelectorAll('p');
    let covered = 0;
    for (const p of paragraphs) if ([...hits].some((h) => h.contains(p))) covered++;
    if (paragraphs.length > 3 && covered / paragraphs.length > MAX_PARAGRAPH_SHARE) {
      return { ok: false, error: `The selector "${sel}" is too broad: it covers ${covered} of the page's ${paragraphs.length} paragraphs.` };
    }
  }
  return { ok: true };
}

/** Does the rule apply on this host? "coingeek.com" applies on coingeek.com and fr.coingeek.com. */
export function ruleAppliesTo(rule: UserRule, host: string | null): boolean {
  if (rule.site === null) return true;
  const site = siteKey(rule.site);
  if (!site || !host) return false;
  return host === site || host.endsWith(`.${site}`);
}

const REASON_PHRASE = 'Your rule: blocks starting with “{value}”';
const REASON_SELECTOR = 'Your rule: elements matching {value}';

function ruleId(rule: UserRule): string {
  return `user:${rule.id}`;
}

/** Candidates of the reader's rules that apply on this page. Invalid ones are skipped, never thrown. */
export function matchUserRules(rules: readonly UserRule[], ctx: PromoContext): Candidate[] {
  const out: Candidate[] = [];
  const blocks = ctx.article.blocks;
  const root = ctx.article.root;
  for (const rule of rules) {
    if (!ruleAppliesTo(rule, ctx.host)) continue;
    if (validateUserRule(rule, ctx.article.doc).ok !== true) continue;
    if (rule.kind === 'phrase') {
      const phrase = normalize(rule.value);
      const reason = REASON_PHRASE.replace('{value}', rule.value.trim());
      blocks.forEach((_, i) => {
        if (startsWithPhrase(leadText(ctx.norm[i]), phrase)) out.push({ blocks: [i], ruleId: ruleId(rule), reason });
      });
      continue;
    }
    const sel = rule.value.trim();
    const reason = REASON_SELECTOR.replace('{value}', sel);
    const seen = new Set<Element>();
    blocks.forEach((b, i) => {
      // The outermost element from the block up to (not including) the root that matches.
      let hit: Element | null = null;
      for (let cur: Element | null = b.el; cur && cur !== root && (!root || root.contains(cur)); cur = cur.parentElement) {
        try {
          if (cur.matches(sel)) hit = cur;
        } catch {
          return;
        }
      }
      if (!hit || seen.has(hit)) return;
      seen.add(hit);
      if (hit === b.el) out.push({ blocks: [i], ruleId: ruleId(rule), reason });
      else out.push({ blocks: blocksInside(ctx, hit), containers: [hit], ruleId: ruleId(rule), reason });
    });
  }
  return out;
}
