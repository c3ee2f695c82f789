import { describe, expect, it } from 'vitest';
import { LedePage } from '@/utils/dom/lede-page';
import { summarizeReport } from '@/utils/summary/summarize-report';
import { recognizeEntities } from '@/utils/entities/recognize';
import { runReadability } from '@/utils/article/readability-run';
import { DEFAULT_SETTINGS, withSiteOverride, type Settings } from '@/utils/extension/site-settings';
import { parseHtml, readabilityCorpus, seed } from './helpers/dom';

const URL_ = 'https://coingeek.com/fr/news/sam-altman-openai-usines-puces/';
const on: Settings = DEFAULT_SETTINGS;
const off: Settings = { ...DEFAULT_SETTINGS, highlights: false, stripping: false };

describe('LedePage: the pipeline and its reversible DOM changes on one page', () => {
  it('on the seed page: hides the promos, highlights the companies, and undoes both exactly', () => {
    const { doc, expect: want } = seed();
    const before = doc.body.outerHTML;
    const page = new LedePage(doc, { url: () => URL_, recognize: recognizeEntities });
    const report = page.run(on);
    expect(report.isArticle).toBe(true);
    expect(report.promos).toHaveLength(3);
    expect(report.promos.every((p) => p.hidden)).toBe(true);
    expect(doc.querySelectorAll('[data-lede-hidden]').length).toBeGreaterThanOrEqual(4); // 3 blocks + the embed
    expect(doc.querySelector('.video-embed')!.hasAttribute('data-lede-hidden')).toBe(true);
    expect(doc.querySelectorAll('lede-mark').length).toBeGreaterThan(5); // jsdom has no CSS.highlights: wrap fallback
    for (const keep of want.keepParagraphs) expect(report.text).toContain(keep);
    for (const promo of want.promoBlocks) expect(report.text).not.toContain(promo);

    for (let i = 0; i < 5; i++) {
      page.apply(off);
      expect(doc.body.outerHTML).toBe(before);
      page.apply(on);
      expect(doc.body.outerHTML).not.toBe(before);
    }
    page.undo();
    expect(doc.body.outerHTML).toBe(before);
  });

  it('per-site choices win over the global switch', () => {
    const { doc } = seed();
    const page = new LedePage(doc, { url: () => URL_, recognize: recognizeEntities });
    page.run(withSiteOverride(on, URL_, { stripping: false }));
    expect(doc.querySelector('[data-lede-hidden]')).toBeNull();
    expect(doc.querySelector('lede-mark')).not.toBeNull();
    expect(page.report().promos.every((p) => !p.hidden)).toBe(true);
  });

  it('"show" reveals one promo; "never hide this kind here" keeps it on the next run', () => {
    const { doc } = seed();
    const page = new LedePage(doc, { url: () => URL_, recognize: recognizeEntities });
    const first = page.run(on);
    const after = page.showPromo(0);
    expect(after.promos[0].hidden).toBe(false);
    expect(after.promos.slice(1).every((p) => p.hidden)).toBe(true);
    const ruleId = first.promos[0].ruleId;
    const next = withSiteOverride(on, URL_, { disabledRules: [ruleId] });
    expect(page.needsRerun(on, next)).toBe(true);
    expect(page.run(next).promos.some((p) => p.ruleId === ruleId)).toBe(false);
  });

  it('finds summary sentences and mentions in the page', () => {
    const { doc } = seed();
    const page = new LedePage(doc, { url: () => URL_, recognize: recognizeEntities });
    const report = page.run(on);
    expect(report.summary).toBeNull(); // the side panel computes it
    const summary = summarizeReport(report)!;
    expect(summary.sentences.length).toBeGreaterThanOrEqual(3);
    for (const s of summary.sentences) expect(page.scrollToSentence(s)).toBe(true);
    expect(page.scrollToSentence('A sentence that is nowhere in this article.')).toBe(false);
    const intel = report.entities.find((e) => e.ticker === 'INTC')!;
    expect(page.scrollToMention(intel.id)).toBe(true);
    expect(page.scrollToMention('no-such-entity')).toBe(false);
    // The selection (the flash without CSS.highlights) holds the mention.
    expect(doc.getSelection()?.toString()).toContain('Intel');
  });

  it('walks every mention in reading order for the keyboard, cycling', () => {
    const { doc } = seed();
    const page = new LedePage(doc, { url: () => URL_, recognize: recognizeEntities });
    const report = page.run(on);
    const total = report.entities.reduce((n, e) => n + e.mentions.length, 0);
    const seen = Array.from({ length: total + 1 }, () => page.nextMention()!);
    expect(seen.every(Boolean)).toBe(true);
    expect(seen[0].range.toString()).toBe('OpenAI'); // the first mention of the body ("Sam Altman d'OpenAI…")
    expect(seen[total].range.toString()).toBe(seen[0].range.toString()); // cycles
    for (let i = 0; i + 1 < total; i++) expect(seen[i].range.compareBoundaryPoints(0 /* START_TO_START */, seen[i + 1].range)).toBeLessThanOrEqual(0);
    expect(new LedePage(parseHtml('<p>x</p>')).nextMention()).toBeNull();
  });

  it('notices when the page re-renders the article it read', () => {
    const { doc } = seed();
    const page = new LedePage(doc, { url: () => URL_, recognize: recognizeEntities });
    page.run(off);
    expect(page.isStale()).toBe(false);
    page.apply(on); // wrap-mode marks split text nodes: that is Lede's own change, not a re-render
    expect(page.isStale()).toBe(false);
    page.apply(off);
    const content = doc.querySelector('.entry-content')!;
    content.replaceWith(content.cloneNode(true));
    expect(page.isStale()).toBe(true);
    page.undo(); // must not throw on detached nodes
  });

  it('gives a clear result, never an exception, on a page without an article', () => {
    const doc = parseHtml('<body><form><input name="q"></form></body>');
    const page = new LedePage(doc, { recognize: recognizeEntities });
    const report = page.run(on);
    expect(report.isArticle).toBe(false);
    expect(report.entities).toEqual([]);
    expect(doc.body.outerHTML).toBe('<body><form><input name="q"></form></body>');
    expect(page.scrollToSentence('x')).toBe(false);
  });

  it('over the 130 corpus pages: on → off restores the body exactly, forced analysis included', () => {
    for (const p of readabilityCorpus()) {
      const doc = parseHtml(p.html, 'http://fakehost/test/page.html');
      const before = doc.body.outerHTML;
      const page = new LedePage(doc, { recognize: recognizeEntities });
      page.run(on, true);
      page.apply(off);
      expect(doc.body.outerHTML, p.name).toBe(before);
      page.apply(on);
      page.undo();
      expect(doc.body.outerHTML, p.name).toBe(before);
    }
  });
});

