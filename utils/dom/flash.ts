/**
 * Flashing a passage the reader asked to see (a summary sentence, a mention): scrolled to the middle of
 * the view and shown as the "lede-flash" highlight for a moment, or selected where the CSS Custom
 * Highlight API is missing. Returns the undo, which the timer also calls: the page is then as before.
 */
import { markHighlighted, textNodesIn } from './highlighted-elements';
import { inEditable } from './editable';

export const FLASH_NAME = 'lede-flash';
export const FLASH_MS = 1600;

type FlashWindow = Window & { CSS?: { highlights?: Map<string, unknown> }; Highlight?: new (...r: Range[]) => unknown };

export function flashRange(range: Range): () => void {
  const doc = range.startContainer.ownerDocument;
  const win = doc?.defaultView as FlashWindow | null | undefined;
  const el = range.startContainer.parentElement;
  if (typeof el?.scrollIntoView === 'function') el.scrollIntoView({ block: 'center', behavior: 'smooth' });
  const registry = win?.CSS?.highlights;
  if (!doc || !registry || !win?.Highlight) {
    const sel = win?.getSelection();
    sel?.removeAllRanges();
    sel?.addRange(range);
    return () => {};
  }
  const highlight = new win.Highlight(range);
  // The highlight paints without touching the DOM; the marks it needs are attributes, never put in an editor.
  const unmark = el && inEditable(el) ? () => {} : markHighlighted(textNodesIn(range));
  registry.set(FLASH_NAME, highlight);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const undo = () => {
    clearTimeout(timer);
    if (registry.get(FLASH_NAME) === highlight) registry.delete(FLASH_NAME);
    unmark();
  };
  timer = setTimeout(undo, FLASH_MS);
  return undo;
}
