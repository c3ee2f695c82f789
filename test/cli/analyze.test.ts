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
    expect(r.stderr).toContain(`${join(dir, 'missing.html')}: error: ENOENT`);
    expect(r.status).toBe(1);
  });

  it('a page whose inline style jsdom\'s CSS parser throws on is read without its styles, and the run goes on', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lede-cli-css-'));
    const para = (s: string) => `<p>${s} The harbour authority said container volumes rose for a third month, as carriers added calls and the new quay opened ahead of schedule.</p>`;
    // A theme's template variable left in an inline style (as in saved pages): a browser drops the one
    // declaration; jsdom throws ")" is expected while building the page.
    const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour volumes rise again - Quay Times</title>
<meta property="og:title" content="Harbour volumes rise again"><style>.lead{font-weight:600}</style></head>
<body><article><h1>Harbour volumes rise again</h1><div class="entry-content" style="margin: calc(( $gutter * 2) - 1px)">
${para('Volumes rose 4%.')}${para('Carriers added calls.')}${para('The new quay opened.')}${para('Rail links followed.')}${para('Exports led.')}
</div></article></body></html>`;
    writeFileSync(join(dir, 'a-template-style.html'), page);
    writeFileSync(join(dir, 'b-plain.html'), page.replace(' style="margin: calc(( $gutter * 2) - 1px)"', ''));
    const r = analyze([dir, '--json']);
    expect(r.status).toBe(0);
    expect(r.lines).toHaveLength(2);
    const [styled, plain] = r.lines.map((l) => JSON.parse(l) as Report & { path: string });
    expect(styled.path).toBe(join(dir, 'a-template-style.html'));
    expect(styled.isArticle).toBe(true);
    expect(styled.title).toBe('Harbour volumes rise again');
    expect(styled.text).toContain('The new quay opened.');
    expect(styled.text).toBe(plain.text);
    expect(r.stderr).toContain(`${join(dir, 'a-template-style.html')}: read without its styles`);
    expect(r.stderr).toContain('")" is expected');
  });

  it('explains its usage when given no path', () => {
    const r = analyze([]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('usage');
  });
});
