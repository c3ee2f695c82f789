import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CORPUS, ROOT, SEED_HTML, seed } from '../helpers/dom';
import type { Report } from '@/utils/report';

function analyze(args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(ROOT, 'cli', 'analyze.ts'), ...args], {
    encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, lines: r.stdout.split('\n').filter(Boolean), stdout: r.stdout, stderr: r.stderr };
}

describe('analyze CLI', () => {
  it('prints the seed page\'s Report as one JSON line', () => {
    const want = seed().expect;
    const r = analyze([SEED_HTML, '--json']);
    expect(r.status).toBe(0);
    expect(r.lines).toHaveLength(1);
    const report = JSON.parse(r.lines[0]) as Report & { path: string };
    expect(report.path).toBe(SEED_HTML);
    expect(report.isArticle).toBe(true);
    expect(report.title).toBe(want.title);
    expect(report.lang).toBe('fr');
    for (const keep of want.keepParagraphs) expect(report.text).toContain(keep);
    for (const outside of ['41 250', 'Articles recommandés', 'Les plus lus', 'Tous droits réservés', 'Étiquettes']) expect(report.text).not.toContain(outside);
    expect(report.text.split('\n\n').length).toBeGreaterThan(8);
    expect(report.readingMinutes).toBeGreaterThan(0);
    expect(Object.keys(report.timings)).toEqual(expect.arrayContaining(['detect', 'extract', 'promos', 'entities', 'summary', 'total']));
  });

  it('prints a readable summary without --json', () => {
    const r = analyze([SEED_HTML]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('title:    Sam Altman');
    expect(r.stdout).toContain('article (confidence');
  });

  it('reads a folder of saved pages: 130 lines for the Readability corpus, exit 0', () => {
    const r = analyze([join(CORPUS, 'readability'), '--json']);
    expect(r.status).toBe(0);
    expect(r.lines).toHaveLength(130);
    for (const line of r.lines) expect(JSON.parse(line)).toHaveProperty('isArticle');
  });

  it('never crashes on a bad page: an error line per unreadable page, exit status = failures', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lede-cli-'));
    writeFileSync(join(dir, 'empty.html'), '');
    writeFileSync(join(dir, 'garbage.html'), '\u0000\u0001<<<>>>&&&<p');
    const r = analyze([join(dir, 'missing.html'), dir, '--json']);
    expect(r.lines).toHaveLength(3);
    const [missing, ...rest] = r.lines.map((l) => JSON.parse(l));
    expect(missing).toEqual({ path: join(dir, 'missing.html'), error: expect.stringContaining('ENOENT') });
    for (const rep of rest) expect(rep.isArticle).toBe(false);
    expect(r.status).toBe(1);
  });

  it('explains its usage when given no path', () => {
    const r = analyze([]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('usage');
  });
});
