import { describe, expect, it } from 'vitest';
import { LARGE_PARSE_MS, summarize, type PageRow } from '../../cli/bench/report';
import { STAGES, type Stage } from '../../cli/bench/types';

/** An article row with the given parse time and stage times (ms); everything else empty. */
function row(name: string, readability: number, stages: Partial<Record<Stage, number>>): PageRow {
  const full = Object.fromEntries(STAGES.map((s) => [s, stages[s] ?? 0])) as Record<Stage, number>;
  const total = STAGES.reduce((n, s) => n + full[s], 0);
  return {
    name, kb: 1, url: '', isArticle: true, blocks: 1, mentions: 0, terms: 0, ledeMarks: 0, markjsMarks: 0,
    rootTextNodes: 0, rootChars: 0, reps: 6, stages: full, total, cold: full, coldTotal: total, summary: null,
    totalWithSummary: total, highlightUndo: null, hide: null, readability, readabilityCold: readability, markjs: null,
    markjsUnmark: null, floor: null, floorOnce: null, apiOnce: null, highlightWarm: null, pageThread: null, pipelineTotal: null, samples: {},
    crossOriginIsolated: true,
    ratios: {
      shippedOverReadability: null, shippedOverReadabilityCold: null, pageThreadOverReadability: null,
      totalOverReadability: total / readability, highlightOverMarkjs: null, highlightOverFloor: null, highlightWarmOverFloor: null, highlightOverFloorOnce: null, apiOnceOverFloorOnce: null,
    },
    dominant: null, longTask: null,
  } as PageRow;
}

describe('summarize: the stages over the parse, and the pages whose parse is not tiny', () => {
  const rows = [
    row('tiny', 0.5, { detect: 0.1, extract: 0.4, promos: 0.2, entities: 0.2 }),
    row('small', 1.9, { detect: 0.2, extract: 2, promos: 0.4, entities: 0.2 }),
    row('mid', 4, { detect: 0.2, extract: 4.4, promos: 0.4, entities: 0.4 }),
    row('big', 10, { detect: 0.5, extract: 10.5, promos: 1, entities: 0.5 }),
  ];
  const s = summarize(rows, null, null);

  it('takes each stage over its own page\'s parse, extract beyond the parse it includes', () => {
    expect(s.stageOverParse.promos.median).toBeCloseTo((0.1 + 0.4 / 1.9) / 2, 2); // 0.4, 0.21, 0.1, 0.1
    expect(s.stageOverParse.extract.max).toBeCloseTo(0.1, 6); // mid: 0.4 beyond a 4 ms parse
    expect(s.stageOverParse.extract.n).toBe(4);
  });

  it(`keeps apart the pages whose parse takes ${LARGE_PARSE_MS} ms or more`, () => {
    expect(s.largeParse.pages).toBe(2);
    expect(s.largeParse.ratios.totalOverReadability.n).toBe(2);
    expect(s.largeParse.ratios.totalOverReadability.max).toBeCloseTo((0.2 + 4.4 + 0.4 + 0.4) / 4, 6);
    expect(s.largeParse.stageOverParse.promos.median).toBeCloseTo(0.1, 6);
    expect(s.ratios.totalOverReadability.n).toBe(4);
  });
});
