import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { isUtf8 } from 'node:buffer';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { franc } from 'franc-min';
import { ISO639_3_TO_1 } from '../utils/article/iso639';
import type { LangGuesser } from '../utils/article/lang';

/**
 * Node side of the CLI: which files are pages, and a DOM for each (jsdom: the most faithful DOM
 * available in Node; scripts never run, no resource is fetched).
 */

const PAGE_EXT = /\.(html?|xhtml)(\.gz)?$/i;

/**
 * Expands the command line into page files. A folder that holds a `source.html` is one saved page (the
 * layout of Mozilla Readability's test pages, with expected output beside it): only that file is read.
 */
export function pageFiles(paths: string[]): string[] {
  const out: string[] = [];
  const visit = (p: string, explicit: boolean) => {
    let st;
    try {
      st = statSync(p);
    } catch {
      out.push(p); // reported as an error line by the caller
      return;
    }
    if (st.isFile()) {
      if (explicit || PAGE_EXT.test(p)) out.push(p);
      return;
    }
    if (existsSync(join(p, 'source.html'))) {
      out.push(join(p, 'source.html'));
      return;
    }
    for (const name of readdirSync(p).sort()) visit(join(p, name), false);
  };
  for (const p of paths) visit(p, true);
  return out;
}

/**
 * A saved page as jsdom reads it, at `url` (default: the file's own address); gzipped files unpacked.
 * Bytes that are valid UTF-8 are read as UTF-8 (saved pages often declare a charset their bytes no longer
 * have); others as a browser would (byte order mark, <meta charset>, else windows-1252).
 * Close it with closePage: a jsdom window is kept alive until then.
 */
export function loadPage(path: string, url: string = pathToFileURL(path).href): Document {
  let bytes = readFileSync(path);
  if (path.endsWith('.gz')) bytes = gunzipSync(bytes);
  const contentType = isUtf8(bytes) ? 'text/html; charset=utf-8' : 'text/html';
  const dom = new JSDOM(bytes, { url, contentType, virtualConsole: new VirtualConsole() });
  return dom.window.document;
}

export function closePage(doc: Document): void {
  doc.defaultView?.close();
}

/** The page's own address when it gives one (canonical, og:url), else null. */
export function pageUrl(doc: Document): string | null {
  const raw = doc.querySelector('link[rel~="canonical"]')?.getAttribute('href') ?? doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  if (!raw) return null;
  try {
    const u = new URL(raw, doc.URL);
    return /^https?:$/.test(u.protocol) ? u.href : null;
  } catch {
    return null;
  }
}

export const francGuesser: LangGuesser = (text) => {
  const code = franc(text, { minLength: 40 });
  return code === 'und' ? null : (ISO639_3_TO_1[code] ?? null);
};
