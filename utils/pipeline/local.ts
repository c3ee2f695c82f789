import { pipelineStages, type Analysis, type Answer, type Done, type PipelineOptions, type Step } from './stages';
import { SliceClock, timingsRecorder, type OnStage } from './clock';
import { recognizeEntities } from '../entities/recognize';

/**
 * The whole pipeline at once, on this thread (the CLI, the benchmark, tests): Readability on a clone, the
 * recogniser here. Report.timings, and `onStage` when given, get each stage's time.
 */
export function analyzePage(doc: Document, opts: PipelineOptions = {}, onStage?: OnStage): Analysis {
  return runLocal(pipelineStages(doc, { recognize: recognizeEntities, ...opts }), onStage).analysis;
}

/** Drives the stages straight through, answering no request (the parse runs here on a clone). */
export function runLocal(stages: Generator<Step, Done, Answer>, onStage?: OnStage, now?: () => number): Done {
  const { timings, onStage: record } = timingsRecorder(onStage);
  const clock = new SliceClock(now);
  clock.begin();
  for (;;) {
    const step = stages.next();
    record(step.value.stage, clock.lap());
    if (step.done) {
      step.value.analysis.report.timings = timings;
      return step.value;
    }
  }
}
