import { describe, expect, it } from 'vitest';
import { fixtureCases } from '../helpers/fixture-cases';
import { parseHtml } from '../helpers/dom';
import { analyzePage } from '../../utils/pipeline/local';
import { summarizeReport } from '../../utils/summary/summarize-report';
import type { FurnitureKind } from '../../utils/report';

interface Case {
  file: string;
  url: string;
  lede?: string;
  furniture: { text: string; kind: FurnitureKind }[];
  absent: string[];
  promos: string[];
  keeps: string[];
}

const { cases, html } = fixtureCases<Case>('furniture');

describe.each(cases)('furniture fixture $file', (c) => {
  const doc = parseHtml(html(c), c.url);
  const before = doc.documentElement.outerHTML;
  const { report, article } = analyzePage(doc, { url: c.url, summarize: summarizeReport });

  it('sets each furniture block aside, with its kind, and leaves it out of the text', () => {
    for (const f of c.furniture) {
      const found = report.setAside.find((s) => s.text.includes(f.text));
      expect(found?.kind, f.text).toBe(f.kind);
      expect(report.text, f.text).not.toContain(f.text);
    }
  });

  it('reads none of the furniture that Readability already leaves out', () => {
    for (const a of c.absent) expect(report.text, a).not.toContain(a);
  });

  it('keeps every real paragraph, including those that begin like furniture', () => {
    for (const k of c.keeps) {
      expect(report.text, k).toContain(k);
      expect(report.setAside.some((s) => s.text.includes(k)), k).toBe(false);
    }
  });

  it('hides the promos, which are not furniture', () => {
    for (const p of c.promos) {
      expect(report.promos.some((m) => m.text.includes(p)), p).toBe(true);
      expect(report.text, p).not.toContain(p);
    }
  });

  it('opens with the standfirst when the page has one above the body', () => {
    if (!c.lede) return expect(article!.blocks[0].el.closest('header')).toBeNull();
    expect(report.blocks[0].text).toContain(c.lede);
    expect(report.blocks[0].kind).toBe('paragraph');
  });

  it('reads its summary and key facts from body paragraphs only', () => {
    const summary = report.summary!;
    const said = [...summary.sentences, ...summary.keyFacts.map((f) => f.sentence)];
    expect(summary.sentences.length).toBeGreaterThan(0);
    for (const s of said) for (const f of report.setAside) expect(f.text.includes(s) || s.includes(f.text), s).toBe(false);
  });

  it('changes nothing in the page', () => {
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('furniture guards', () => {
  const page = (body: string) =>
    parseHtml(`<html lang="en"><head><title>T</title><meta property="og:type" content="article"></head><body><article><h1>T</h1>${body}</article></body></html>`, 'https://news.example/a');
  const para = (s: string) => `<p>${s} The council met again on Thursday evening to hear from residents about the plan for the new bridge over the river.</p>`;

  it('a photo gallery keeps its captions: they are what there is to read', () => {
    const figures = Array.from({ length: 6 }, (_, i) => `<figure><img src="/${i}.jpg"><figcaption>Picture ${i}: the old mill by the river at dawn, seen from the footbridge, with mist over the water and the first boats leaving.</figcaption></figure>`).join('');
    const { report } = analyzePage(page(`${para('One.')}${figures}`), { force: true });
    expect(report.setAside.filter((s) => s.kind === 'caption')).toEqual([]);
    expect(report.text).toContain('the old mill by the river');
  });

  it('a date inside a sentence, a recipe time or a count is no dateline', () => {
    const lines = ['390 kcal', '6 large eggs', '15 – 30 min', 'Deadline: 3 November 2019 (postmark)', '1. Skinfold calipers'];
    const { report } = analyzePage(page(`${para('One.')}${lines.map((l) => `<p>${l}</p>`).join('')}${para('Two.')}${para('Three.')}`), { force: true });
    expect(report.setAside).toEqual([]);
    for (const l of lines) expect(report.text).toContain(l);
  });

  it('a line that is only a date, and a credit line after a photo, are set aside', () => {
    const { report } = analyzePage(page(`<p>Tuesday, 14 June 2019, 15:49</p>${para('One.')}<p>AFP / Marco Bertorello</p>${para('Two.')}${para('Three.')}`), { force: true });
    expect(report.setAside.map((s) => [s.kind, s.signal])).toEqual([['dateline', 'date only'], ['caption', 'credit']]);
  });
});
