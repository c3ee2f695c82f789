/**
 * findFurniture: which blocks of the article are page furniture (types.ts). Pure: reads the live DOM,
 * changes nothing. Runs in the promo stage's pass, on the blocks no promo claimed, with its context (the
 * normalised texts, the shape terms).
 *
 * Signals, tried in this order for each block:
 *   1. structure: a <figcaption> or <caption>, or a block inside a small <figure> that holds an image;
 *   2. shape: the block, or a small box around it, has a class or id that names the furniture
 *      ("wp-caption-text", "byline", "entry-meta", "sharedaddy": signals.ts);
 *   3. words: a short line that begins with a phrase of its kind ("Foto:", "Aktualisiert am", "Share
 *      this") or is only a label ("Kommentare"): words/;
 *   4. patterns: a caption credit at the end of a short line, a copyright line, a reading time, a line
 *      that is only a date.
 * Guards: headings, quotes and table cells are only taken by structure or shape; a byline must read like a
 * name; and when furniture would be more than half the article (a photo gallery), captions stay.
 */
import type { PromoContext } from '../types';
import { cachedTerms } from '../shape';
import { isSmallBox } from '../box';
import { blockLinkStats } from '../links';
import { collapse, normalize, startsWithPhrase } from '../normalize';
import { firstWord, leadText } from '../match-rule';
import { FURNITURE_WORDS } from './words';
import { COPYRIGHT, COPYRIGHT_MAX_CHARS, CREDIT_AT_END, CREDIT_MAX_CHARS, CREDIT_ONLY, DATE_DIGITS, DATE_FILLERS, DATE_LINE_MAX_CHARS, DAY_OR_YEAR, PDF_DOWNLOAD, PDF_DOWNLOAD_MAX_CHARS, READING_TIME, SERVER_ERROR, SHAPES } from './signals';
import type { FurnitureKind, FurnitureMatch } from './types';

/** Longest block (normalised characters) a phrase of each kind may begin. */
const MAX_CHARS: Record<FurnitureKind, number> = {
  caption: CREDIT_MAX_CHARS, byline: 100, dateline: 200, 'reading-time': 60, copyright: COPYRIGHT_MAX_CHARS, comments: 150,
  consent: 400, 'script-note': 200, toc: 60, share: 120, tags: 300, 'author-bio': 80, breadcrumb: 300, disclaimer: 400,
};
/** Longer than this, no phrase, label or pattern but the server error's applies. */
const WORDS_MAX_CHARS = Math.max(...Object.values(MAX_CHARS), CREDIT_MAX_CHARS, COPYRIGHT_MAX_CHARS, PDF_DOWNLOAD_MAX_CHARS, DATE_LINE_MAX_CHARS);
const SERVER_ERROR_MATCH = { kind: 'script-note', signal: 'server error' } as const;

/**
 * Longest block that a class name makes furniture of, by kind: a caption or a comment may run long, a
 * table-of-contents entry, a tag or a date is short (a box named "toc" that holds the introduction is not
 * read as a table of contents).
 */
const SHAPED_MAX_CHARS: Record<FurnitureKind, number> = {
  caption: 600, byline: 200, dateline: 400, 'reading-time': 60, copyright: 300, comments: 1500, consent: 600,
  'script-note': 200, toc: 150, share: 200, tags: 200, 'author-bio': 800, breadcrumb: 300, disclaimer: 600,
};
/**
 * Tables of contents, tag lists and breadcrumbs are links, a short title ("Inhalt", "Tags") or a trail of
 * separators ("Home > Blog > …"): a sentence inside a box whose id says "toc" is a section of the article
 * ("TOC_TITLE_1", Healthline).
 */
const LINK_KINDS: ReadonlySet<FurnitureKind> = new Set(['toc', 'tags', 'breadcrumb']);
const LINK_KIND_LABEL_CHARS = 40;
const LINK_KIND_MIN_DENSITY = 0.5;
const TRAIL = /[>/»›|→]/g;

function linkLike(ctx: PromoContext, i: number): boolean {
  const norm = ctx.norm[i];
  return norm.length <= LINK_KIND_LABEL_CHARS || blockLinkStats(ctx, i).density >= LINK_KIND_MIN_DENSITY || (norm.match(TRAIL)?.length ?? 0) >= 2;
}
/** How far above a block a box that names the furniture is looked for. */
const SHAPE_DEPTH = 4;
/** A byline names a person or a desk: a few words, no sentence. */
const BYLINE_MAX_WORDS = 7;
/** A dateline is a date with a few words around it ("Posted on 3 May 2021 by Admin"). */
const DATELINE_MAX_OTHER_WORDS = 8;
/** Media that make a <figure> a picture, not a table or a code listing. */
const MEDIA = 'img, picture, video, iframe, svg, audio, object, embed';
/** What a quotation, a table or a listing holds is theirs: only structure or class names make it furniture. */
const QUOTED = 'blockquote, q, pre, code, table';
/** Furniture may not be more than this share of the article's text; beyond it, captions are the content. */
const MAX_SHARE = 0.5;

