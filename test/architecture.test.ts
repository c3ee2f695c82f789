import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { ROOT } from './helpers/dom';

/** Every .ts/.tsx file under these folders of the project. */
function sources(...dirs: string[]): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) out.push(p);
    }
  };
  for (const d of dirs) walk(join(ROOT, d));
  return out;
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]/g;

/** The project files a file imports at run time or for types (relative and "@/" specifiers). */
function importsOf(file: string, known: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
    const spec = m[1];
    const base = spec.startsWith('@/') ? join(ROOT, spec.slice(2)) : spec.startsWith('.') ? resolve(dirname(file), spec) : null;
    if (!base) continue;
    const hit = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((p) => known.has(p));
    if (hit) out.push(hit);
  }
  return out;
}

/** One import cycle, as a list of files, or null. */
function findCycle(graph: Map<string, string[]>): string[] | null {
  const state = new Map<string, 1 | 2>();
  const stack: string[] = [];
  const visit = (n: string): string[] | null => {
    state.set(n, 1);
    stack.push(n);
    for (const m of graph.get(n) ?? []) {
      if (state.get(m) === 1) return [...stack.slice(stack.indexOf(m)), m];
      if (!state.has(m)) {
        const c = visit(m);
        if (c) return c;
      }
    }
    stack.pop();
    state.set(n, 2);
    return null;
  };
  for (const n of graph.keys()) {
    if (state.has(n)) continue;
    const c = visit(n);
    if (c) return c;
  }
  return null;
}

describe('the code’s shape', () => {
  const files = sources('utils', 'entrypoints', 'components');
  const known = new Set(files);
  const graph = new Map(files.map((f) => [f, importsOf(f, known)]));

  it('has no import cycle in utils/, entrypoints/ or components/', () => {
    expect(graph.size).toBeGreaterThan(100);
    const cycle = findCycle(graph);
    expect(cycle?.map((f) => relative(ROOT, f)) ?? null).toBeNull();
  });

  it('finds a cycle when there is one (the check itself)', () => {
    expect(findCycle(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']]]))).toEqual(['a', 'b', 'c', 'a']);
    expect(findCycle(new Map([['a', ['b']], ['b', []]]))).toBeNull();
  });

  it('keeps clocks out of the stages: only the drivers time them', () => {
    const stages = sources('utils/article', 'utils/promo', 'utils/entities', 'utils/summary').concat(join(ROOT, 'utils/pipeline/stages.ts'));
    // The gazetteer's one compile per background life is reported once (bench:recognizer, the background's log).
    const onceOnly = new Set([join(ROOT, 'utils/entities/gazetteer.ts')]);
    const timed = stages.filter((f) => !onceOnly.has(f)).filter((f) => /performance\.now\(|Date\.now\(/.test(readFileSync(f, 'utf8'))).map((f) => relative(ROOT, f));
    expect(timed).toEqual([]);
  });
});
