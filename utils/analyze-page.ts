import { pipelineStages, type Analysis, type PipelineOptions } from './pipeline';
import { recognizeEntities } from './entities/recognize';

/**
 * The whole pipeline at once, on this thread (the CLI, the benchmark, tests): Readability on a clone, the
 * recogniser here. The content script drives pipelineStages itself and does both elsewhere.
 */
export function analyzePage(doc: Document, opts: PipelineOptions = {}): Analysis {
  const stages = pipelineStages(doc, { recognize: recognizeEntities, ...opts });
  for (;;) {
    const step = stages.next();
    if (step.done) return step.value;
  }
}