describe('LedePage in an editor', () => {
  it('finds the promos of an editable article but hides none, and the panel is told so', () => {
    const { doc } = seed();
    doc.body.setAttribute('contenteditable', 'true');
    const before = doc.documentElement.outerHTML;
    const page = new LedePage(doc, { url: () => URL_, recognize: recognizeEntities });
    const report = page.run({ ...on, highlights: false });
    expect(report.promos).toHaveLength(3);
    expect(report.promos.every((p) => !p.hidden)).toBe(true);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('LedePage.runSliced', () => {
  it('counts its own slices on the page’s thread, not the page’s turns nor the time away', async () => {
    const { doc } = seed();
    // A clock that the page's turns (1 s each) and the work away (0.5 s) move far; Lede's own calls barely.
    let t = 0;
    const now = () => (t += 0.01);
    const page = new LedePage(doc, {
      url: () => URL_,
      now,
      recognize: recognizeEntities,
      parseAway: async (html) => {
        const parsed = runReadability(parseHtml(html, URL_));
        await Promise.resolve();
        t += 500;
        return parsed;
      },
    });
    let pauses = 0;
    const report = (await page.runSliced(on, async () => {
      pauses++;
      t += 1000;
    }))!;
    const { mainThread = NaN, longestTask, serialize = NaN, apply = NaN, away } = report.timings;
    expect(pauses).toBeGreaterThanOrEqual(3);
    expect(away).toBeGreaterThanOrEqual(500);
    expect(mainThread).toBeLessThan(1); // only the clock's own ticks: no pause, no time away
    expect(mainThread).toBeGreaterThan(0);
    expect(longestTask).toBeLessThanOrEqual(mainThread);
    expect(serialize + apply).toBeLessThanOrEqual(mainThread);
    expect(serialize).toBeGreaterThan(0);
    expect(apply).toBeGreaterThan(0);

    // A second run (the page re-rendered, the language became known): the page has now paid for both.
    const again = (await page.runSliced(on, async () => void (t += 1000)))!;
    expect(again.timings.mainThreadAllRuns).toBeCloseTo(mainThread + (again.timings.mainThread ?? NaN), 1);
  });

  it('gives the page its turn between stages, reports its longest slice, and ends like run()', async () => {
    const { doc } = seed();
    const before = doc.body.outerHTML;
    const page = new LedePage(doc, { url: () => URL_, recognize: recognizeEntities });
    let pauses = 0;
    const report = (await page.runSliced(on, async () => {
      pauses++;
    }))!;
    expect(pauses).toBeGreaterThanOrEqual(4); // after detect, extract, promos, before applying
    expect(report.timings.longestTask).toBeGreaterThan(0);
    expect(report.timings.longestTask).toBeLessThanOrEqual((report.timings.total ?? NaN) + 50);
    expect(report.promos).toHaveLength(3);
    expect(doc.querySelector('[data-lede-hidden]')).not.toBeNull();
    page.undo();
    expect(doc.body.outerHTML).toBe(before);
  });

  it('a newer run supersedes one in progress', async () => {
    const { doc } = seed();
    const page = new LedePage(doc, { url: () => URL_, recognize: recognizeEntities });
    let release!: () => void;
    const slow = page.runSliced(on, () => new Promise<void>((r) => (release = r)));
    const fast = page.run(on);
    release();
    expect(await slow).toBeNull();
    expect(fast.promos).toHaveLength(3);
  });
});

describe('the main-thread budget', () => {
  it('declines pages beyond it with a clear reason, unless forced', () => {
    const paras = Array.from({ length: 400 }, (_, i) => `<p>Paragraph ${i}: Intel Corporation (NASDAQ: INTC) said the plant would open in 2030, officials confirmed on Monday.</p>`).join('');
    const html = `<html lang="en"><head><meta property="og:type" content="article"></head><body><article><h1>Long</h1>${paras}</article></body></html>`;
    const page = new LedePage(parseHtml(html), { recognize: recognizeEntities, budget: { maxElements: 100_000, maxTextChars: 10_000 } });
    const declined = page.run(on);
    expect(declined.isArticle).toBe(false);
    expect(declined.detection.signals.some((s) => s.id === 'too-large' && /characters/.test(s.detail ?? ''))).toBe(true);
    expect(page.run(on, true).isArticle).toBe(true);
  });
});

describe('LedePage with work done away from the page (as the extension does)', () => {
  it('asks for the parse and the recognition, and maps the answers back to the live page', async () => {
    const { doc } = seed();
    const asked: string[] = [];
    const page = new LedePage(doc, {
      url: () => URL_,
      parseAway: async (html) => {
        asked.push('parse');
        return runReadability(parseHtml(html, URL_));
      },
      recognizeAway: async ({ blocks, lang }) => {
        asked.push('recognize');
        return recognizeEntities(blocks, lang);
      },
    });
    const report = (await page.runSliced(on, async () => {}))!;
    expect(asked).toEqual(['parse', 'recognize']);
    expect(report.entities.find((e) => e.ticker === 'INTC')).toBeDefined();
    expect(report.promos).toHaveLength(3);
    expect(report.timings.away).toBeGreaterThan(0);
    expect(doc.querySelectorAll('lede-mark').length).toBeGreaterThan(5);
  });

  it('falls back to this thread when the helpers fail', async () => {
    const { doc } = seed();
    const page = new LedePage(doc, {
      url: () => URL_,
      recognize: recognizeEntities,
      parseAway: () => Promise.reject(new Error('background asleep')),
    });
    const report = (await page.runSliced(on, async () => {}))!;
    expect(report.isArticle).toBe(true);
    expect(report.promos).toHaveLength(3);
  });
});
