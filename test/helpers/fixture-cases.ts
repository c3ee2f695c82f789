import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from './dom';

/** A folder of fixture pages and its cases.json: every case names its page file. */
export function fixtureCases<T extends { file: string }>(folder: string): { dir: string; cases: T[]; html: (c: T) => string } {
  const dir = join(FIXTURES, folder);
  const { cases } = JSON.parse(readFileSync(join(dir, 'cases.json'), 'utf8')) as { cases: T[] };
  return { dir, cases, html: (c) => readFileSync(join(dir, c.file), 'utf8') };
}
