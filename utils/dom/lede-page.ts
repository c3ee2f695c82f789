import { pipelineStages, type Analysis, type PipelineOptions } from '../pipeline/stages';
import { emptyReport } from '../pipeline/report-text';
import { runSplit, type SplitIO } from '../pipeline/split';
import { runLocal } from '../pipeline/local';
import { SliceClock, timingsRecorder, roundMs } from '../pipeline/clock';
import { effectiveSettings, type Settings } from '../extension/site-settings';
import { hideElements, type HideHandle } from './hide';
import { highlightMentions, type HighlightHandle } from './highlight';
import { flashRange } from './flash';
import { blockRange, currentNodes, findInBlock } from './block-range';
import type { Report } from '../report';

/**
 * Lede on one page: the pipeline's result and the two reversible DOM changes (hidden promos, highlighted
 * mentions), applied or undone as the reader's settings say. The content script only wires events to it.
 */
export class LedePage {
  private analysis: Analysis | null = null;
  private hide: HideHandle | null = null;
  private highlight: HighlightHandle | null = null;
  /** Ends the passage flashed last (flashRange's undo). */
  private endFlash: () => void = () => {};
  /** Promo indexes the reader chose to show on this page. */
  private shown = new Set<number>();
  private forced = false;
  private mentionCursor = new Map<string, number>();
  private readingCursor = -1;
  private settings: Settings | null = null;
  private runs = 0;
  /** Main-thread milliseconds of every sliced run on this page so far (superseded ones included). */
  private spent = 0;
  private token = 0;

  constructor(
    private readonly doc: Document,
    private readonly options: Pick<PipelineOptions, 'maxElemsToParse' | 'budget' | 'recognize'> & Pick<SplitIO, 'parseAway' | 'recognizeAway'> & {
      url?: () => string | null;
      /** The page's language when it declares none, once guessed (PipelineOptions.langHint). */
      langHint?: () => string | null;
      now?: () => number;
    } = {},
  ) {}

  /** Analyse the page (again) and apply the settings, all at once. Returns the Report. */
  run(settings: Settings, force = this.forced): Report {
    const stages = this.start(settings, force);
    let analysis: Analysis;
    try {
      // Requests get no answer here: Readability runs on a clone, the recogniser is options.recognize.
      analysis = runLocal(stages, undefined, this.options.now).analysis;
    } catch (e) {
      analysis = this.failed(e);
    }
    this.finish(analysis, settings);
    return this.report();
  }

  /**
   * The same, giving the page its turn between stages (`pause` resolves when the page has had it), with
   * the parse and the recogniser away when the options say how (utils/pipeline/split.ts). Report.timings
   * says what Lede cost the page's thread: each stage, the longest uninterrupted slice, all slices
   * together (stages, serialising and sending the page, applying the changes), and `mainThreadAllRuns`
   * adds the runs before this one on the page (re-runs, superseded runs).
   * Returns null when a newer run superseded this one.
   */
  async runSliced(settings: Settings, pause: () => Promise<void>, force = this.forced): Promise<Report | null> {
    const clock = new SliceClock(this.options.now);
    const { timings, onStage } = timingsRecorder();
    const stages = this.start(settings, force);
    const token = this.token;
    const current = () => token === this.token;
    const io: SplitIO = { pause, current, parseAway: this.options.parseAway, recognizeAway: this.options.recognizeAway };
    let analysis: Analysis;
    try {
      const done = await runSplit(this.doc, stages, io, clock, onStage);
      if (!done) return this.superseded(clock);
      analysis = done.analysis;
    } catch (e) {
      analysis = this.failed(e);
    }
    await pause();
    if (!current()) return this.superseded(clock);
    clock.begin();
    this.finish(analysis, settings);
    onStage('apply', clock.lap());
    clock.end();
    this.spent += clock.busy;
    analysis.report.timings = { ...timings, serialize: timings.serialize ?? 0, ...clock.summary, mainThreadAllRuns: roundMs(this.spent), runs: this.runs };
    return this.report();
  }

  /** A run a newer one took over: what it cost the page still counts. */
  private superseded(clock: SliceClock): null {
    this.spent += clock.busy;
    return null;
  }

  private start(settings: Settings, force: boolean) {
    this.token++; // supersedes a sliced run in progress
    this.undo();
    this.forced = force;
    this.settings = settings;
    this.shown.clear();
    this.mentionCursor.clear();
    this.readingCursor = -1;
    this.runs++;
    const url = this.options.url?.() ?? this.doc.URL;
    const eff = effectiveSettings(settings, url);
    const langHint = this.options.langHint?.() ?? null;
    return pipelineStages(this.doc, { ...this.options, url, langHint, force, disabledRules: eff.disabledRules, userRules: eff.userRules });
  }

  /** Odd markup must never surface as an exception in the page: it becomes a Report that says so. */
  private failed(e: unknown): Analysis {
    const report = emptyReport(this.options.url?.() ?? this.doc.URL);
    report.detection.signals = [{ id: 'error', weight: 0, detail: (e instanceof Error ? e.message : String(e)).slice(0, 200) }];
    return { report, article: null, promoMatches: [] };
  }