interface Phrase {
  kind: FurnitureKind;
  phrase: string;
}

interface Compiled {
  /** Lead phrases by their first word. */
  leads: Map<string, Phrase[]>;
  labels: Map<string, FurnitureKind>;
  months: Set<string>;
  fillers: Set<string>;
}

let compiled: Compiled | null = null;

function compile(): Compiled {
  const leads = new Map<string, Phrase[]>();
  const labels = new Map<string, FurnitureKind>();
  const months = new Set<string>();
  for (const w of FURNITURE_WORDS) {
    for (const [kind, list] of Object.entries(w.leads) as [FurnitureKind, readonly string[]][]) {
      for (const raw of list) {
        const phrase = leadText(normalize(raw));
        const first = firstWord(phrase);
        if (!first) continue;
        const at = leads.get(first);
        if (at) at.push({ kind, phrase });
        else leads.set(first, [{ kind, phrase }]);
      }
    }
    for (const [kind, list] of Object.entries(w.labels) as [FurnitureKind, readonly string[]][]) {
      for (const raw of list) labels.set(normalize(raw), kind);
    }
    for (const m of w.months) months.add(normalize(m));
  }
  return { leads, labels, months, fillers: new Set(DATE_FILLERS) };
}

const WORDS = /[\p{L}\p{N}]+(?:[./:-][\p{L}\p{N}]+)*/gu;
const TRAILING = /[\s.:;!|>»→·•-]+$/u;

/**
 * Whether a normalised line holds a date ("03.04.2020", "15:49", "6 Feb 2014") and its words that are
 * neither part of a date nor a dateline's fillers ("um", "published", "at").
 */
function readDate(c: Compiled, norm: string): { date: boolean; other: number } {
  let digits = false;
  let month = false;
  let number = false;
  let other = 0;
  for (const w of norm.match(WORDS) ?? []) {
    if (DATE_DIGITS.test(w)) digits = true;
    else if (c.months.has(w)) month = true;
    else if (DAY_OR_YEAR.test(w)) number = true;
    else if (!c.fillers.has(w)) other++;
  }
  return { date: digits || (month && number), other };
}

/** Does the rest of a byline read like a name ("Jane Doe", "Götz Warnke, dpa")? */
function nameLike(original: string, phraseLength: number, norm: string): boolean {
  const rest = norm.slice(phraseLength).trim();
  if (!rest) return true;
  const words = rest.split(' ').length;
  if (words > BYLINE_MAX_WORDS || /[.!?]$/.test(rest.replace(/\b\p{L}\.$/u, ''))) return false;
  return /\p{Lu}/u.test(original);
}

/** The kind a phrase or label of the block's words gives, or null. */
function byWords(c: Compiled, ctx: PromoContext, i: number): { kind: FurnitureKind; signal: string } | null {
  const norm = ctx.norm[i];
  const lead = leadText(norm);
  const label = c.labels.get(lead.replace(TRAILING, ''));
  if (label) return { kind: label, signal: 'label' };
  for (const p of c.leads.get(ctx.leadWord[i]) ?? []) {
    if (norm.length > MAX_CHARS[p.kind] || !startsWithPhrase(lead, p.phrase)) continue;
    if (p.kind === 'byline' && !nameLike(ctx.article.blocks[i].text, p.phrase.length, lead)) continue;
    if (p.kind === 'dateline') {
      const { date, other } = readDate(c, lead.slice(p.phrase.length));
      if (!date || other > DATELINE_MAX_OTHER_WORDS) continue;
    }
    return { kind: p.kind, signal: 'phrase' };
  }
  return null;
}

function byPattern(c: Compiled, ctx: PromoContext, i: number): { kind: FurnitureKind; signal: string } | null {
  const norm = ctx.norm[i];
  if (norm.length <= CREDIT_MAX_CHARS && (CREDIT_AT_END.test(norm) || CREDIT_ONLY.test(norm))) return { kind: 'caption', signal: 'credit' };
  if (norm.length <= COPYRIGHT_MAX_CHARS && COPYRIGHT.test(norm)) return { kind: 'copyright', signal: 'copyright' };
  if (READING_TIME.test(norm)) return { kind: 'reading-time', signal: 'reading time' };
  if (SERVER_ERROR.test(norm)) return SERVER_ERROR_MATCH;
  if (norm.length <= PDF_DOWNLOAD_MAX_CHARS && PDF_DOWNLOAD.test(norm)) return { kind: 'share', signal: 'download' };
  if (norm.length <= DATE_LINE_MAX_CHARS) {
    const { date, other } = readDate(c, norm);
    if (date && other === 0) return { kind: 'dateline', signal: 'date only' };
  }
  return null;
}

