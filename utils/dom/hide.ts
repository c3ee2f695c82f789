/**
 * Hiding promo blocks: the only code that changes the page for this feature. Hide, don't delete
 * (uBlock Origin's cosmetic filtering): each element gets an attribute, and ONE style rule hides every
 * element that has it. Undo takes the attribute off (or puts the page's own value back):
 * `document.documentElement.outerHTML` is then exactly what it was.
 *
 * The style rule lives in a constructed stylesheet in `document.adoptedStyleSheets` when the browser
 * has them (no DOM node at all; it stays, matching nothing), else in one <style> element in <head>,
 * removed when the last handle on the document lets go (page-style.ts).
 */

import { attrMarks } from './attr-marks';
import { holdStyle } from './page-style';
import { inDesignMode, touchesEditable } from './editable';

export const HIDDEN_ATTR = 'data-lede-hidden';
export const HIDE_RULE = `[${HIDDEN_ATTR}]{display:none!important}`;

export interface HideHandle {
  /** The elements this handle was asked to hide, in the order given (duplicates removed). */
  readonly elements: readonly Element[];
  /** Reveals one element (the reader's "show this one"). No-op for elements this handle does not hide. */
  show(el: Element): void;
  /** Hides again an element of this handle that show() revealed. */
  hide(el: Element): void;
  /** Is this element currently hidden by this handle? */
  isHidden(el: Element): boolean;
  /** Restores the page exactly. Idempotent. */
  undo(): void;
}

const marks = attrMarks(HIDDEN_ATTR);

/**
 * Hides `elements` of `doc`. Elements of another document are ignored, and so is every element in an editable
 * region or holding one (editable.ts): in a design-mode document nothing is hidden and no style is added.
 */
export function hideElements(doc: Document, elements: Iterable<Element>): HideHandle {
  const list = inDesignMode(doc) ? [] : [...new Set(elements)].filter((el) => el && el.ownerDocument === doc && !touchesEditable(el));
  const holder = {};
  const hidden = new Set<Element>();
  let done = false;

  // Nothing to hide, nothing added: not even the <style> fallback in <head>.
  const releaseStyle = list.length ? holdStyle(doc, 'hide', HIDE_RULE) : () => {};
  for (const el of list) {
    marks.hold(el, holder);
    hidden.add(el);
  }

  return {
    elements: list,
    show(el) {
      if (done || !hidden.has(el)) return;
      hidden.delete(el);
      marks.release(el, holder);
    },
    hide(el) {
      // The page may have made it editable since: asked again.
      if (done || hidden.has(el) || !list.includes(el) || touchesEditable(el)) return;
      hidden.add(el);
      marks.hold(el, holder);
    },
    isHidden(el) {
      return !done && hidden.has(el);
    },
    undo() {
      if (done) return;
      done = true;
      for (const el of hidden) marks.release(el, holder);
      hidden.clear();
      releaseStyle();
    },
  };
}
