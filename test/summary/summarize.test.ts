import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/pipeline/local';
import { summarizeReport } from '../../utils/summary/summarize-report';
import { summarize } from '../../utils/summary/summarize';
import { splitSentences } from '../../utils/summary/sentences';
import { MAX_SENTENCE_CHARS } from '../../utils/summary/truncate';
import { parseHtml, readabilityCorpus, seed } from '../helpers/dom';
import { fixtureCases } from '../helpers/fixture-cases';
import { bodyOnly } from './body-only';
import { summaryFixtures } from './fixtures';
import { SEED_PROMOS, seedInput } from './seed-input';

const fold = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

describe('summarize on the seed page', () => {
  const { input, reference, captions } = seedInput();
  const summary = summarize(input);

  it('gives 3 to 5 French body sentences, in article order', () => {
    expect(summary.sentences.length).toBeGreaterThanOrEqual(3);
    expect(summary.sentences.length).toBeLessThanOrEqual(5);
    const body = input.blocks.map((b) => b.text.replace(/\s+/g, ' ')).join(' ');
    let last = -1;
    for (const s of summary.sentences) {
      const at = body.indexOf(s.replace(/\.$/, ''));
      expect(at, s).toBeGreaterThan(last);
      last = at;
    }
    expect(summary.sentences.join(' ')).toMatch(/\b(le|la|les|des|du)\b/);
  });

  it('takes nothing from a promo, the caption, the key-point list or the headline', () => {
    for (const s of summary.sentences) {
      for (const promo of SEED_PROMOS) expect(s).not.toContain(promo);
      for (const c of captions) expect(fold(s)).not.toBe(fold(c));
      for (const point of reference) expect(fold(s)).not.toContain(fold(point));
      expect(fold(s)).not.toContain(fold(input.title!));
    }
  });

  it('returns the three bullets as the publisher points', () => {
    expect(summary.publisherPoints).toEqual(reference);
  });

  it('gives each of its figures once: the "8 à 10 milliards" range, 2023 and 2030 in a sentence or a key fact, never both', () => {
    const said = summary.sentences.join(' ');
    expect(said).toContain('8 à 10 milliards de dollars');
    for (const f of summary.keyFacts) expect(said).not.toContain(f.text);
    const all = [said, ...summary.keyFacts.map((f) => f.sentence)].join(' ');
    expect(all).toContain('depuis 2023');
    expect(all).toContain("d'ici 2030");
  });

  it('leaves out the sentence that says the publisher\'s first point again', () => {
    // "Sam Altman d'OpenAI cherche des fonds pour des usines de puces IA pour répondre à la demande croissante"
    expect(summary.sentences.join(' ')).not.toContain("Le PDG d'OpenAI, Sam Altman, a ouvert des discussions");
    const withoutPoints = summarize({ ...input, blocks: input.blocks.filter((b) => b.kind !== 'list-item') });
    expect(withoutPoints.sentences.join(' ')).toContain("Le PDG d'OpenAI, Sam Altman, a ouvert des discussions");
  });

  it('adapts the number of sentences to the requested length', () => {
    expect(summarize(input, { length: 'short' }).sentences.length).toBeLessThan(summary.sentences.length);
    const long = summarize(input, { length: 'long' }).sentences.length;
    expect(long).toBeGreaterThanOrEqual(summary.sentences.length);
    expect(long).toBeLessThanOrEqual(7);
  });
});

