import { join } from 'node:path';
import { analyzePage } from '../../utils/pipeline/local';
import { closePage, francGuesser, loadPage } from '../page-reader';
import { scorePage, type PageScore } from './score';
import type { RealworldPage } from './realworld';

/**
 * One process of `npm run eval:extraction`: reads pages as they are sent, answers with each page's score.
 * The pipeline runs forced (the text Lede would read with "Analyze anyway"): this measures extraction;
 * whether the page was taken for an article is reported beside it.
 */

export interface PageRequest {
  root: string;
  page: RealworldPage;
}

export interface PageResult extends PageScore {
  page: string;
  isArticle: boolean;
  ms: number;
  error?: string;
}

export function evalPage({ root, page }: PageRequest): PageResult {
  const t0 = performance.now();
  let doc: Document | null = null;
  try {
    doc = loadPage(join(root, page.page), page.url);
    const { report } = analyzePage(doc, { url: page.url, force: true, guessLang: francGuesser });
    return { page: page.page, isArticle: report.detection.isArticle, ms: performance.now() - t0, ...scorePage(report.text, page.with, page.without) };
  } catch (e) {
    const error = e instanceof Error ? e.message : String(e);
    return { page: page.page, isArticle: false, ms: performance.now() - t0, error, ...scorePage('', page.with, page.without) };
  } finally {
    if (doc) closePage(doc);
  }
}

process.on('message', (req: PageRequest) => process.send?.(evalPage(req)));
