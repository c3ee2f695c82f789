import type { StageName, Timings } from '../report';

/** What a run reports of its own cost: a stage's work, or the split's own steps. */
export type TimedStep = StageName | 'serialize' | 'away' | 'apply' | 'promosOnCopy';

/** The one timing hook: whoever wants the figures (the Report, the CLI, the benchmark) listens here. */
export type OnStage = (step: TimedStep, ms: number) => void;

const STAGE_NAMES: ReadonlySet<string> = new Set<StageName>(['detect', 'extract', 'promos', 'entities', 'assemble', 'summary']);
const r2 = (x: number): number => Math.round(x * 100) / 100;

/** Collects what a run reports into Report.timings (stages summed into `total`), passing it on to `also`. */
export function timingsRecorder(also?: OnStage): { timings: Timings; onStage: OnStage } {
  const timings: Timings = {};
  const onStage: OnStage = (step, ms) => {
    timings[step] = r2((timings[step] ?? 0) + ms);
    if (STAGE_NAMES.has(step)) timings.total = r2((timings.total ?? 0) + ms);
    also?.(step, ms);
  };
  return { timings, onStage };
}

/**
 * The drivers' clock. A slice is an uninterrupted stretch of work on this thread (between the page's turns
 * or the waits for work done away); a lap is one step of it. The stages themselves hold no clock.
 */
export class SliceClock {
  /** The longest slice, and all slices together. */
  longest = 0;
  busy = 0;
  private sliceStart = 0;
  private lapStart = 0;

  constructor(readonly now: () => number = () => performance.now()) {}

  begin(): void {
    this.sliceStart = this.lapStart = this.now();
  }

  /** Milliseconds since the last lap (or the slice's start). */
  lap(): number {
    const t = this.now();
    const d = t - this.lapStart;
    this.lapStart = t;
    return d;
  }

  end(): void {
    const d = this.now() - this.sliceStart;
    this.longest = Math.max(this.longest, d);
    this.busy += d;
  }

  /** The figures as Report.timings gives them. */
  get summary(): Pick<Timings, 'longestTask' | 'mainThread'> {
    return { longestTask: r2(this.longest), mainThread: r2(this.busy) };
  }
}

export { r2 as roundMs };
