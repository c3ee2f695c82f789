import { describe, expect, it } from 'vitest';
import { detectArticle } from '@/utils/article/detect';
import type { Detection } from '@/utils/report';
import { parseHtml, seed } from '../helpers/dom';

const para = (n: number, text = 'The committee met on Tuesday to discuss the proposal, which would change how the city funds its schools, its roads and its libraries over the next decade, according to the minutes.') =>
  Array.from({ length: n }, () => `<p>${text}</p>`).join('');

/** The signals' names, and the JSON-LD type or og:type they saw where they saw one. */
const ids = (d: Detection) => d.signals.map((s) => (s.detail && /^(?:json-ld|og)/.test(s.id) ? `${s.id}:${s.detail}` : s.id));

describe('detectArticle', () => {
  it('detects the seed article from its own signals and its shape', () => {
    const d = detectArticle(seed().doc);
    expect(d.isArticle).toBe(true);
    expect(ids(d)).toEqual(expect.arrayContaining(['og-article:article', 'json-ld-article:NewsArticle', 'article-headline', 'published-time', 'readerable']));
    expect(d.confidence).toBeGreaterThan(0.9);
  });

  it('reads JSON-LD in the @graph form and as arrays', () => {
    const graph = parseHtml(`<html><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":["ReportageNewsArticle"],"headline":"x"}]}</script></head><body>${para(1)}</body></html>`);
    expect(ids(detectArticle(graph))).toContain('json-ld-article:ReportageNewsArticle');
    const arr = parseHtml(`<html><head><script type="application/ld+json">[{"@type":"BreadcrumbList"},{"@type":"BlogPosting"}]</script></head><body>${para(1)}</body></html>`);
    expect(ids(detectArticle(arr))).toContain('json-ld-article:BlogPosting');
  });

  it('survives malformed JSON-LD', () => {
    const doc = parseHtml(`<html><head><script type="application/ld+json">{"@type": "NewsArticle",,}</script></head><body>${para(8)}</body></html>`);
    const d = detectArticle(doc);
    expect(ids(d)).not.toContain('json-ld-article:NewsArticle');
    expect(ids(d)).toContain('readerable');
  });

  it('uses microdata articleBody and a lone <article> with an h1', () => {
    const doc = parseHtml(`<body><article><h1>Title</h1><div itemprop="articleBody">${para(2)}</div></article></body>`);
    const d = detectArticle(doc);
    expect(ids(d)).toEqual(expect.arrayContaining(['article-body-markup', 'article-headline']));
    expect(d.isArticle).toBe(true);
  });

  it('reads each meta as its first <meta> says, wherever it is, and markup anywhere in the page', () => {
    // The first meta of a key decides, even when empty; a meta in <body> counts; property or name.
    const first = parseHtml(`<html><head><meta property="og:type" content=" "><meta property="og:type" content="article"></head><body>${para(1)}</body></html>`);
    expect(ids(detectArticle(first))).not.toContain('og-article:article');
    const inBody = parseHtml(`<html><head></head><body><meta name="og:type" content="Article"><meta name="article:published_time" content="2024-01-01">${para(1)}</body></html>`);
    expect(ids(detectArticle(inBody))).toEqual(expect.arrayContaining(['og-article:article', 'published-time']));
    // itemprop is a token list; JSON-LD and microdata count wherever they are in the body.
    const micro = parseHtml(`<html><body><div><section><div itemprop="text articleBody">${para(1)}</div><time itemprop="datePublished">x</time></section><script type="application/ld+json">{"@type":"NewsArticle"}</script></div></body></html>`);
    expect(ids(detectArticle(micro))).toEqual(expect.arrayContaining(['article-body-markup', 'published-time', 'json-ld-article:NewsArticle']));
    const tabbed = parseHtml(`<html><body><div itemprop="text\tarticleBody">${para(1)}</div><meta property="og:type" name="article:published_time" content="article"></body></html>`);
    expect(ids(detectArticle(tabbed))).toEqual(expect.arrayContaining(['article-body-markup', 'og-article:article', 'published-time']));
    const near = parseHtml(`<html><body><div itemprop="articleBodyText">${para(1)}</div><time itemprop="datePublished x">x</time></body></html>`);
    expect(ids(detectArticle(near)).filter((s) => s === 'article-body-markup' || s === 'published-time')).toEqual([]);
  });

  it('says no to a page that is not an article: a home page, a form, an empty page', () => {
    const home = parseHtml(`<html><head><meta property="og:type" content="website"></head><body><nav><a href="/a">A</a><a href="/b">B</a></nav><ul>${'<li><a href="/x">Headline of a story</a></li>'.repeat(30)}</ul></body></html>`);
    const dh = detectArticle(home);
    expect(dh.isArticle).toBe(false);
    expect(ids(dh)).toContain('og-website');
    const form = parseHtml('<body><form><label>Email <input type="email"></label><button>Sign in</button></form></body>');
    expect(detectArticle(form).isArticle).toBe(false);
    expect(detectArticle(form).signals.filter((s) => s.weight > 0)).toEqual([]);
    expect(detectArticle(parseHtml('')).isArticle).toBe(false);
  });

  it('never lets one weak signal decide alone', () => {
    const doc = parseHtml('<body><article><h1>Only a headline</h1><p>Short.</p></article></body>');
    const d = detectArticle(doc);
    expect(d.confidence).toBeLessThan(0.5);
    expect(d.isArticle).toBe(false);
  });
});
