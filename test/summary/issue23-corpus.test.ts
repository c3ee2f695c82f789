import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { analyzePage } from '../../utils/pipeline/local';
import { summarizeReport } from '../../utils/summary/summarize-report';
import type { Report, Summary } from '../../utils/report';
import { parseHtml, readabilityCorpus, ROOT, seed } from '../helpers/dom';

/**
 * Issue 23 over real pages: on the seed page, the demo article and 20 corpus pages, every key fact is
 * distinct from the others, from the publisher's points and from the summary (no two share a clause or a
 * figure), and starts and ends on a word boundary of the text it comes from. And "Short" is shorter than
 * "Medium" on every article of two minutes or more, over the 130 pages.
 */
const PAGES = [
  'bbc-1', 'cnn', 'nytimes-1', 'nytimes-2', 'nytimes-3', 'guardian-1', 'lemonde-1', 'liberation-1', 'ars-1', 'wapo-1',
  'wapo-2', 'telegraph', 'seattletimes-1', 'engadget', 'citylab-1', 'salon-1', 'theverge', 'cnet', 'heise', 'yahoo-2',
];

const words = (s: string) => (s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
/** Clauses as a reader sees them: cut at punctuation followed by a space, and at spaced dashes; four words or more. */
const clauses = (s: string) => s.split(/[,;:.!?»”")]\s|\s[–—-]\s/u).map(words).filter((c) => c.split(' ').length >= 4);

/** What `a` and `b` have in common, or null: a clause of one found whole in the other, or the same figure. */
function shared(a: { text: string; figure?: string }, b: { text: string; figure?: string }): string | null {
  const wa = ` ${words(a.text)} `;
  const wb = ` ${words(b.text)} `;
  for (const c of clauses(a.text)) if (wb.includes(` ${c} `)) return c;
  for (const c of clauses(b.text)) if (wa.includes(` ${c} `)) return c;
  for (const f of [a.figure, b.figure]) if (f && wa.includes(` ${words(f)} `) && wb.includes(` ${words(f)} `)) return f;
  return null;
}

function checkFacts(name: string, report: Report, summary: Summary, failures: string[]): number {
  const body = report.blocks.map((b) => b.text.replace(/\s+/g, ' '));
  const others = [
    ...summary.publisherPoints.map((p) => ({ text: p, what: `publisher point "${p.slice(0, 40)}"` })),
    ...summary.sentences.map((s) => ({ text: s.replace(/…$/, ''), what: `summary sentence "${s.slice(0, 40)}"` })),
  ];
  summary.keyFacts.forEach((f, i) => {
    const fact = { text: f.sentence, figure: f.text };
    if (!f.sentence.includes(f.text)) failures.push(`${name}: fact "${f.text}" not in its clause`);
    for (const o of others) {
      const s = shared(fact, o);
      if (s) failures.push(`${name}: fact "${f.sentence.slice(0, 50)}" repeats ${o.what}: "${s}"`);
    }
    for (const g of summary.keyFacts.slice(i + 1)) {
      const s = shared(fact, { text: g.sentence, figure: g.text });
      if (s) failures.push(`${name}: facts "${f.sentence.slice(0, 40)}" and "${g.sentence.slice(0, 40)}" share "${s}"`);
    }
    // Word boundaries: in the block it comes from, no letter or digit right before or after it.
    const clause = f.sentence.replace(/\s+/g, ' ');
    const block = body.find((b) => b.includes(clause));
    if (!block) failures.push(`${name}: fact "${clause.slice(0, 50)}" is not a piece of the text`);
    else {
      const at = block.indexOf(clause);
      const before = block[at - 1] ?? ' ';
      const after = block[at + clause.length] ?? ' ';
      if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after) || /^[\s,;:]|[\s,;:]$/u.test(clause)) {
        failures.push(`${name}: fact cut mid-word: "…${block.slice(Math.max(0, at - 5), at + 20)}" / "${clause.slice(-20)}${after}…"`);
      }
    }
  });
  return summary.keyFacts.length;
}

describe('key facts on the seed page, the demo article and 20 corpus pages', () => {
  it('are distinct from each other, the publisher points and the summary, and cut on word boundaries', () => {
    const failures: string[] = [];
    let facts = 0;
    const run = (name: string, doc: Document, url: string) => {
      const { report } = analyzePage(doc, { url, force: true });
      for (const length of ['short', 'medium', 'long'] as const) {
        const summary = summarizeReport(report, length);
        if (summary) facts += checkFacts(`${name} (${length})`, report, summary, failures);
      }
    };
    run('seed', seed().doc, 'https://coingeek.com/fr/news/sam-altman-openai-usines-puces/');
    run('demo', parseHtml(readFileSync(join(ROOT, 'cli', 'demo', 'demo-article.html'), 'utf8'), 'http://127.0.0.1/news/demo/'), 'http://127.0.0.1/news/demo/');
    const corpus = new Map(readabilityCorpus().map((p) => [p.name, p]));
    for (const name of PAGES) run(name, parseHtml(corpus.get(name)!.html, `https://example.test/${name}/`), `https://example.test/${name}/`);
    expect(failures).toEqual([]);
    expect(facts).toBeGreaterThan(60);
  });

  it('the demo article: at most six facts, none from the publisher points, one per sentence', () => {
    const doc = parseHtml(readFileSync(join(ROOT, 'cli', 'demo', 'demo-article.html'), 'utf8'), 'http://127.0.0.1/news/demo/');
    const { report } = analyzePage(doc, { url: 'http://127.0.0.1/news/demo/' });
    const s = summarizeReport(report, 'medium')!;
    expect(s.keyFacts.length).toBeGreaterThanOrEqual(3);
    expect(s.keyFacts.length).toBeLessThanOrEqual(6);
    expect(s.keyFacts.map((f) => f.text)).not.toContain('$60 billion');
    const sentences = s.keyFacts.map((f) => report.blocks.findIndex((b) => b.text.includes(f.sentence)) + ':' + f.sentence.slice(0, 12));
    expect(new Set(sentences).size).toBe(sentences.length);
  });
});

describe('"Short" is shorter than "Medium" on every article of two minutes or more', () => {
  it('over the 130 pages of the Readability corpus, the seed and the demo article', () => {
    const failures: string[] = [];
    let compared = 0;
    const pages = [
      ...readabilityCorpus().map((p) => ({ name: p.name, doc: () => parseHtml(p.html, `https://example.test/${p.name}/`) })),
      { name: 'seed', doc: () => seed().doc },
      { name: 'demo', doc: () => parseHtml(readFileSync(join(ROOT, 'cli', 'demo', 'demo-article.html'), 'utf8'), 'http://127.0.0.1/news/demo/') },
    ];
    for (const p of pages) {
      const { report } = analyzePage(p.doc(), { force: true });
      if (!report.isArticle || report.readingMinutes < 2) continue;
      const chars = (length: 'short' | 'medium' | 'long') => summarizeReport(report, length)!.sentences.join(' ').length;
      const [short, medium, long] = [chars('short'), chars('medium'), chars('long')];
      if (medium === 0) continue; // no prose to summarise (an RFC in <pre>): nothing to compare
      compared++;
      if (!(short < medium)) failures.push(`${p.name} (${report.readingMinutes} min): short ${short} chars, medium ${medium}`);
      if (long < medium) failures.push(`${p.name}: long ${long} chars, medium ${medium}`);
    }
    expect(failures).toEqual([]);
    expect(compared).toBeGreaterThan(80);
  });
});
