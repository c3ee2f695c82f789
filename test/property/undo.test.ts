import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LedePage } from '@/utils/dom/lede-page';
import { recognizeEntities } from '@/utils/entities/recognize';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/extension/site-settings';
import { parseHtml } from '../helpers/dom';
import { articlePage, toggles, type PageCase } from './page-gen';
import { installFakeHighlightApi } from '../helpers/fake-highlights';
import { HIGHLIGHTED_ATTR } from '@/utils/dom/highlight-style';

/**
 * Property: whatever the page, Lede's DOM changes undo exactly. Random article pages (random trees of
 * inline and block elements, company names and tickers with odd spaces, promo phrases, attributes, comments,
 * form fields, scripts) go through `LedePage.run(DEFAULT_SETTINGS, force)` (Readability on a clone, the recogniser in-thread), random on/off toggles, then
 * `undo()`: the serialisation of <head> and <body> is what it was, and the very same Text objects are in
 * the document with the same data.
 *
 * Seeded and reproducible: LEDE_FC_SEED=<n> runs another seed; a failure prints its seed and path, and
 * LEDE_FC_SEED=<seed> LEDE_FC_PATH=<path> replays exactly that case. LEDE_FC_SCALE=0.1 (or 3) scales the runs.
 */
const SEED = process.env.LEDE_FC_SEED ? Number(process.env.LEDE_FC_SEED) : 20_240_611;
const scale = Number(process.env.LEDE_FC_SCALE ?? 1);
const RUNS = { wrap: Math.round(500 * scale), css: Math.round(300 * scale), mutate: Math.round(300 * scale) };
console.log(`undo property: fast-check seed ${SEED} (set LEDE_FC_SEED to replay another), runs ${JSON.stringify(RUNS)}`);

const settingsOf = (t: { highlights: boolean; stripping: boolean }): Settings => ({ ...DEFAULT_SETTINGS, ...t });
const OFF = settingsOf({ highlights: false, stripping: false });

function allTextNodes(doc: Document): Text[] {
  const out: Text[] = [];
  const w = doc.createTreeWalker(doc.documentElement, 4 /* SHOW_TEXT */);
  for (let n = w.nextNode(); n; n = w.nextNode()) out.push(n as Text);
  return out;
}

interface Snapshot {
  head: string;
  body: string;
  texts: Text[];
  data: string[];
}
function snapshot(doc: Document): Snapshot {
  const texts = allTextNodes(doc);
  return { head: doc.head.outerHTML, body: doc.body.outerHTML, texts, data: texts.map((t) => t.data) };
}

/** The document reads exactly as in `snap`: same markup, same Text objects in the same order, same data. */
function expectSame(doc: Document, snap: Snapshot, label: string): void {
  expect(doc.body.outerHTML, `${label}: body`).toBe(snap.body);
  expect(doc.head.outerHTML, `${label}: head`).toBe(snap.head);
  const now = allTextNodes(doc);
  expect(now.length, `${label}: number of text nodes`).toBe(snap.texts.length);
  for (let i = 0; i < now.length; i++) {
    if (now[i] !== snap.texts[i]) throw new Error(`${label}: text node ${i} (${JSON.stringify(snap.data[i])}) was replaced by another node`);
    if (now[i].data !== snap.data[i]) throw new Error(`${label}: text node ${i} reads ${JSON.stringify(now[i].data)}, was ${JSON.stringify(snap.data[i])}`);
  }
}

/** Counts, so a run that never highlighted or hid anything does not pass vacuously. */
const stats = { wrap: { cases: 0, marked: 0, hidden: 0, hiddenOverPageValue: 0 }, css: { cases: 0, ranges: 0, hidden: 0, marked: 0 }, mutate: { cases: 0, removed: 0 } };

/** Block elements a page might remove (a "marked paragraph"). */
const BLOCKS = new Set(['P', 'LI', 'UL', 'H2', 'TD', 'TABLE', 'BLOCKQUOTE', 'FIGURE', 'FIGCAPTION', 'DIV', 'SECTION', 'PRE', 'IFRAME']);

