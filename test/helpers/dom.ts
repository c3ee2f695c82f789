import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';

/** The project root, so tests find ../shared/corpus wherever Vitest runs them from. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CORPUS = join(ROOT, '..', 'shared', 'corpus');
export const SEED_HTML = join(CORPUS, 'seed', 'coingeek-fr-altman-chip-fabs.html');
export const SEED_JSON = join(CORPUS, 'seed', 'coingeek-fr-altman-chip-fabs.json');
export const FIXTURES = join(ROOT, 'test', 'fixtures');
/** The highlight colours the content script carries (utils/dom/highlight.css). */
export const HIGHLIGHT_CSS = readFileSync(join(ROOT, 'utils', 'dom', 'highlight.css'), 'utf8');

/** A jsdom Document for the given HTML, with a URL so relative links and location.host work. */
export function parseHtml(html: string, url = 'https://example.test/article'): Document {
  // A silent console: jsdom's CSS parser complains about real-world stylesheets it cannot read.
  return new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
}

export function loadHtml(path: string, url?: string): Document {
  return parseHtml(readFileSync(path, 'utf8'), url);
}

export interface SeedExpectation {
  lang: string;
  isArticle: boolean;
  title: string;
  companies: { name: string; aliases: string[]; ticker?: string; exchange?: string }[];
  cryptos: { name: string; ticker?: string }[];
  mustNotHighlight: string[];
  mustNotHighlightOutsideArticle: string[];
  promoBlocks: string[];
  keepParagraphs: string[];
  referenceSummary: string[];
}

export function seed(): { doc: Document; expect: SeedExpectation } {
  return {
    doc: loadHtml(SEED_HTML, 'https://coingeek.com/fr/news/sam-altman-openai-usines-puces/'),
    expect: JSON.parse(readFileSync(SEED_JSON, 'utf8')) as SeedExpectation,
  };
}

export interface CorpusPage {
  name: string;
  html: string;
  meta: { title?: string; byline?: string; lang?: string; siteName?: string; readerable?: boolean };
}

/** The 130 pages of Mozilla Readability's test suite. */
export function readabilityCorpus(): CorpusPage[] {
  const dir = join(CORPUS, 'readability');
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'source.html')))
    .map((d) => ({
      name: d.name,
      html: readFileSync(join(dir, d.name, 'source.html'), 'utf8'),
      meta: JSON.parse(readFileSync(join(dir, d.name, 'expected-metadata.json'), 'utf8')),
    }));
}
