import { afterEach, describe, expect, it, vi } from 'vitest';
import { HIGHLIGHT_CSS, parseHtml, seed } from '../helpers/dom';
import { installFakeHighlightApi } from '../helpers/fake-highlights';
import { FLASH_MS, FLASH_NAME, flashRange } from '../../utils/dom/flash';
import { HIGHLIGHTED_ATTR } from '../../utils/dom/highlight-style';
import { LedePage } from '../../utils/dom/lede-page';
import { recognizeEntities } from '../../utils/entities/recognize';
import { DEFAULT_SETTINGS } from '../../utils/extension/site-settings';

const PAGE = `<!doctype html><html><head><title>t</title></head><body>
<p id="a">Intel said <em>on Tuesday</em> that the plant opens in 2027.</p><p id="b">Nothing here.</p></body></html>`;

/** A range from "said" in #a's first text node to the end of its <em>. */
function across(doc: Document): Range {
  const p = doc.getElementById('a')!;
  const r = doc.createRange();
  r.setStart(p.firstChild!, 6);
  r.setEnd(p.querySelector('em')!.firstChild!, 10);
  return r;
}

afterEach(() => vi.useRealTimers());

describe('flashRange', () => {
  it('shows the passage as lede-flash, scoped to the elements holding it, and puts everything back after the flash', () => {
    vi.useFakeTimers();
    const doc = parseHtml(PAGE);
    const registry = installFakeHighlightApi(doc);
    const html = doc.documentElement.outerHTML;
    const range = across(doc);
    flashRange(range);
    expect([...registry.get(FLASH_NAME)!]).toEqual([range]);
    expect([...doc.querySelectorAll(`[${HIGHLIGHTED_ATTR}]`)].map((e) => e.tagName)).toEqual(['P', 'EM']);
    expect(HIGHLIGHT_CSS).toContain(`[${HIGHLIGHTED_ATTR}]::highlight(${FLASH_NAME})`);
    vi.advanceTimersByTime(FLASH_MS - 1);
    expect(registry.has(FLASH_NAME)).toBe(true);
    vi.advanceTimersByTime(1);
    expect(registry.has(FLASH_NAME)).toBe(false);
    expect(doc.documentElement.outerHTML).toBe(html);
  });

  it('ends early on undo, and the timer then changes nothing', () => {
    vi.useFakeTimers();
    const doc = parseHtml(PAGE);
    const registry = installFakeHighlightApi(doc);
    const html = doc.documentElement.outerHTML;
    const undo = flashRange(across(doc));
    undo();
    expect(registry.has(FLASH_NAME)).toBe(false);
    expect(doc.documentElement.outerHTML).toBe(html);
    vi.advanceTimersByTime(FLASH_MS);
    expect(doc.documentElement.outerHTML).toBe(html);
  });

  it('selects the passage where the CSS Custom Highlight API is missing, changing nothing', () => {
    const doc = parseHtml(PAGE);
    const html = doc.documentElement.outerHTML;
    flashRange(across(doc))();
    expect(doc.getSelection()?.toString()).toBe('said on Tuesday');
    expect(doc.documentElement.outerHTML).toBe(html);
  });

  it('LedePage.undo() ends a flash in progress: the page is exact at once', () => {
    vi.useFakeTimers();
    const { doc } = seed();
    const registry = installFakeHighlightApi(doc);
    const head = doc.head.outerHTML;
    const body = doc.body.outerHTML;
    const page = new LedePage(doc, { recognize: recognizeEntities });
    const report = page.run(DEFAULT_SETTINGS, true);
    const intel = report.entities.find((e) => e.ticker === 'INTC')!;
    expect(page.scrollToMention(intel.id)).toBe(true);
    expect(registry.has(FLASH_NAME)).toBe(true);
    expect(page.scrollToMention(intel.id)).toBe(true); // a second flash replaces the first
    page.undo();
    expect(registry.has(FLASH_NAME)).toBe(false);
    expect(doc.body.outerHTML).toBe(body);
    expect(doc.head.outerHTML).toBe(head);
  });
});
