import { describe, expect, it } from 'vitest';
import { parseHtml } from '../helpers/dom';
import { extractArticle } from '../../utils/article/extract';
import { confirmLang } from '../../utils/article/function-words';

const BODY = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1}: the harbour authority said on Monday that the new quay would open to ferries in the spring, after two years of works and a long dispute over its cost.</p>`).join('');
const page = (header: string, before = '') =>
  parseHtml(`<html lang="en"><head><title>New quay opens in spring</title></head><body>${before}<article><header><h1>New quay opens in spring</h1>${header}<p class="byline">By Mara Lind</p></header><div class="article-body">${BODY}</div></article></body></html>`, 'https://news.example/quay');
const firstText = (doc: Document) => extractArticle(doc)!.blocks[0].text.trim();

describe('the standfirst above the body', () => {
  it('opens the article, as a paragraph, when the header prints one', () => {
    const article = extractArticle(page('<p class="ts-intro">Ferries will dock at the new quay from April, the harbour authority says, ending two years of delays.</p>'))!;
    expect(article.blocks[0].text).toContain('Ferries will dock at the new quay from April');
    expect(article.blocks[0].kind).toBe('paragraph');
    expect(article.root!.classList.contains('article-body')).toBe(true);
  });

  it('is found by its name in any naming style: chapo, dek, standfirst, articleLead', () => {
    for (const cls of ['article__chapo', 'c-dek', 'standfirst', 'articleLead']) {
      expect(firstText(page(`<div class="${cls}">Ferries will dock at the new quay from April, the harbour authority says.</div>`)), cls).toMatch(/^Ferries will dock/);
    }
  });

  it('is not a teaser elsewhere on the page, a linked card, or a label too short to be a sentence', () => {
    const links = Array.from({ length: 40 }, (_, i) => `<li><a href="/section/${i}">Section number ${i} of the site</a></li>`).join('');
    const far = `<div class="promo-strip"><p class="teaser">A different story about the ferry fares rising again this summer, in a strip above the menu.</p></div><ul class="menu">${links}</ul>`;
    expect(firstText(page('', far))).toMatch(/^Paragraph 1/);
    expect(firstText(page('<a href="/other"><p class="teaser">Read the story of the old quay and its last ferry, forty years ago this week.</p></a>'))).toMatch(/^Paragraph 1/);
    expect(firstText(page('<p class="subtitle">Harbour news</p>'))).toMatch(/^Paragraph 1/);
  });

  it('is the most specific one when the header that holds it is named as an intro too', () => {
    const intro =
      '<div class="page-intro"><h4 class="page-intro__kicker">Harbours</h4><div class="page-intro__copy">Ferries will dock at the new quay from April, the harbour authority says.</div>' +
      '<div class="page-intro__meta">12 May 2026</div></div>';
    const article = extractArticle(page(intro))!;
    expect(article.blocks[0].text.trim()).toMatch(/^Ferries will dock/);
    expect(article.blocks.some((b) => b.text.includes('12 May 2026') || b.text.includes('Harbours'))).toBe(false);
  });

  it('is not an author box named "description" just before the body', () => {
    const bio = '<div class="author-box"><div class="field-name-description"><p>Mara Lind covers ports and shipping for the paper and has written two books about the coast.</p></div></div>';
    const withBio = extractArticle(page(bio))!;
    expect(withBio.blocks.map((b) => b.text.trim().slice(0, 12))).toEqual(extractArticle(page(''))!.blocks.map((b) => b.text.trim().slice(0, 12)));
    expect(firstText(page(`<p itemprop="description">Ferries will dock at the new quay from April, the harbour authority says.</p>${bio}`))).toMatch(/^Ferries will dock/);
  });

  it('is not added twice when the body already holds it', () => {
    const doc = parseHtml(`<html lang="en"><body><article><h1>T</h1><div class="article-body"><p class="lead">Ferries will dock at the new quay from April, the harbour authority says.</p>${BODY}</div></article></body></html>`);
    const texts = extractArticle(doc)!.blocks.map((b) => b.text);
    expect(texts.filter((t) => t.includes('Ferries will dock'))).toHaveLength(1);
  });
});

describe('the declared language, checked by the text', () => {
  const es = 'El gobierno anunció que los precios de la energía bajarán en los próximos meses, y que se trata de una medida para las familias con menos ingresos. ';
  const en = 'The government said that energy prices would fall in the coming months, and that this was a measure for the families with the lowest incomes. ';
  it('gives way when the text is clearly in another language', () => {
    expect(confirmLang('en', es.repeat(3))).toBe('es');
    expect(confirmLang('de', en.repeat(3))).toBe('en');
  });
  it('stands when the text agrees, is too short to tell, or is in a language not listed', () => {
    expect(confirmLang('en', en.repeat(3))).toBe('en');
    expect(confirmLang('en', 'Precios de la energía')).toBe('en');
    expect(confirmLang('ja', en.repeat(3))).toBe('ja');
    expect(confirmLang(null, es.repeat(3))).toBeNull();
  });
});
