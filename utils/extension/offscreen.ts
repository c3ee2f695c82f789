import { browser } from 'wxt/browser';

/** Chrome's offscreen API (MV3), which the polyfill's types do not describe. */
interface OffscreenApi {
  createDocument(o: { url: string; reasons: string[]; justification: string }): Promise<void>;
}

let creating: Promise<void> | null = null;

/** Makes sure Lede's offscreen document exists (one per extension; created on first need). */
export function ensureOffscreen(): Promise<void> {
  const offscreen = (browser as unknown as { offscreen?: OffscreenApi }).offscreen;
  if (!offscreen) return Promise.reject(new Error('no offscreen API'));
  creating ??= offscreen
    .createDocument({ url: 'offscreen.html', reasons: ['DOM_PARSER'], justification: 'Parse the article of the current page with Readability away from the page.' })
    .catch((e: unknown) => {
      // "Only a single offscreen document may be created": it is already there.
      if (!String(e).includes('single offscreen')) {
        creating = null;
        throw e;
      }
    });
  return creating;
}