  private finish(analysis: Analysis, settings: Settings): void {
    analysis.report.timings.runs = this.runs;
    this.analysis = analysis;
    this.apply(settings);
  }

  /** Apply the toggles (hide/highlight on or off) without analysing again. */
  apply(settings: Settings): void {
    this.settings = settings;
    const a = this.analysis;
    if (!a?.article) return;
    const eff = effectiveSettings(settings, a.report.url);
    if (eff.stripping && !this.hide) {
      const els = a.promoMatches.filter((_, i) => !this.shown.has(i)).flatMap((m) => m.elements);
      this.hide = hideElements(this.doc, els);
    } else if (!eff.stripping && this.hide) {
      this.hide.undo();
      this.hide = null;
    }
    if (eff.highlights && !this.highlight) this.highlight = highlightMentions(a.article, a.report.entities);
    else if (!eff.highlights && this.highlight) {
      this.highlight.undo();
      this.highlight = null;
    }
    if (!eff.highlights) this.endFlash();
  }

  /** Would a new analysis differ? (settings that change what is found, not just the DOM) */
  needsRerun(prev: Settings, next: Settings): boolean {
    const url = this.analysis?.report.url ?? null;
    const a = effectiveSettings(prev, url);
    const b = effectiveSettings(next, url);
    return JSON.stringify([a.disabledRules, a.userRules]) !== JSON.stringify([b.disabledRules, b.userRules]);
  }

  /** Undo every DOM change: the page is exactly as before Lede touched it. */
  undo(): void {
    this.endFlash();
    this.highlight?.undo();
    this.highlight = null;
    this.hide?.undo();
    this.hide = null;
  }

  report(): Report {
    const a = this.analysis;
    if (!a) return emptyReport(this.options.url?.() ?? this.doc.URL);
    const stripping = this.settings ? effectiveSettings(this.settings, a.report.url).stripping : true;
    // A promo inside an editor is found but never hidden (dom/editable.ts): the panel says what the page shows.
    const hidden = (i: number) => stripping && !this.shown.has(i) && (!this.hide || a.promoMatches[i].elements.some((el) => this.hide!.isHidden(el)));
    return { ...a.report, promos: a.report.promos.map((p, i) => ({ ...p, hidden: hidden(i) })) };
  }

  get highlighter(): HighlightHandle | null {
    return this.highlight;
  }

  get hasArticle(): boolean {
    return !!this.analysis?.article;
  }

  /** True when the page has re-rendered the article Lede read (its blocks are gone or changed). */
  isStale(): boolean {
    const blocks = this.analysis?.article?.blocks;
    if (!blocks) return false;
    let broken = 0;
    for (const b of blocks) if (!currentNodes(b)) broken++;
    return broken > 0 && broken >= Math.min(3, blocks.length);
  }

  /** Reveal one hidden promo ("show" in the panel). */
  showPromo(index: number): Report {
    const m = this.analysis?.promoMatches[index];
    if (m) {
      this.shown.add(index);
      for (const el of m.elements) this.hide?.show(el);
    }
    return this.report();
  }

  /** Scroll to the next mention of an entity (cycling) and flash it. */
  scrollToMention(entityId: string): boolean {
    const a = this.analysis;
    const entity = a?.report.entities.find((e) => e.id === entityId);
    if (!a?.article || !entity || entity.mentions.length === 0) return false;
    const i = (this.mentionCursor.get(entityId) ?? -1) + 1;
    this.mentionCursor.set(entityId, i % entity.mentions.length);
    const m = entity.mentions[i % entity.mentions.length];
    const range = blockRange(a.article.blocks[m.block], m.start, m.end);
    return range ? this.flash(range) : false;
  }

  /**
   * The keyboard's way to the hover card: the next mention of any entity in reading order (cycling),
   * scrolled to and flashed. Returns the entity and where it is, or null when there is none.
   */
  nextMention(): { entityId: string; range: Range } | null {
    const a = this.analysis;
    if (!a?.article) return null;
    const all = a.report.entities
      .flatMap((e) => e.mentions.map((m) => ({ e, m })))
      .sort((x, y) => x.m.block - y.m.block || x.m.start - y.m.start);
    for (let tries = 0; tries < all.length; tries++) {
      this.readingCursor = (this.readingCursor + 1) % all.length;
      const { e, m } = all[this.readingCursor];
      const range = blockRange(a.article.blocks[m.block], m.start, m.end);
      if (range && this.flash(range)) return { entityId: e.id, range };
    }
    return null;
  }

  /** Scroll to the block holding a summary sentence and flash the sentence. */
  scrollToSentence(sentence: string): boolean {
    const blocks = this.analysis?.article?.blocks ?? [];
    for (const block of blocks) {
      const at = findInBlock(block, sentence);
      const range = at && blockRange(block, at[0], at[1]);
      if (range) return this.flash(range);
    }
    return false;
  }

  private flash(range: Range): boolean {
    this.endFlash();
    this.endFlash = flashRange(range);
    return true;
  }
}
