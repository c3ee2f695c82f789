/**
 * The benchmark's pages: every ../shared/corpus/readability/<name>/source.html, the seed page, and the
 * listing pages of test/fixtures/listings/ (home pages, archives, search: the non-article row's cost).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './bundle';

export const CORPUS = join(PROJECT_ROOT, '..', 'shared', 'corpus');
export const SEED_FILE = join(CORPUS, 'seed', 'coingeek-fr-altman-chip-fabs.html');

export interface BenchPage {
  name: string;
  /** Path on the test server (the page is served under /iso and /plain, see serve.ts). */
  path: string;
  html: Buffer;
  kb: number;
}

export function corpusPages(filter?: string): BenchPage[] {
  const out: BenchPage[] = [];
  const add = (name: string, file: string) => {
    const html = readFileSync(file);
    out.push({ name, path: `/${encodeURIComponent(name)}/`, html, kb: Math.round((html.length / 1024) * 10) / 10 });
  };
  if (existsSync(SEED_FILE)) add('seed', SEED_FILE);
  const dir = join(CORPUS, 'readability');
  const names = existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort() : [];
  for (const n of names) {
    const file = join(dir, n, 'source.html');
    if (existsSync(file)) add(n, file);
  }
  const listings = join(PROJECT_ROOT, 'test', 'fixtures', 'listings');
  const { cases } = JSON.parse(readFileSync(join(listings, 'cases.json'), 'utf8')) as { cases: { file: string; isArticle: boolean }[] };
  for (const c of cases) if (!c.isArticle) add(`listing-${c.file.replace(/\.html$/, '')}`, join(listings, c.file));
  if (!filter) return out;
  const parts = filter.split(',').filter(Boolean);
  return out.filter((p) => parts.some((f) => p.name.includes(f)));
}
