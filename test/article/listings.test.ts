import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureCases } from '../helpers/fixture-cases';
import { ROOT, parseHtml, readabilityCorpus, seed } from '../helpers/dom';
import { analyzePage } from '../../utils/pipeline/local';
import { detectArticle } from '../../utils/article/detect';
import { WEIGHTS } from '../../utils/article/signal-weights';
import { urlSignals } from '../../utils/article/page-shape';
import { isListing } from '../../utils/article/is-listing';
import { LedePage } from '../../utils/dom/lede-page';
import { recognizeEntities } from '../../utils/entities/recognize';
import { DEFAULT_SETTINGS } from '../../utils/extension/site-settings';

interface Case {
  file: string;
  url: string;
  isArticle: boolean;
}

const { cases, html } = fixtureCases<Case>('listings');
const ids = (d: { signals: { id: string }[] }) => d.signals.map((s) => s.id);
const load = (c: Case) => parseHtml(html(c), c.url);

describe('pages that are not one article, and articles that look like them', () => {
  it('has at least 15 non-articles and as many articles that look like them', () => {
    expect(cases.filter((c) => !c.isArticle).length).toBeGreaterThanOrEqual(15);
    expect(cases.filter((c) => c.isArticle).length).toBeGreaterThanOrEqual(15);
  });

  it.each(cases)('$file is read as it is (article: $isArticle)', (c) => {
    const { report, article } = analyzePage(load(c), { url: c.url });
    expect(report.isArticle, report.detection.signals.map((s) => `${s.id} ${s.weight}`).join(', ')).toBe(c.isArticle);
    expect(report.detection.isArticle).toBe(c.isArticle);
    if (c.isArticle) {
      expect(article).not.toBeNull();
      return;
    }
    // Nothing read, nothing to change: no entities, no promos, no text.
    expect(article).toBeNull();
    expect(report.entities).toEqual([]);
    expect(report.promos).toEqual([]);
    expect(report.text).toBe('');
    expect(report.detection.confidence).toBeLessThanOrEqual(0.5);
    // No single signal decides: a "no" rests on two signals against, or on nothing at all that says "article".
    const against = report.detection.signals.filter((s) => s.weight < 0).length;
    const infavour = report.detection.signals.filter((s) => s.weight > 0).length;
    expect(against >= 2 || infavour === 0, report.detection.signals.map((s) => s.id).join(', ')).toBe(true);
  });

  it('a listing is worded as a list of articles; a page with no sign of either is only "not an article"', () => {
    const home = cases.find((c) => c.file === 'en-news-home.html')!;
    expect(isListing(analyzePage(load(home), { url: home.url }).report.detection)).toBe(true);
    const form = parseHtml('<body><form><label>Email <input type="email"></label><button>Sign in</button></form></body>', 'https://news.example/account/login');
    expect(isListing(analyzePage(form).report.detection)).toBe(false);
  });

  it('a listing page is left exactly as it was, and "Analyze anyway" still reads it', () => {
    const c = cases.find((x) => x.file === 'en-markets-section.html')!;
    const doc = load(c);
    const before = doc.documentElement.outerHTML;
    const page = new LedePage(doc, { recognize: recognizeEntities, url: () => c.url });
    const report = page.run(DEFAULT_SETTINGS);
    expect(report.isArticle).toBe(false);
    expect(report.entities).toEqual([]);
    expect(doc.documentElement.outerHTML).toBe(before);
    const forced = page.run(DEFAULT_SETTINGS, true);
    expect(forced.isArticle).toBe(true);
    expect(forced.detection.isArticle).toBe(false);
    expect(forced.entities.length).toBeGreaterThan(0);
    page.undo();
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('the reasons shown to the reader', () => {
  it('every signal has its words in English and in French', () => {
    const ids = [...Object.keys(WEIGHTS).filter((k) => k !== 'prior'), 'too-large', 'no-content', 'error'];
    for (const lang of ['en', 'fr']) {
      const messages = JSON.parse(readFileSync(join(ROOT, 'public/_locales', lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
      const missing = ids.filter((id) => !messages[`signal_${id.replace(/-/g, '_')}`]?.message);
      expect(missing, lang).toEqual([]);
    }
  });
});

describe('the shape of a page', () => {
  it('counts Chinese, Japanese and Korean paragraphs as long at half the characters', () => {
    const zh = '新的渡轮码头将在四月开放，港口管理局表示，工程比原计划提前两个月完成。居民说，过去每天早上都要排队很久，现在终于可以节省时间了。码头旁边还建了一个小公园和自行车停车场。';
    expect(zh.length).toBeLessThan(150);
    const page = (text: string) => parseHtml(`<html><head><title>码头</title></head><body><div class="content">${`<p>${text}</p>`.repeat(4)}</div></body></html>`, 'https://news.example/local/2024-03/05/c_1234567.htm');
    expect(ids(detectArticle(page(zh)))).toContain('long-paragraphs');
    expect(detectArticle(page(zh)).isArticle).toBe(true);
    // The same count of Latin letters is a short paragraph: a caption, a teaser.
    const latin = 'The new ferry quay opens in April, a month early. '.repeat(2);
    expect(ids(detectArticle(page(latin)))).toEqual(['article-url', 'no-prose']);
  });
});

describe('the address of a page', () => {
  it('tells home pages, archives, searches and later pages from stories', () => {
    expect(urlSignals('https://news.example/')).toEqual(['home-url']);
    expect(urlSignals('https://news.example/tag/energy/')).toEqual(['listing-url']);
    expect(urlSignals('https://news.example/autoren/katrin-vogel/')).toEqual(['listing-url']);
    expect(urlSignals('https://news.example/search?q=ferry')).toContain('search-page');
    expect(urlSignals('https://news.example/?s=ferry')).toEqual(['search-page', 'home-url']);
    expect(urlSignals('https://news.example/wirtschaft/seite/2/')).toEqual(['pagination']);
    expect(urlSignals('https://news.example/news/new-ferry-quay-to-open-in-april')).toEqual(['article-url']);
    expect(urlSignals('https://news.example/2024/03/05/quay/')).toEqual(['article-url']);
    expect(urlSignals('https://news.example/politik/a-1234567.html')).toEqual(['article-url']);
    expect(urlSignals('file:///home/me/page.html')).toEqual([]);
    expect(urlSignals('not a url')).toEqual([]);
  });
});

/**
 * Readerable pages of the Readability corpus that are not one article: nytimes-5 is the home page of
 * The New York Times en Español (og:url …/es/, JSON-LD CollectionPage, a column of teasers).
 */
const NOT_ONE_ARTICLE = new Set(['nytimes-5']);

describe('no article is lost', () => {
  it('the seed page and every readerable page of the Readability corpus stay articles', () => {
    expect(detectArticle(seed().doc).isArticle).toBe(true);
    const lost: string[] = [];
    const listings: string[] = [];
    for (const p of readabilityCorpus()) {
      if (!p.meta.readerable) continue;
      if (NOT_ONE_ARTICLE.has(p.name)) {
        const { report } = analyzePage(parseHtml(p.html, 'http://fakehost/test/page.html'));
        if (!report.isArticle) listings.push(p.name);
        continue;
      }
      const { report } = analyzePage(parseHtml(p.html, 'http://fakehost/test/page.html'));
      if (!report.isArticle) lost.push(`${p.name}: ${report.detection.signals.map((s) => `${s.id} ${s.weight}`).join(', ')}`);
    }
    expect(lost).toEqual([]);
    expect(listings).toEqual([...NOT_ONE_ARTICLE]);
  });
});
