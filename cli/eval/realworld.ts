import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The realworld set (../shared/corpus/realworld): 990 pages with main-text and boilerplate segments. */

export const REALWORLD = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'corpus', 'realworld');

export interface RealworldPage {
  url: string;
  /** The gzipped page, relative to REALWORLD. */
  page: string;
  with: string[];
  without: string[];
}

export function realworldPages(root: string = REALWORLD): RealworldPage[] {
  return JSON.parse(readFileSync(join(root, 'expectations.json'), 'utf8')) as RealworldPage[];
}

/**
 * The published rows of the set's makers (../shared/corpus/README.md), on the same 990 pages and rule.
 * Accuracy is not published for them.
 */
export const PUBLISHED: { name: string; precision: number; recall: number; f: number }[] = [
  { name: 'trafilatura 2.2.0', precision: 0.906, recall: 0.943, f: 0.924 },
  { name: 'news-please', precision: 0.932, recall: 0.758, f: 0.836 },
  { name: 'readability-lxml', precision: 0.898, recall: 0.764, f: 0.826 },
  { name: 'goose3', precision: 0.936, recall: 0.714, f: 0.81 },
];
