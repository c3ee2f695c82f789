import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { inflateRawSync } from 'node:zlib';
import { ROOT } from '../helpers/dom';

/**
 * What goes to the stores: `web-ext lint` on the Firefox build, and the packages `wxt zip` makes (Chrome
 * zip, Firefox zip, Firefox sources zip) with their manifests: only the permissions the features need, a
 * gecko id, no remote code allowed by a content_security_policy. The lint reads the build `npm test`
 * made; the zips are built here into a temporary directory (never into the shared .output).
 */
const run = promisify(execFile);
const FIREFOX_BUILD = join(ROOT, '.output', 'firefox-mv2');
const BIN = (name: string) => join(ROOT, 'node_modules', '.bin', name);
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };

// ---------------------------------------------------------------------------------------------------
// A small zip reader: the end-of-central-directory record, the central directory, then each entry's local
// header and its data (stored or deflated). Enough for the archives wxt writes (no zip64, no encryption).

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  localOffset: number;
}

function zipEntries(zip: Buffer): ZipEntry[] {
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip: no end of central directory record');
  const count = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  const out: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(p) !== 0x02014b50) throw new Error(`bad central directory entry at ${p}`);
    const nameLen = zip.readUInt16LE(p + 28);
    const extraLen = zip.readUInt16LE(p + 30);
    const commentLen = zip.readUInt16LE(p + 32);
    out.push({
      method: zip.readUInt16LE(p + 10),
      compressedSize: zip.readUInt32LE(p + 20),
      localOffset: zip.readUInt32LE(p + 42),
      name: zip.toString('utf8', p + 46, p + 46 + nameLen),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

function zipRead(zip: Buffer, name: string): Buffer {
  const e = zipEntries(zip).find((x) => x.name === name);
  if (!e) throw new Error(`${name} is not in the zip`);
  const h = e.localOffset;
  if (zip.readUInt32LE(h) !== 0x04034b50) throw new Error(`bad local header for ${name}`);
  const start = h + 30 + zip.readUInt16LE(h + 26) + zip.readUInt16LE(h + 28);
  const data = zip.subarray(start, start + e.compressedSize);
  if (e.method === 0) return Buffer.from(data);
  if (e.method === 8) return inflateRawSync(data);
  throw new Error(`${name}: compression method ${e.method} not supported`);
}

// ---------------------------------------------------------------------------------------------------

interface LintMessage {
  code: string;
  message: string;
  description: string | string[];
  file?: string;
  line?: number;
  column?: number;
}
interface LintResult {
  count: number;
  summary: { errors: number; notices: number; warnings: number };
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

describe('web-ext lint on .output/firefox-mv2', () => {
  let result: LintResult;

  beforeAll(async () => {
    if (!existsSync(join(FIREFOX_BUILD, 'manifest.json'))) {
      throw new Error(`No Firefox build: ${join(FIREFOX_BUILD, 'manifest.json')} is missing. Run "npm run build" (npm test builds first).`);
    }
    // web-ext exits non-zero when there are errors; the JSON is on stdout either way.
    const { stdout } = await run(BIN('web-ext'), ['lint', '--source-dir', FIREFOX_BUILD, '--output', 'json', '--no-config-discovery'], {
      cwd: ROOT,
      env: { ...process.env, NO_UPDATE_NOTIFIER: '1' },
      maxBuffer: 32 * 1024 * 1024,
    }).catch((e: { stdout?: string; stderr?: string; message: string }) => {
      if (e.stdout?.trim().startsWith('{')) return { stdout: e.stdout };
      throw new Error(`web-ext lint failed: ${e.message}\n${e.stderr ?? ''}`);
    });
    result = JSON.parse(stdout) as LintResult;
  }, 120_000);

  it('reports no errors (warnings are printed; FIREFOX.md justifies each)', () => {
    const line = (m: LintMessage) => `${m.code} ${m.file ?? ''}${m.line ? `:${m.line}:${m.column}` : ''}: ${m.message}`;
    console.log(`web-ext lint: ${JSON.stringify(result.summary)}\n${[...result.warnings, ...result.notices].map((m) => `  warning ${line(m)}`).join('\n')}`);
    expect(result.errors.map(line)).toEqual([]);
    expect(result.summary.errors).toBe(0);
  });
});

describe('store packages (wxt zip, into a temporary directory)', () => {
  let dir = '';
  let chromeZip: Buffer;
  let firefoxZip: Buffer;
  let sourcesZip: Buffer;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lede-zip-'));
    // `wxt zip` has no --outDir flag: a config that is the project's own with outDir pointed at the temp dir.
    const config = join(dir, 'wxt.zip.config.ts');
    writeFileSync(config, `import base from ${JSON.stringify(join(ROOT, 'wxt.config.ts'))};\nexport default { ...base, outDir: ${JSON.stringify(join(dir, 'out'))} };\n`);
    for (const browser of ['chrome', 'firefox']) {
      await run(BIN('wxt'), ['zip', ROOT, '-b', browser, '-c', config, '--level', 'warn'], { cwd: ROOT, maxBuffer: 32 * 1024 * 1024 }).catch(
        (e: { stdout?: string; stderr?: string; message: string }) => {
          throw new Error(`wxt zip -b ${browser} failed: ${e.message}\n${e.stdout ?? ''}\n${e.stderr ?? ''}`);
        },
      );
    }
    const zip = (suffix: string) => {
      const path = join(dir, 'out', `${pkg.name}-${pkg.version}-${suffix}.zip`);
      if (!existsSync(path)) throw new Error(`wxt zip made no ${path}`);
      return readFileSync(path);
    };
    chromeZip = zip('chrome');
    firefoxZip = zip('firefox');
    sourcesZip = zip('sources');
    console.log(`zips: chrome ${chromeZip.length} B, firefox ${firefoxZip.length} B, sources ${sourcesZip.length} B (${dir}/out)`);
  }, 180_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const manifestOf = (zip: Buffer) => JSON.parse(zipRead(zip, 'manifest.json').toString('utf8')) as Record<string, unknown>;

  /** Every string a content_security_policy holds (MV2: a string; MV3: an object of strings). */
  const cspStrings = (m: Record<string, unknown>): string[] => {
    const csp = m.content_security_policy;
    if (csp === undefined) return [];
    return typeof csp === 'string' ? [csp] : Object.values(csp as Record<string, string>);
  };
  const REMOTE = /(?:https?|wss?|ftp):|\/\/|(?:^|\s)\*(?:\s|;|$)|(?:^|\s)[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:[:/]|\s|;|$)/i;

  const expectFiles = (zip: Buffer, files: string[]) => {
    const names = new Set(zipEntries(zip).map((e) => e.name));
    for (const f of files) expect(names.has(f), f).toBe(true);
  };
  const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
  it('every permission either manifest asks for is explained in the README', () => {
    for (const m of [manifestOf(chromeZip), manifestOf(firefoxZip)]) for (const p of m.permissions as string[]) expect(README, p).toContain(`\`${p}\``);
  });

  const COMMON_FILES = ['manifest.json', 'background.js', 'content-scripts/content.js', 'sidepanel.html', 'options.html', '_locales/en/messages.json', '_locales/fr/messages.json'];

  // Each permission is justified in the README's permission table. `offscreen` (Chrome) came with
  // Readability moving off the page's thread (commit 19d836a): Firefox uses its background page instead.
  it('Chrome zip: permissions storage, contextMenus, sidePanel, offscreen only; no remote URL in the CSP', () => {
    const m = manifestOf(chromeZip);
    expect(m.manifest_version).toBe(3);
    expect([...(m.permissions as string[])].sort()).toEqual(['contextMenus', 'offscreen', 'sidePanel', 'storage']);
    for (const key of ['host_permissions', 'optional_permissions', 'optional_host_permissions']) expect((m[key] as unknown[] | undefined) ?? [], key).toEqual([]);
    for (const csp of cspStrings(m)) expect(csp, 'content_security_policy').not.toMatch(REMOTE);
    expectFiles(chromeZip, COMMON_FILES);
  });

  it('Firefox zip: permissions storage, contextMenus only; a gecko id; no remote URL in the CSP', () => {
    const m = manifestOf(firefoxZip);
    expect(m.manifest_version).toBe(2);
    expect([...(m.permissions as string[])].sort()).toEqual(['contextMenus', 'storage']);
    expect((m.optional_permissions as unknown[] | undefined) ?? []).toEqual([]);
    const gecko = (m.browser_specific_settings as { gecko?: { id?: string } } | undefined)?.gecko;
    expect(gecko?.id).toMatch(/^[^\s]+@[^\s]+$|^\{[0-9a-f-]{36}\}$/i);
    for (const csp of cspStrings(m)) expect(csp, 'content_security_policy').not.toMatch(REMOTE);
    expectFiles(firefoxZip, COMMON_FILES);
  });

  it("both zips' content script carries the highlight colours (the manifest's css, scoped rules only)", () => {
    for (const zip of [chromeZip, firefoxZip]) {
      const scripts = manifestOf(zip).content_scripts as { js?: string[]; css?: string[] }[];
      expect(scripts).toHaveLength(1);
      expect(scripts[0].js).toEqual(['content-scripts/content.js']);
      expect(scripts[0].css).toEqual(['content-scripts/content.css']);
      const css = zipRead(zip, 'content-scripts/content.css').toString('utf8');
      for (const name of ['lede-company', 'lede-crypto', 'lede-flash']) expect(css).toContain(`[data-lede-highlighted]::highlight(${name})`);
      expect(css.replaceAll('[data-lede-highlighted]::highlight(', '')).not.toContain('::highlight(');
    }
  });

  it('Firefox sources zip: what a reviewer needs to rebuild, without node_modules or build output', () => {
    const names = zipEntries(sourcesZip).map((e) => e.name);
    for (const f of ['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json']) expect(names, f).toContain(f);
    expect(names.some((n) => n.startsWith('entrypoints/'))).toBe(true);
    expect(names.some((n) => n.startsWith('utils/'))).toBe(true);
    expect(names.filter((n) => /(^|\/)node_modules\//.test(n) || n.startsWith('.output/') || n.startsWith('.wxt/'))).toEqual([]);
    const extra = names.filter((n) => /^(test-results|bench-results)\/./.test(n));
    if (extra.length) console.log(`sources zip also carries ${extra.length} generated files (test-results/, bench-results/): see FIREFOX.md`);
  });
});
