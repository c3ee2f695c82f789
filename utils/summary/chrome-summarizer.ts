/**
 * Chrome's built-in Summarizer API (Chrome 138+, Gemini Nano running on the device): key points of the
 * article when the browser has the model. The text is summarised locally; nothing leaves the device.
 * Everything here is feature-detected and never throws: on other browsers (Firefox, older Chrome) the
 * caller gets `unsupported` or a reason string, and Lede's own extractive summary stands alone.
 */

export type SummarizerAvailability = 'unsupported' | 'unavailable' | 'downloadable' | 'downloading' | 'available';
export type BuiltInKeyPoints = { ok: true; points: string[] } | { ok: false; reason: string };

/** The slice of the Summarizer API that Lede uses (Writing Assistance APIs spec). */
interface SummarizerOptions {
  type?: 'key-points' | 'tldr' | 'teaser' | 'headline';
  format?: 'plain-text' | 'markdown';
  length?: 'short' | 'medium' | 'long';
  expectedInputLanguages?: string[];
  outputLanguage?: string;
}
interface SummarizerSession {
  summarize(input: string, options?: { context?: string }): Promise<string>;
  destroy?(): void;
  inputQuota?: number;
  measureInputUsage?(input: string): Promise<number>;
}
interface SummarizerFactory {
  availability(options?: SummarizerOptions): Promise<string>;
  create(options?: SummarizerOptions): Promise<SummarizerSession>;
}

const STATES: ReadonlySet<string> = new Set(['unavailable', 'downloadable', 'downloading', 'available']);
/** When the text is over the model's input quota, it is cut to this share of the proportional length. */
const QUOTA_SAFETY = 0.9;
/** Bullet markers the model may put before each point, even in plain-text format. */
const BULLET = /^\s*(?:[-*•·▪‣◦]|\d+[.)])\s+/u;

function factoryOf(g: object): SummarizerFactory | null {
  const s: unknown = (g as { Summarizer?: unknown }).Summarizer;
  if ((typeof s !== 'function' && typeof s !== 'object') || s === null) return null;
  const f = s as Partial<SummarizerFactory>;
  return typeof f.availability === 'function' && typeof f.create === 'function' ? (f as SummarizerFactory) : null;
}

function options(lang: string | null): SummarizerOptions {
  const o: SummarizerOptions = { type: 'key-points', format: 'plain-text', length: 'short' };
  if (lang) {
    o.expectedInputLanguages = [lang];
    o.outputLanguage = lang;
  }
  return o;
}

function message(e: unknown): string {
  if (e instanceof Error) return e.name && e.name !== 'Error' ? `${e.name}: ${e.message}` : e.message;
  return String(e);
}

async function availabilityOf(f: SummarizerFactory, o?: SummarizerOptions): Promise<SummarizerAvailability> {
  try {
    const a = await f.availability(o);
    return STATES.has(a) ? (a as SummarizerAvailability) : 'unavailable';
  } catch {
    return 'unavailable';
  }
}

/** Whether the built-in summarizer can run here, and whether its model is on the device yet. */
export async function summarizerAvailability(g: object = globalThis): Promise<SummarizerAvailability> {
  const f = factoryOf(g);
  return f ? availabilityOf(f, options(null)) : 'unsupported';
}

/** Splits the model's output into points, one a line, bullet markers removed. */
export function splitPoints(output: string): string[] {
  return output
    .split(/\r?\n+/)
    .map((l) => l.replace(BULLET, '').replace(/\*\*/g, '').trim())
    .filter((l) => /[\p{L}\p{N}]/u.test(l));
}

async function fitToQuota(session: SummarizerSession, text: string): Promise<string> {
  if (typeof session.inputQuota !== 'number' || !Number.isFinite(session.inputQuota) || typeof session.measureInputUsage !== 'function') return text;
  const usage = await session.measureInputUsage(text);
  if (usage <= session.inputQuota) return text;
  return text.slice(0, Math.floor((text.length * session.inputQuota * QUOTA_SAFETY) / usage));
}

/**
 * Key points of `text` from the on-device model. Creating the session may start the model download
 * when it is `downloadable` (Chrome then requires a user gesture: call this from a click).
 */
export async function builtInKeyPoints(text: string, lang: string | null, g: object = globalThis): Promise<BuiltInKeyPoints> {
  const f = factoryOf(g);
  if (!f) return { ok: false, reason: 'unsupported: this browser has no built-in Summarizer API (Chrome 138+ on desktop)' };
  if (!text.trim()) return { ok: false, reason: 'no text to summarise' };
  const o = options(lang);
  const availability = await availabilityOf(f, o);
  if (availability === 'unavailable') {
    return {
      ok: false,
      reason: lang
        ? `unavailable: the on-device model cannot summarise "${lang}" on this device`
        : 'unavailable: the on-device model cannot run on this device',
    };
  }
  let session: SummarizerSession | null = null;
  try {
    session = await f.create(o);
    const output = await session.summarize(await fitToQuota(session, text));
    const points = typeof output === 'string' ? splitPoints(output) : [];
    return points.length ? { ok: true, points } : { ok: false, reason: 'the on-device model returned no key points' };
  } catch (e) {
    return { ok: false, reason: `failed: ${message(e)}` };
  } finally {
    try {
      session?.destroy?.();
    } catch {
      // A failing destroy() must not hide the result.
    }
  }
}
