/**
 * The promo stage away from the page's thread. On a page it is Lede's costliest work after the parse, and a
 * cold one (its rules compile and its code warms up on every page load); in the extension's offscreen
 * document or background page, which live on, it runs warm on the copy the parse was made from:
 *   - promosOnCopy: findPromos on the copy's article, its elements written as paths from the article's
 *     root (element-path.ts);
 *   - promosFromCopy: on the page, the same matches with the page's own elements, or null when the copy
 *     and the page disagree (another article, an element not where the copy had it): the caller then runs
 *     findPromos on the page itself.
 */
import type { Article } from '../article/types';
import { articleFromParsed } from '../article/extract';
import type { AwayPromoRequest, AwayPromos, ParsedArticle } from './wire';
import { elementAlong, pathBetween } from '../dom/element-path';
import { readableText } from '../dom/text-nodes';
import { findPromosAndFurniture } from '../promo/find';
import type { FurnitureMatch } from '../promo/furniture/types';
import type { PromoMatch } from '../promo/types';

const blockSignature = (article: Article): AwayPromos['blocks'] => article.blocks.map((b) => ({ tag: b.el.tagName, length: b.text.length }));

/**
 * What an element is, to tell it from its neighbours: tag, id, class, src, and the length and start of its
 * readable text (not <noscript>'s, which is markup on the page and elements on the copy, nor scripts').
 */
function sig(el: Element): string {
  const text = readableText(el);
  return [el.tagName, el.id, el.getAttribute('class') ?? '', el.getAttribute('src') ?? '', text.length, text.slice(0, 48)].join('|');
}

/** Links of the copy resolve against the page's base URL, as they do on the page. */
function setBase(copy: Document, baseURI: string): void {
  const base = copy.querySelector('base[href]') ?? copy.head?.appendChild(copy.createElement('base'));
  base?.setAttribute('href', baseURI);
}

/**
 * findPromos on `copy` (a parse of the page's HTML, not yet changed by Readability) for the verdict
 * `parsed`, as plain data. Null when the copy has no article or an element of a match cannot be located.
 */
export function promosOnCopy(copy: Document, parsed: ParsedArticle, req: AwayPromoRequest): Omit<AwayPromos, 'ms'> | null {
  setBase(copy, req.baseURI);
  const hint = req.langHint;
  const article = articleFromParsed(copy, parsed, { url: req.baseURI, guessLang: hint ? () => hint : undefined });
  if (!article) return null;
  const matches: AwayPromos['matches'] = [];
  const { promos, furniture } = findPromosAndFurniture(article, { host: req.host, userRules: req.userRules, disabledRuleIds: req.disabledRuleIds });
  for (const m of promos) {
    const elements: AwayPromos['matches'][number]['elements'] = [];
    for (const el of m.elements) {
      const path = pathBetween(article.root!, el);
      if (!path) return null;
      elements.push({ ...path, sig: sig(el) });
    }
    matches.push({ blocks: m.blocks, elements, ruleId: m.ruleId, reason: m.reason, text: m.text });
  }
  return { lang: article.lang, blocks: blockSignature(article), setAside: furniture, matches };
}

/**
 * The copy's matches on the live article, with its furniture (by block index: the blocks are the same), or
 * null when the copy does not describe this page exactly.
 */
export function promosFromCopy(article: Article, away: AwayPromos): { promos: PromoMatch[]; furniture: FurnitureMatch[] } | null {
  if (away.lang !== article.lang || away.blocks.length !== article.blocks.length) return null;
  for (let i = 0; i < away.blocks.length; i++) {
    const b = article.blocks[i];
    if (away.blocks[i].tag !== b.el.tagName || away.blocks[i].length !== b.text.length) return null;
  }
  const out: PromoMatch[] = [];
  for (const m of away.matches) {
    const elements: Element[] = [];
    for (const want of m.elements) {
      const el = article.root && elementAlong(article.root, want);
      if (!el || sig(el) !== want.sig) return null;
      elements.push(el);
    }
    out.push({ blocks: m.blocks, elements, ruleId: m.ruleId, reason: m.reason, text: m.text });
  }
  return { promos: out, furniture: away.setAside };
}