/** A <nav> inside the article: a table of contents when its links stay on the page, else a trail. */
function navKind(nav: Element): FurnitureKind {
  const links = [...nav.querySelectorAll('a[href]')];
  return links.length > 0 && links.every((a) => a.getAttribute('href')!.startsWith('#')) ? 'toc' : 'breadcrumb';
}

/** A <nav>, a <figcaption>, <caption>, or a block inside a small <figure> with an image. */
function byStructure(ctx: PromoContext, i: number): { kind: FurnitureKind; signal: string } | null {
  const b = ctx.article.blocks[i];
  const root = ctx.article.root;
  if (b.kind === 'caption') return { kind: 'caption', signal: b.el.tagName.toLowerCase() };
  // One walk up for the three (most blocks are in none of them).
  const box = b.el.closest('figcaption, nav, figure');
  if (!box || box === root || !root?.contains(box)) return null;
  if (box.localName === 'figcaption') return { kind: 'caption', signal: 'figcaption' };
  if (box.localName === 'nav') return { kind: navKind(box), signal: 'nav' };
  if (b.kind === 'cell' || b.kind === 'preformatted' || b.kind === 'quote') return null;
  if (box.querySelector(MEDIA) && isSmallBox(ctx, box)) return { kind: 'caption', signal: 'figure' };
  return null;
}

/** What an element's class names say, once per element of the pass (a box holds many blocks). */
type ShapeHits = Map<Element, { kind: FurnitureKind; term: string } | null>;

function shapeHit(ctx: PromoContext, el: Element, hits: ShapeHits): { kind: FurnitureKind; term: string } | null {
  let hit = hits.get(el);
  if (hit === undefined) {
    // The first shape in SHAPES' order that any term matches, and the first term it matches.
    let best = SHAPES.length;
    let term = '';
    for (const t of cachedTerms(ctx.shapes, el)) {
      const k = SHAPES.findIndex((x) => x.shape.test(t));
      if (k >= 0 && k < best) [best, term] = [k, t];
    }
    hit = best < SHAPES.length ? { kind: SHAPES[best].kind, term } : null;
    hits.set(el, hit);
  }
  return hit;
}

/** The kind that the block's or a small surrounding box's class names give, or null. */
function byShape(ctx: PromoContext, i: number, hits: ShapeHits): { kind: FurnitureKind; signal: string } | null {
  const root = ctx.article.root;
  let el: Element | null = ctx.article.blocks[i].el;
  for (let depth = 0; el && el !== root && depth < SHAPE_DEPTH; depth++, el = el.parentElement) {
    const hit = shapeHit(ctx, el, hits);
    if (!hit) continue;
    if (ctx.norm[i].length > SHAPED_MAX_CHARS[hit.kind]) return null;
    if (LINK_KINDS.has(hit.kind) && !linkLike(ctx, i)) return null;
    if (depth === 0 || isSmallBox(ctx, el)) return { kind: hit.kind, signal: `class ${hit.term}` };
  }
  return null;
}

function classify(c: Compiled, ctx: PromoContext, i: number, hits: ShapeHits): { kind: FurnitureKind; signal: string } | null {
  const found = byStructure(ctx, i) ?? byShape(ctx, i, hits);
  if (found) return found;
  const { kind, el } = ctx.article.blocks[i];
  if (kind === 'quote' || kind === 'cell' || kind === 'preformatted' || el.closest(QUOTED)) return null;
  // A paragraph longer than any line a phrase or a pattern may take: only a server's error line, which
  // may run on, is looked for.
  if (ctx.norm[i].length > WORDS_MAX_CHARS) return kind !== 'heading' && SERVER_ERROR.test(ctx.norm[i]) ? SERVER_ERROR_MATCH : null;
  const words = byWords(c, ctx, i);
  if (words || kind === 'heading') return words;
  return byPattern(c, ctx, i);
}

export function findFurniture(ctx: PromoContext, claimed: ReadonlySet<number>): FurnitureMatch[] {
  const c = (compiled ??= compile());
  const out: FurnitureMatch[] = [];
  let total = 0;
  let furniture = 0;
  let captions = 0;
  const hits: ShapeHits = new Map();
  for (let i = 0; i < ctx.article.blocks.length; i++) {
    if (claimed.has(i)) continue;
    const len = ctx.norm[i].length;
    total += len;
    const found = classify(c, ctx, i, hits);
    if (!found) continue;
    furniture += len;
    if (found.kind === 'caption') captions += len;
    const last = out[out.length - 1];
    const text = collapse(ctx.article.blocks[i].text);
    if (last && last.kind === found.kind && last.signal === found.signal && last.blocks[last.blocks.length - 1] === i - 1) {
      last.blocks.push(i);
      last.text += ` ${text}`;
    } else out.push({ blocks: [i], ...found, text });
  }
  if (furniture <= MAX_SHARE * total) return out;
  // Mostly captions: a gallery, whose captions are what there is to read.
  return furniture - captions <= MAX_SHARE * total ? out.filter((m) => m.kind !== 'caption') : [];
}
