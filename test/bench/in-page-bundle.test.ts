import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import { bundleInPage } from '../../cli/bench/bundle';
import { SEED_HTML } from '../helpers/dom';
import type { InPageResult } from '../../cli/bench/types';

describe('in-page harness bundle', () => {
  it('builds as one IIFE without the extension API, and runs on the seed page', async () => {
    const b = await bundleInPage();
    expect(b.code).toContain('__ledeBench');
    expect(b.wxtInputs).toEqual([]);
    expect(b.wxtImporters).toEqual([]);
    expect(b.inputs.some((p) => p.includes('@mozilla/readability'))).toBe(true);
    expect(b.inputs.some((p) => p.includes('mark.js'))).toBe(true);

    // jsdom has no CSS Custom Highlight API: highlightMentions falls back to wrapping, which is enough for a smoke run.
    const dom = new JSDOM(readFileSync(SEED_HTML, 'utf8'), {
      url: 'https://coingeek.com/fr/news/sam-altman-openai-usines-puces/', runScripts: 'outside-only', virtualConsole: new VirtualConsole(),
    });
    const before = dom.window.document.body.outerHTML;
    dom.window.eval(b.code);
    const bench = (dom.window as unknown as { __ledeBench: (n: number) => Promise<InPageResult> }).__ledeBench;
    const r = await bench(1);
    expect(r.isArticle).toBe(true);
    expect(r.mentions).toBeGreaterThan(0);
    expect(r.terms).toBeGreaterThan(0);
    expect(r.markjsMarks).toBeGreaterThan(0);
    for (const s of ['detect', 'extract', 'promos', 'entities', 'highlight'] as const) expect(r.stages[s]).toBeGreaterThanOrEqual(0);
    expect(r.readability).toBeGreaterThan(0);
    expect(r.readabilityCold).toBeGreaterThan(0);
    expect(r.floor).toBeGreaterThan(0);
    // One pass, timed beside the highlight's one call (jsdom's timer is fine enough to see it).
    expect(r.samples.floorOnce).toHaveLength(1);
    expect(r.floorOnce).toBeGreaterThan(0);
    // jsdom has no Highlight API: the API's least job is not timed, rather than timed as nothing.
    expect(r.apiOnce).toBeNull();
    expect(r.highlightWarm).toBeGreaterThan(0);
    expect(r.summary).toBeGreaterThan(0);
    // Every DOM change was undone (Lede's highlight, hidden promos, mark.js).
    expect(dom.window.document.body.outerHTML).toBe(before);
  });
});
