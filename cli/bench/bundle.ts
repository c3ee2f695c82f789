/**
 * Bundles cli/bench/in-page.ts for the page with esbuild (one IIFE, in memory). Also reports which
 * project modules went in, so an import that drags in `wxt/browser` (the extension API, absent in a
 * plain page) is named instead of failing at run time.
 */
import { build } from 'esbuild';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const IN_PAGE_ENTRY = join(PROJECT_ROOT, 'cli', 'bench', 'in-page.ts');

export interface InPageBundle {
  code: string;
  bytes: number;
  /** Inputs (relative to the project root) whose path mentions wxt: should be none. */
  wxtInputs: string[];
  /** Which project files import them. */
  wxtImporters: string[];
  inputs: string[];
}

export async function bundleInPage(entry = IN_PAGE_ENTRY): Promise<InPageBundle> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    metafile: true,
    minify: false,
    sourcemap: false,
    legalComments: 'none',
    logLevel: 'silent',
    alias: { '@': PROJECT_ROOT },
    define: { 'process.env.NODE_ENV': '"production"', 'import.meta.env.DEV': 'false' },
  });
  const code = result.outputFiles[0].text;
  const inputs = Object.keys(result.metafile.inputs);
  const wxtInputs = inputs.filter((p) => /(^|\/)(wxt|@wxt-dev)\/|webextension-polyfill/.test(p));
  const wxtImporters = Object.entries(result.metafile.inputs)
    .filter(([, v]) => v.imports.some((i) => /(^|\/)(wxt|@wxt-dev)\/|^wxt\/|webextension-polyfill/.test(i.path)))
    .map(([k]) => k);
  return {
    code,
    bytes: Buffer.byteLength(code),
    wxtInputs,
    wxtImporters,
    inputs: inputs.map((p) => relative(PROJECT_ROOT, join(PROJECT_ROOT, p))),
  };
}
