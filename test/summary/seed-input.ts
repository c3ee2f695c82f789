import { extractArticle } from '../../utils/article/extract';
import type { SummaryInput } from '../../utils/summary/summarize';
import { seed } from '../helpers/dom';

/** The last three paragraphs of the seed article are promos; the pipeline removes them before the summary. */
export const SEED_PROMOS = ["Pour que l'intelligence artificielle", 'Regarder : ', 'Nouveau sur la blockchain ?'];

export function seedInput(): { input: SummaryInput; reference: string[]; captions: string[] } {
  const { doc, expect } = seed();
  const article = extractArticle(doc);
  if (!article) throw new Error('seed: no article');
  const blocks = article.blocks.filter((b) => !SEED_PROMOS.some((p) => b.text.includes(p))).map((b) => ({ text: b.text, kind: b.kind }));
  return {
    input: { title: article.title, lang: article.lang, blocks },
    reference: expect.referenceSummary,
    captions: blocks.filter((b) => b.kind === 'caption').map((b) => b.text),
  };
}
