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

export interface LoadOptions {
  /**
   * false: the page without its styles (no style attribute, <style> or stylesheet link). For pages with
   * an inline style jsdom's CSS parser throws on (a browser drops the one bad declaration; jsdom fails the
   * whole page, while building it).
   */
  styles?: boolean;
}

/**
 * A saved page as jsdom reads it, at `url` (default: the file's own address); gzipped files unpacked.
 * Bytes that are valid UTF-8 are read as UTF-8 (saved pages often declare a charset their bytes no longer
 * have); others as a browser would (byte order mark, <meta charset>, else windows-1252).
 * Close it with closePage: a jsdom window is kept alive until then.
 */
export function loadPage(path: string, url: string = pathToFileURL(path).href, opts: LoadOptions = {}): Document {
  let bytes = readFileSync(path);
  if (path.endsWith('.gz')) bytes = gunzipSync(bytes);
  const contentType = isUtf8(bytes) ? 'text/html; charset=utf-8' : 'text/html';
  // Markup is ASCII in every encoding a page may use here: edited as latin1, each byte stays as it was.
  if (opts.styles === false) bytes = Buffer.from(withoutStyleAttributes(bytes.toString('latin1')), 'latin1');
  const dom = new JSDOM(bytes, { url, contentType, virtualConsole: new VirtualConsole() });
  const doc = dom.window.document;
  if (opts.styles === false) for (const el of doc.querySelectorAll('style, link[rel~="stylesheet" i]')) el.remove();
  return doc;
}

/** Elements whose content is text up to their end tag, never tags (the tokenizer's raw text and RCDATA). */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);
const SPACE = /[\t\n\f\r ]/;

/**
 * The HTML with the style attribute taken out of every start tag. It must be gone before jsdom sees the
 * page: jsdom parses it while building the element. A scan as the HTML tokenizer reads tags (quoted values
 * may hold ">", comments and raw text are skipped), linear in the page's length.
 */
export function withoutStyleAttributes(html: string): string {
  const out: string[] = [];
  let copied = 0;
  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    if (!/[a-zA-Z]/.test(html[lt + 1] ?? '')) {
      i = lt + 1;
      continue;
    }
    let j = lt + 1;
    while (j < n && !SPACE.test(html[j]) && html[j] !== '/' && html[j] !== '>') j++;
    const tag = html.slice(lt + 1, j).toLowerCase();
    // Attributes, up to the tag's ">".
    while (j < n && html[j] !== '>') {
      const attrStart = j;
      while (j < n && (SPACE.test(html[j]) || html[j] === '/')) j++;
      if (j >= n || html[j] === '>') break;
      const nameStart = j;
      j++; // a name may start with "=" (the tokenizer takes it as part of the name)
      while (j < n && !SPACE.test(html[j]) && html[j] !== '/' && html[j] !== '>' && html[j] !== '=') j++;
      const name = html.slice(nameStart, j).toLowerCase();
      let k = j;
      while (k < n && SPACE.test(html[k])) k++;
      if (html[k] === '=') {
        k++;
        while (k < n && SPACE.test(html[k])) k++;
        const q = html[k];
        if (q === '"' || q === "'") {
          const close = html.indexOf(q, k + 1);
          k = close < 0 ? n : close + 1;
        } else {
          while (k < n && !SPACE.test(html[k]) && html[k] !== '>') k++;
        }
        j = k;
      }
      if (name === 'style') {
        out.push(html.slice(copied, attrStart));
        copied = j;
      }
    }
    i = j + 1;
    if (RAW_TEXT.has(tag)) {
      const endTag = new RegExp(`</${tag}`, 'gi');
      endTag.lastIndex = i;
      const end = endTag.exec(html);
      i = end ? end.index : n;
    }
  }
  out.push(html.slice(copied));
  return out.join('');
}

/**
 * Closes the page's window. Its memory is freed only once the event loop has turned (jsdom tears the
 * window down in queued tasks): a loop over many pages must yield between them (see `nextTurn`).
 */
export function closePage(doc: Document): void {
  doc.defaultView?.close();
}

/**
 * Lets queued tasks run, closed windows' teardown among them. Never closed, or closed but never yielded
 * to, 420 real pages filled a 4 GB heap.
 */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Did jsdom's CSS machinery (cssstyle, css-tree, rrweb-cssom) throw, rather than the pipeline? */
export function isStyleError(e: unknown): boolean {
  const text = e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e);
  return /[\\/](?:css-tree|cssstyle|rrweb-cssom|cssom)[\\/]|CSSStyleDeclaration/.test(text);
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
