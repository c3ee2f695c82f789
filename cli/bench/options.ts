/** Command-line options of `npm run bench`. */
export interface BenchOptions {
  reps: number;
  filter: string | undefined;
  extension: boolean;
  /** Loads per page and per context in the long-task pass, and for the heap measure. */
  loads: number;
  heapLoads: number;
  /** Run cli/bench-recognizer.ts first: 'auto' when its result is missing. */
  recognizer: 'auto' | 'always' | 'never';
  quiet: boolean;
}

export const USAGE = `npm run bench -- [--reps N] [--filter substring[,substring…]] [--no-extension] [--loads N] [--heap-loads N] [--recognizer|--no-recognizer] [--quiet]`;

export function parseOptions(argv: readonly string[]): BenchOptions {
  const o: BenchOptions = { reps: 6, filter: undefined, extension: true, loads: 1, heapLoads: 3, recognizer: 'auto', quiet: false };
  const int = (v: string | undefined, flag: string, min: number): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min) throw new Error(`${flag} needs an integer ≥ ${min}\n${USAGE}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--reps') o.reps = int(value(), flag, 1);
    else if (flag === '--filter') o.filter = value();
    else if (flag === '--no-extension') o.extension = false;
    else if (flag === '--loads') o.loads = int(value(), flag, 1);
    else if (flag === '--heap-loads') o.heapLoads = int(value(), flag, 0);
    else if (flag === '--recognizer') o.recognizer = 'always';
    else if (flag === '--no-recognizer') o.recognizer = 'never';
    else if (flag === '--quiet') o.quiet = true;
    else if (flag === '--help' || flag === '-h') throw new Error(USAGE);
    else throw new Error(`unknown option ${a}\n${USAGE}`);
  }
  return o;
}
