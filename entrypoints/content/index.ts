import { browser } from 'wxt/browser';
import { LedePage } from '@/utils/dom/lede-page';
import { onMessage, sendToExtension } from '@/utils/extension/messaging';
import { loadSettings, watchSettings } from '@/utils/extension/settings';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/extension/site-settings';
import { declaredLang, langSample, primaryLang } from '@/utils/article/lang';
import { MAIN_THREAD_BUDGET, rerunDelay, yieldToPage } from '@/utils/dom/scheduling';
import { HoverCardHost } from './hover-card';
// The highlight colours: injected by the browser with this script (the manifest's content_scripts.css).
import '@/utils/dom/highlight.css';

/**
 * Wiring only: run the pipeline at document_idle, apply/undo the DOM changes as the settings say, answer
 * the panel, re-run (throttled) when the page re-renders its article or navigates (SPA), and show the
 * hover card over highlighted mentions.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    // Language when the page does not declare it: the browser's detector (async), then one more run.
    let langHint: string | null = null;
    const page = new LedePage(document, {
      url: () => location.href,
      langHint: () => langHint,
      budget: MAIN_THREAD_BUDGET,
      parseAway: async (html, promos) => {
        const parsed = await sendToExtension('parseArticle', { html, promos });
        if (parsed === undefined) throw new Error('no parser answered');
        return parsed;
      },
      recognizeAway: async (input) => {
        const entities = await sendToExtension('recognizeEntities', input);
        if (entities === undefined) throw new Error('no recogniser answered');
        return entities;
      },
    });
    const card = new HoverCardHost(document);
    let settings: Settings = DEFAULT_SETTINGS;
    let reruns = 0;
    let lastRerun = 0;
    let timer: number | undefined;

    const publish = () => void sendToExtension('reportUpdated', page.report());
    const guessLang = async (text: string) => {
      const detected = await browser.i18n.detectLanguage(text).catch(() => null);
      return detected?.isReliable ? primaryLang(detected.languages[0]?.language) : null;
    };
    // Undeclared language: guessed from the first paragraphs before the first run, else from the article.
    const guessLangIfNeeded = async () => {
      const r = page.report();
      if (!r.isArticle || r.lang || !r.text) return;
      langHint = await guessLang(r.text.slice(0, 2000));
      if (langHint) await run();
    };
    const run = async (force?: boolean) => {
      observer.disconnect();
      const report = await page.runSliced(settings, yieldToPage, force);
      if (!report) return; // a newer run took over
      if (!page.highlighter) card.destroy();
      observe();
      publish();
    };
    /** Re-run after a wait (longer each time), if `needed` still says so then. */
    const scheduleRerun = (needed: () => boolean) => {
      if (timer !== undefined) return;
      timer = ctx.setTimeout(() => {
        timer = undefined;
        if (!needed()) return;
        // A page quiet for a minute starts again from the shortest wait.
        reruns = Date.now() - lastRerun > 60_000 ? 0 : reruns + 1;
        lastRerun = Date.now();
        void run();
      }, rerunDelay(reruns));
    };
    const changedUnderUs = () => page.isStale() || !page.hasArticle;

    // Re-run when the page replaces the article Lede read (SPA re-render), or when a non-article page
    // grows into one; checked once per wait, not per mutation. Our own changes are attributes: not observed.
    const observer = new MutationObserver(() => scheduleRerun(changedUnderUs));
    const observe = () => observer.observe(document.body, { childList: true, subtree: true, characterData: true });

    ctx.addEventListener(window, 'wxt:locationchange', () => {
      reruns = 0;
      scheduleRerun(() => true);
    });

    onMessage('getReport', () => page.report());
    onMessage('analyzeAnyway', async () => {
      await run(true);
      return page.report();
    });
    onMessage('scrollToMention', ({ entityId }) => {
      const ok = page.scrollToMention(entityId);
      const range = page.highlighter?.rangesFor(entityId)[0];
      const entity = page.report().entities.find((e) => e.id === entityId);
      if (ok && range && entity) card.show(entity, range.getBoundingClientRect(), settings.quoteProvider);
      return ok;
    });
    onMessage('scrollToSentence', ({ sentence }) => page.scrollToSentence(sentence));
    // Keyboard: the next mention, with its card open and focused (Escape closes it).
    onMessage('nextMention', () => {
      const hit = page.nextMention();
      const entity = hit && page.report().entities.find((e) => e.id === hit.entityId);
      if (!hit || !entity) return false;
      card.show(entity, hit.range.getBoundingClientRect(), settings.quoteProvider, true);
      return true;
    });
    onMessage('showPromo', ({ index }) => page.showPromo(index));

    // Hover: hit-test the highlight ranges (no DOM listeners on page elements).
    let frame = 0;
    let hideTimer: number | undefined;
    ctx.addEventListener(document, 'mousemove', (e: MouseEvent) => {
      if (frame || !page.highlighter) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        const hit = page.highlighter?.entityAt(e.clientX, e.clientY);
        if (hit) {
          clearTimeout(hideTimer);
          hideTimer = undefined;
          const entity = page.report().entities.find((x) => x.id === hit.entityId);
          if (entity && card.openEntity !== entity.id) card.show(entity, hit.range.getBoundingClientRect(), settings.quoteProvider);
        } else if (card.openEntity && !card.contains(e.target) && hideTimer === undefined) {
          hideTimer = ctx.setTimeout(() => {
            hideTimer = undefined;
            card.hide();
          }, 400);
        }
      });
    }, { passive: true });
    ctx.addEventListener(document, 'keydown', (e: KeyboardEvent) => {
      if (e.key === 'Escape') card.hide();
    });

    settings = await loadSettings().catch(() => DEFAULT_SETTINGS);
    const sample = declaredLang(document) ? '' : langSample(document);
    if (sample) langHint = await guessLang(sample);
    await run();
    void guessLangIfNeeded();

    const unwatch = watchSettings((next) => {
      const prev = settings;
      settings = next;
      if (page.needsRerun(prev, next)) void run();
      else {
        observer.disconnect();
        page.apply(next);
        if (!page.highlighter) card.destroy();
        observe();
        publish();
      }
    });
    ctx.onInvalidated(() => {
      unwatch();
      observer.disconnect();
      card.destroy();
      page.undo();
    });
  },
});