describe('summarize on the hand-written fixtures', () => {
  const fixtures = summaryFixtures();

  it('has at least 5 English and 5 French articles', () => {
    expect(fixtures.filter((f) => f.input.lang === 'en').length).toBeGreaterThanOrEqual(5);
    expect(fixtures.filter((f) => f.input.lang === 'fr').length).toBeGreaterThanOrEqual(5);
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('%s: 3–5 distinct body sentences, no byline, no caption, key facts not in them', (_name, f) => {
    const s = summarize(f.input);
    expect(s.sentences.length).toBeGreaterThanOrEqual(3);
    expect(s.sentences.length).toBeLessThanOrEqual(5);
    expect(new Set(s.sentences).size).toBe(s.sentences.length);
    for (const sentence of s.sentences) {
      expect(sentence).not.toMatch(/^(By|Par) /);
      expect(sentence).not.toMatch(/Photo:/);
    }
    // Figures the summary already gives are not repeated as key facts: some amount or percentage is left.
    expect(s.keyFacts.some((k) => k.kind === 'money' || k.kind === 'percent')).toBe(true);
    for (const k of s.keyFacts) for (const sentence of s.sentences) expect(sentence).not.toContain(k.text);
  });

  it('finds the English "Key takeaways" box and keeps it out of the summary', () => {
    const f = fixtures.find((x) => x.name === 'en-voltaro-battery-swap')!;
    const s = summarize(f.input);
    expect(s.publisherPoints).toHaveLength(3);
    for (const p of s.publisherPoints) expect(s.sentences).not.toContain(p);
  });
});

describe('summarize edge cases', () => {
  it('returns an empty summary for no text, and one sentence for a one-sentence article', () => {
    expect(summarize({ title: null, lang: null, blocks: [] })).toEqual({ sentences: [], keyFacts: [], publisherPoints: [] });
    expect(summarize({ title: 'T', lang: 'en', blocks: [{ text: 'Short news.', kind: 'paragraph' }] }).sentences).toEqual(['Short news.']);
  });

  it('never returns a sentence longer than 600 characters, and cuts at a clause boundary with "…"', () => {
    const long = `The board approved the plan, ${'after a very long discussion about costs and revenues, '.repeat(20)}and then adjourned.`;
    const s = summarize({ title: null, lang: 'en', blocks: [{ text: long, kind: 'paragraph' }] }).sentences;
    expect(s).toHaveLength(1);
    expect(s[0].length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    expect(s[0]).toMatch(/[^,]…$/);
  });

  it('drops sentences that repeat the headline', () => {
    const title = 'Acme raises $5 million for robots';
    const blocks = [
      { text: 'Acme raises $5 million for robots.', kind: 'paragraph' as const },
      { text: 'The start-up said on Monday that the round was led by Example Ventures and would fund hiring.', kind: 'paragraph' as const },
      { text: 'It plans to double its staff to 80 people by 2026, its chief executive said.', kind: 'paragraph' as const },
    ];
    expect(summarize({ title, lang: 'en', blocks }).sentences.join(' ')).not.toContain('Acme raises');
  });
});

describe('summarize over the 130 pages of the readability corpus', () => {
  it('never throws, summarises every extracted article, keeps every sentence ≤ 600 characters, and says only what the body says', () => {
    const stats = { pages: 0, articles: 0, withSentences: 0, sentences: 0, keyFacts: 0, publisherPoints: 0 };
    const failures: string[] = [];
    // The same pass checks that the summary the panel shows comes from body paragraphs only (body-only.ts).
    let bodyLines = bodyOnly('seed', analyzePage(seed().doc, { summarize: summarizeReport }), failures);
    for (const page of readabilityCorpus()) {
      stats.pages++;
      const analysis = analyzePage(parseHtml(page.html, `https://example.test/${page.name}/`), { summarize: summarizeReport, force: true });
      bodyLines += bodyOnly(page.name, analysis, failures);
      const { article } = analysis;
      if (!article) continue;
      stats.articles++;
      const input = { title: article.title, lang: article.lang, blocks: article.blocks.map((b) => ({ text: b.text, kind: b.kind })) };
      let s;
      try {
        s = summarize(input);
      } catch (e) {
        failures.push(`${page.name}: threw ${String(e)}`);
        continue;
      }
      const hasSentence = input.blocks.some(
        (b) => ['paragraph', 'quote', 'list-item', 'other'].includes(b.kind) && splitSentences(b.text, input.lang).some((x) => /\p{L}/u.test(x)),
      );
      if (hasSentence && s.sentences.length === 0) failures.push(`${page.name}: no summary`);
      for (const x of s.sentences) if (x.length > MAX_SENTENCE_CHARS) failures.push(`${page.name}: ${x.length} chars`);
      if (s.sentences.length) stats.withSentences++;
      stats.sentences += s.sentences.length;
      stats.keyFacts += s.keyFacts.length;
      if (s.publisherPoints.length) stats.publisherPoints++;
    }
    console.log('summary corpus stats', stats);
    expect(failures).toEqual([]);
    expect(stats.pages).toBe(130);
    expect(stats.withSentences).toBeGreaterThan(100);
    expect(bodyLines).toBeGreaterThan(500);
  });
});

describe('the summary, key facts and companies of our own fixture pages come from body paragraphs only', () => {
  it('on the furniture fixtures (captions, credits, bylines, datelines, notices) and the articles among the listing fixtures', () => {
    const pages: { name: string; url: string; html: string }[] = [];
    for (const dir of ['furniture', 'listings']) {
      const { cases, html } = fixtureCases<{ file: string; url: string; isArticle?: boolean }>(dir);
      for (const c of cases) if (c.isArticle !== false) pages.push({ name: c.file, url: c.url, html: html(c) });
    }
    expect(pages.length).toBeGreaterThanOrEqual(20);
    const failures: string[] = [];
    let lines = 0;
    for (const p of pages) lines += bodyOnly(p.name, analyzePage(parseHtml(p.html, p.url), { url: p.url, summarize: summarizeReport }), failures);
    expect(failures).toEqual([]);
    expect(lines).toBeGreaterThanOrEqual(pages.length * 2);
  });
});
