import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BlockKind } from '../../utils/article/types';
import type { SummaryInput } from '../../utils/summary/summarize';
import { FIXTURES } from '../helpers/dom';

interface FixtureFile {
  title: string;
  lang: string;
  paragraphs: Array<string | { kind: BlockKind; text: string }>;
  reference: string[];
}

/** The hand-written articles of test/fixtures/summary, as summary inputs. */
export function summaryFixtures(): Array<{ name: string; input: SummaryInput; reference: string[] }> {
  const dir = join(FIXTURES, 'summary');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const fx = JSON.parse(readFileSync(join(dir, f), 'utf8')) as FixtureFile;
      const blocks = fx.paragraphs.map((p) => (typeof p === 'string' ? { text: p, kind: 'paragraph' as BlockKind } : p));
      return { name: f.replace(/\.json$/, ''), input: { title: fx.title, lang: fx.lang, blocks }, reference: fx.reference };
    });
}
