import type { Article, Block } from '../article/types';
import type { Report } from '../report';
import { collapseWhitespace } from '../whitespace';
import { readingMinutes } from '../article/reading-time';

export function emptyReport(url: string | null): Report {
  return {
    url, isArticle: false, detection: { isArticle: false, confidence: 0, signals: [] }, title: null, byline: null, siteName: null,
    lang: null, publishedTime: null, text: '', blocks: [], readingMinutes: 0, entities: [], promos: [], setAside: [], summary: null, timings: {},
  };
}

/**
 * The article's blocks with the text of promo and furniture blocks emptied: they keep their index, so
 * mentions still point into Article.blocks.
 */
export function readableBlocks(article: Article, unread: ReadonlySet<number>): { text: string; kind: Block['kind'] }[] {
  return article.blocks.map((b, i) => ({ text: unread.has(i) ? '' : b.text, kind: b.kind }));
}

/** The Report's text fields: the non-empty blocks, whitespace collapsed, and the reading time of their text. */
export function reportText(readable: readonly { text: string; kind: Block['kind'] }[], lang: string | null): Pick<Report, 'blocks' | 'text' | 'readingMinutes'> {
  const blocks = readable.filter((b) => b.text.trim()).map((b) => ({ text: collapseWhitespace(b.text), kind: b.kind }));
  const text = blocks.map((b) => b.text).join('\n\n');
  return { blocks, text, readingMinutes: readingMinutes(text, lang) };
}
