import type { Entity } from '../report';
import type { ParsedArticle, AwayPromoRequest, RecognizeRequest } from './wire';
import type { Answer, Done, Step } from './stages';
import type { OnStage, SliceClock } from './clock';
import { pageHtml } from '../article/page-html';

/** How a run on a page's main thread reaches the extension, and gives the page its turn. */
export interface SplitIO {
  /** Resolves when the page has had its turn. */
  pause: () => Promise<void>;
  /**
   * Runs Readability away from the page's thread on the page's serialised HTML (the extension's offscreen
   * document or background page, utils/pipeline/away.ts), and the promo stage on the same copy. Rejecting,
   * or absent: both run here.
   */
  parseAway?: (html: string, promos: AwayPromoRequest) => Promise<ParsedArticle | null>;
  /** Recognises entities away from the page's thread (when the pipeline was given no recogniser). */
  recognizeAway?: (input: RecognizeRequest) => Promise<Entity[]>;
  /** False once a newer run superseded this one: the run stops at its next turn. */
  current: () => boolean;
}

/**
 * The page ⇄ extension split: drives the pipeline on the page's thread, one slice per stage, sending the
 * page's HTML and the recogniser's input away and mapping the answers back. Each stage's time, the
 * serialising and the wait go to `onStage`; the slices to `clock`. Null when superseded.
 */
export async function runSplit(doc: Document, stages: Generator<Step, Done, Answer>, io: SplitIO, clock: SliceClock, onStage: OnStage): Promise<Done | null> {
  let answer: Answer;
  clock.begin();
  for (;;) {
    const step = stages.next(answer);
    answer = undefined;
    onStage(step.value.stage, clock.lap());
    if (step.done) {
      clock.end();
      return step.value;
    }
    const s = step.value;
    if ('awayMs' in s && s.awayMs !== undefined) onStage('promosOnCopy', s.awayMs);
    if ('request' in s) {
      // Work done away from the page: only serialising and sending the request counts as ours.
      const ask = s.request === 'parse' ? io.parseAway && io.parseAway(pageHtml(doc), s.promos).then((parsed) => ({ parsed })) : io.recognizeAway?.(s.input).then((entities) => ({ entities }));
      if (s.request === 'parse') onStage('serialize', clock.lap());
      if (!ask) continue;
      clock.end();
      const sent = clock.now();
      answer = await ask.catch(() => undefined);
      onStage('away', clock.now() - sent);
    } else {
      clock.end();
      await io.pause();
    }
    if (!io.current()) return null;
    clock.begin();
  }
}