/** The body's markup without any HIGHLIGHTED_ATTR (Lede's or the page's own). */
function withoutHighlightedAttr(body: HTMLElement): string {
  const clone = body.cloneNode(true) as HTMLElement;
  for (const el of clone.querySelectorAll(`[${HIGHLIGHTED_ATTR}]`)) el.removeAttribute(HIGHLIGHTED_ATTR);
  return clone.outerHTML;
}

const hiddenByLede = (doc: Document) => [...doc.querySelectorAll('[data-lede-hidden]')].filter((e) => e.getAttribute('data-lede-hidden') === '').length;

/** Runs the toggles; after every step with both switches off, the page must be exactly the original. */
function cycle(page: LedePage, doc: Document, snap: Snapshot, steps: { highlights: boolean; stripping: boolean }[]): void {
  steps.forEach((s, i) => {
    page.apply(settingsOf(s));
    if (!s.highlights && !s.stripping) expectSame(doc, snap, `apply(off) at step ${i}`);
  });
}

/** Runs `body` on a fresh jsdom page and closes its window after (see below). */
async function onPage(html: string, body: (doc: Document) => void): Promise<void> {
  const doc = parseHtml(html);
  try {
    body(doc);
  } finally {
    doc.defaultView?.close();
    // jsdom lets go of a closed window only once the event loop turns: without this, a synchronous run of
    // a thousand pages holds every one of them (over 3 GB).
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

const params = (numRuns: number) => ({ seed: SEED, numRuns, verbose: 0 as const, ...(process.env.LEDE_FC_PATH ? { path: process.env.LEDE_FC_PATH } : {}) });

describe('undo is exact on random article pages (fast-check)', () => {
  it(`wrap-mode highlights + hidden promos, toggled, show, re-run, then undo() (${RUNS.wrap} pages)`, async () => {
    await fc.assert(
      fc.asyncProperty(articlePage, toggles, fc.option(fc.nat(), { nil: null }), fc.boolean(), async (c: PageCase, steps, show, rerun) => {
        await onPage(c.html, (doc) => {
          const snap = snapshot(doc);
          const originalX = [...doc.querySelectorAll('[data-lede-hidden="x"]')];
          const page = new LedePage(doc, { recognize: recognizeEntities });
          page.run(DEFAULT_SETTINGS, true);
          stats.wrap.cases++;
          if (doc.querySelector('lede-mark')) stats.wrap.marked++;
          if (hiddenByLede(doc) > 0) stats.wrap.hidden++;
          if (page.highlighter) expect(page.highlighter.mode).toBe('wrap');
          if (originalX.some((e) => e.getAttribute('data-lede-hidden') === '')) stats.wrap.hiddenOverPageValue++;
          cycle(page, doc, snap, steps);
          page.apply(DEFAULT_SETTINGS);
          page.apply(OFF);
          expectSame(doc, snap, 'apply(off) after on');
          page.apply(DEFAULT_SETTINGS);
          // The reader's other actions: "show" one promo, analyse again.
          if (show !== null) page.showPromo(show % Math.max(1, page.report().promos.length));
          if (rerun) page.run(DEFAULT_SETTINGS, true);
          page.undo();
          expectSame(doc, snap, 'undo()');
          page.undo(); // idempotent
          expectSame(doc, snap, 'second undo()');
        });
      }),
      params(RUNS.wrap),
    );
  });

  it(`CSS Custom Highlight API mode (fake registry) + hidden promos, toggled, then undo() (${RUNS.css} pages)`, async () => {
    await fc.assert(
      fc.asyncProperty(articlePage, toggles, async (c: PageCase, steps) => {
        await onPage(c.html, (doc) => {
          const registry = installFakeHighlightApi(doc);
          const snap = snapshot(doc);
          const bodyBefore = doc.body.cloneNode(true) as HTMLElement;
          const page = new LedePage(doc, { recognize: recognizeEntities });
          page.run(DEFAULT_SETTINGS, true);
          stats.css.cases++;
          if (page.highlighter) expect(page.highlighter.mode).toBe('css');
          expect(doc.querySelector('lede-mark'), 'no <lede-mark> in CSS mode').toBeNull();
          if ([...registry.values()].some((h) => h.size > 0)) stats.css.ranges++;
          if (hiddenByLede(doc) > 0) stats.css.hidden++;
          // Highlights alone change one attribute in the body, on the parents of highlighted text (the
          // colours come with the content script: nothing in <head>).
          page.apply(settingsOf({ highlights: true, stripping: false }));
          expect(withoutHighlightedAttr(doc.body), 'CSS highlights only: body').toBe(withoutHighlightedAttr(bodyBefore));
          const ranges = [...registry.values()].flatMap((h) => [...h]) as Range[];
          const marked = [...doc.querySelectorAll(`[${HIGHLIGHTED_ATTR}=""]`)];
          if (marked.length) stats.css.marked++;
          for (const el of marked) {
            const holds = [...el.childNodes].some((n) => n.nodeType === 3 && ranges.some((r) => r.intersectsNode(n)));
            expect(holds, 'a marked element holds highlighted text').toBe(true);
          }
          cycle(page, doc, snap, steps);
          page.apply(DEFAULT_SETTINGS);
          page.undo();
          expectSame(doc, snap, 'undo()');
          expect([...registry.keys()].filter((k) => k.startsWith('lede-')), 'registry after undo').toEqual([]);
        });
      }),
      params(RUNS.css),
    );
  });

  it(`the page removes a marked paragraph between apply and undo (${RUNS.mutate} pages)`, async () => {
    await fc.assert(
      fc.asyncProperty(articlePage, fc.nat(), fc.boolean(), async (c: PageCase, pick, toggleAfter) => {
        await onPage(c.html, (doc) => {
          // The expected page: the original, with the same element removed (found by its index).
          const expected = doc.cloneNode(true) as Document;
          const originals = [...doc.querySelectorAll('*')];
          const originalTexts = allTextNodes(doc);
          const page = new LedePage(doc, { recognize: recognizeEntities });
          page.run(DEFAULT_SETTINGS, true);
          stats.mutate.cases++;
          // Blocks Lede marked: an original element holding a <lede-mark>, or hidden by Lede.
          const marked = originals.filter(
            (e) => BLOCKS.has(e.tagName) && (e.querySelector('lede-mark') || e.getAttribute('data-lede-hidden') === ''),
          );
          let victim: Element | null = null;
          if (marked.length > 0) {
            victim = marked[pick % marked.length];
            expected.querySelectorAll('*')[originals.indexOf(victim)].remove();
            victim.remove();
            stats.mutate.removed++;
          }
          const snap = snapshot(expected);
          if (toggleAfter) {
            page.apply(OFF);
            page.apply(DEFAULT_SETTINGS);
          }
          page.undo();
          expect(doc.body.outerHTML).toBe(snap.body);
          expect(doc.head.outerHTML).toBe(snap.head);
          // Every original text node still in the document is still there, the same object, reading as before.
          const texts = allTextNodes(doc);
          expect(texts.map((t) => t.data)).toEqual(snap.data);
          const kept = originalTexts.filter((t) => !victim?.contains(t));
          expect(texts.length).toBe(kept.length);
          texts.forEach((t, i) => {
            if (t !== kept[i]) throw new Error(`text node ${i} (${JSON.stringify(t.data)}) is not the original node`);
        });
        });
      }),
      params(RUNS.mutate),
    );
  });

  afterAll(() => {
    console.log(`undo property stats: ${JSON.stringify(stats)}`);
  });

  it('the generator is not vacuous: most pages get highlights, many get hidden promos', () => {
    // Runs after the three properties (Vitest runs a file's tests in order).
    expect(stats.wrap.cases).toBeGreaterThanOrEqual(RUNS.wrap);
    expect(stats.wrap.marked / stats.wrap.cases).toBeGreaterThan(0.5);
    expect(stats.wrap.hidden / stats.wrap.cases).toBeGreaterThan(0.2);
    expect(stats.css.ranges / stats.css.cases).toBeGreaterThan(0.5);
    expect(stats.css.marked).toBe(stats.css.ranges);
    expect(stats.mutate.removed / stats.mutate.cases).toBeGreaterThan(0.5);
  });
});
