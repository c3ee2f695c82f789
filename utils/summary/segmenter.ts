/**
 * Intl.Segmenter per language and granularity, made once (building one costs ~30 ms the first time). A
 * language the runtime does not know falls back to the default locale; null where Intl.Segmenter is missing.
 */
const cache = new Map<string, Intl.Segmenter | null>();

export function segmenter(lang: string | null, granularity: 'sentence' | 'word'): Intl.Segmenter | null {
  const key = `${granularity}:${lang ?? ''}`;
  if (!cache.has(key)) {
    let seg: Intl.Segmenter | null = null;
    if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
      try {
        seg = new Intl.Segmenter(lang ?? undefined, { granularity });
      } catch {
        seg = new Intl.Segmenter(undefined, { granularity });
      }
    }
    cache.set(key, seg);
  }
  return cache.get(key) ?? null;
}
