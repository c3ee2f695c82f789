/**
 * Bundle sizes of the built extension (.output/chrome-mv3): the content script, and the side panel's JS
 * (the entry chunk sidepanel.html loads and the chunks it preloads). Raw bytes, and gzip at level 9.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FileSize {
  file: string;
  bytes: number;
  gzip: number;
}

export interface BundleSizes {
  content: FileSize | null;
  sidepanel: FileSize[];
  sidepanelTotal: { bytes: number; gzip: number };
}

export function sizeOf(dir: string, file: string): FileSize | null {
  const path = join(dir, file);
  if (!existsSync(path)) return null;
  const buf = readFileSync(path);
  return { file, bytes: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
}

/** The JS files an extension page's HTML loads: <script src> and <link rel="modulepreload" href>. */
export function pageScripts(html: string): string[] {
  const out = new Set<string>();
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+\.js)"/g)) out.add(m[1]);
  for (const m of html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+\.js)"/g)) out.add(m[1]);
  for (const m of html.matchAll(/<link\b[^>]*\bhref="([^"]+\.js)"[^>]*\brel="modulepreload"/g)) out.add(m[1]);
  return [...out].map((s) => s.replace(/^\//, ''));
}

export function bundleSizes(extDir: string): BundleSizes {
  const content = sizeOf(extDir, 'content-scripts/content.js');
  const html = existsSync(join(extDir, 'sidepanel.html')) ? readFileSync(join(extDir, 'sidepanel.html'), 'utf8') : '';
  const sidepanel = pageScripts(html).map((f) => sizeOf(extDir, f)).filter((x): x is FileSize => x !== null);
  return {
    content,
    sidepanel,
    sidepanelTotal: { bytes: sidepanel.reduce((n, f) => n + f.bytes, 0), gzip: sidepanel.reduce((n, f) => n + f.gzip, 0) },
  };
}
