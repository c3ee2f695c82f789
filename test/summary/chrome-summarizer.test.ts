import { describe, expect, it } from 'vitest';
import { builtInKeyPoints, splitPoints, summarizerAvailability } from '../../utils/summary/chrome-summarizer';

interface Call {
  method: string;
  options?: unknown;
  input?: string;
}

/** A fake of Chrome's global `Summarizer`, recording calls. */
function fakeSummarizer(opts: { availability?: string; output?: string; createThrows?: Error; availabilityThrows?: boolean; quota?: number }) {
  const calls: Call[] = [];
  let destroyed = 0;
  const Summarizer = {
    async availability(options?: unknown) {
      calls.push({ method: 'availability', options });
      if (opts.availabilityThrows) throw new Error('boom');
      return opts.availability ?? 'available';
    },
    async create(options?: unknown) {
      calls.push({ method: 'create', options });
      if (opts.createThrows) throw opts.createThrows;
      return {
        inputQuota: opts.quota ?? Infinity,
        async measureInputUsage(input: string) {
          return input.length;
        },
        async summarize(input: string) {
          calls.push({ method: 'summarize', input });
          return opts.output ?? '* First point.\n* Second point.\n\n- Third point.';
        },
        destroy() {
          destroyed++;
        },
      };
    },
  };
  return { g: { Summarizer }, calls, destroyed: () => destroyed };
}

describe('summarizerAvailability', () => {
  it('is "unsupported" when there is no Summarizer global (Firefox, older Chrome, Node)', async () => {
    expect(await summarizerAvailability({})).toBe('unsupported');
    expect(await summarizerAvailability({ Summarizer: { create() {} } })).toBe('unsupported');
    expect(await summarizerAvailability()).toBe('unsupported');
  });

  it('passes through the browser’s state, and says "unavailable" when availability() throws or answers nonsense', async () => {
    for (const state of ['available', 'downloadable', 'downloading', 'unavailable']) {
      expect(await summarizerAvailability(fakeSummarizer({ availability: state }).g)).toBe(state);
    }
    expect(await summarizerAvailability(fakeSummarizer({ availabilityThrows: true }).g)).toBe('unavailable');
    expect(await summarizerAvailability(fakeSummarizer({ availability: 'maybe' }).g)).toBe('unavailable');
  });
});

describe('builtInKeyPoints', () => {
  it('asks for short plain-text key points in the page language and splits the bullets', async () => {
    const fake = fakeSummarizer({ availability: 'available' });
    const r = await builtInKeyPoints('Le texte de l’article.', 'fr', fake.g);
    expect(r).toEqual({ ok: true, points: ['First point.', 'Second point.', 'Third point.'] });
    const create = fake.calls.find((c) => c.method === 'create');
    expect(create?.options).toEqual({ type: 'key-points', format: 'plain-text', length: 'short', expectedInputLanguages: ['fr'], outputLanguage: 'fr' });
    expect(fake.calls.find((c) => c.method === 'summarize')?.input).toBe('Le texte de l’article.');
    expect(fake.destroyed()).toBe(1);
  });

  it('creates the session when the model is downloadable (the download starts on a user gesture)', async () => {
    const fake = fakeSummarizer({ availability: 'downloadable', output: '1. One thing.\n2. Another thing.' });
    expect(await builtInKeyPoints('Some text.', null, fake.g)).toEqual({ ok: true, points: ['One thing.', 'Another thing.'] });
    expect(fake.calls.find((c) => c.method === 'create')?.options).toEqual({ type: 'key-points', format: 'plain-text', length: 'short' });
  });

  it('gives a clear reason when unavailable, unsupported, empty, or when the model throws', async () => {
    const unavailable = await builtInKeyPoints('Texte.', 'fr', fakeSummarizer({ availability: 'unavailable' }).g);
    expect(unavailable).toEqual({ ok: false, reason: expect.stringMatching(/^unavailable: .*"fr"/) });
    expect(await builtInKeyPoints('Text.', 'en', {})).toEqual({ ok: false, reason: expect.stringMatching(/^unsupported/) });
    expect(await builtInKeyPoints('   ', 'en', fakeSummarizer({}).g)).toEqual({ ok: false, reason: 'no text to summarise' });
    const err = new Error('Requires a user gesture');
    err.name = 'NotAllowedError';
    const thrown = await builtInKeyPoints('Text.', 'en', fakeSummarizer({ createThrows: err }).g);
    expect(thrown).toEqual({ ok: false, reason: 'failed: NotAllowedError: Requires a user gesture' });
    expect(await builtInKeyPoints('Text.', 'en', fakeSummarizer({ output: '' }).g)).toEqual({ ok: false, reason: 'the on-device model returned no key points' });
  });

  it('cuts the text to the model’s input quota', async () => {
    const fake = fakeSummarizer({ quota: 100 });
    await builtInKeyPoints('x'.repeat(1000), 'en', fake.g);
    expect(fake.calls.find((c) => c.method === 'summarize')!.input!.length).toBeLessThanOrEqual(100);
  });

  it('splits bullets in every usual form', () => {
    expect(splitPoints('• Un.\n- Deux.\n* **Trois.**\n\n3) Quatre.\n')).toEqual(['Un.', 'Deux.', 'Trois.', 'Quatre.']);
  });
});
