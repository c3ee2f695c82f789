/**
 * Hiding promo blocks: the only code that changes the page for this feature. Hide, don't delete
 * (uBlock Origin's cosmetic filtering): each element gets an attribute, and ONE style rule hides every
 * element that has it. Undo takes the attribute off (or puts the page's own value back) and, when the
 * last handle on the document lets go, removes the style rule: `document.body.outerHTML` is then
 * exactly what it was.
 *
 * The style rule lives in a constructed stylesheet in `document.adoptedStyleSheets` when the browser
 * has them (no DOM node at all), else in one <style> element in <head>. No innerHTML anywhere: the
 * rule is set as text.
 */

export const HIDDEN_ATTR = 'data-lede-hidden';
/** Marks our <style> element (fallback path), so it is never confused with the page's own. */
export const STYLE_ATTR = 'data-lede-style';
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

/** Per element: the page's own attribute value before we touched it, and which handles hide it. */
interface ElementState {
  original: string | null;
  holders: Set<object>;
}

/** Per document: the injected style (sheet or element) and how many live handles need it. */
interface DocState {
  handles: number;
  sheet: CSSStyleSheet | null;
  style: Element | null;
  elements: WeakMap<Element, ElementState>;
}

const docs = new WeakMap<Document, DocState>();

function stateOf(doc: Document): DocState {
  let s = docs.get(doc);
  if (!s) {
    s = { handles: 0, sheet: null, style: null, elements: new WeakMap() };
    docs.set(doc, s);
  }
  return s;
}

/** A constructed stylesheet with the rule, or null when the document's window cannot make one. */
function constructSheet(doc: Document): CSSStyleSheet | null {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  if (!view || !('adoptedStyleSheets' in doc) || typeof view.CSSStyleSheet !== 'function') return null;
  try {
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(HIDE_RULE);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return sheet;
  } catch {
    // Firefox content scripts may refuse a sheet made in the script's compartment: fall back to <style>.
    return null;
  }
}

function injectStyle(doc: Document, s: DocState): void {
  if (s.sheet || s.style) return;
  s.sheet = constructSheet(doc);
  if (s.sheet) return;
  try {
    const style = doc.createElement('style');
    style.setAttribute(STYLE_ATTR, '');
    style.textContent = HIDE_RULE;
    (doc.head ?? doc.documentElement)?.appendChild(style);
    s.style = style;
  } catch {
    s.style = null;
  }
}

function removeStyle(doc: Document, s: DocState): void {
  if (s.sheet) {
    const sheet = s.sheet;
    try {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((x) => x !== sheet);
    } catch {
      /* the document is gone: nothing to restore */
    }
    s.sheet = null;
  }
  if (s.style) {
    s.style.remove();
    s.style = null;
  }
}

function hold(s: DocState, el: Element, holder: object): void {
  try {
    let es = s.elements.get(el);
    if (!es) {
      es = { original: el.getAttribute(HIDDEN_ATTR), holders: new Set() };
      s.elements.set(el, es);
    }
    if (es.holders.size === 0) {
      es.original = el.getAttribute(HIDDEN_ATTR);
      el.setAttribute(HIDDEN_ATTR, '');
    }
    es.holders.add(holder);
  } catch {
    /* never throw on odd or detached elements */
  }
}

function release(s: DocState, el: Element, holder: object): void {
  try {
    const es = s.elements.get(el);
    if (!es || !es.holders.delete(holder) || es.holders.size > 0) return;
    if (es.original === null) el.removeAttribute(HIDDEN_ATTR);
    else el.setAttribute(HIDDEN_ATTR, es.original);
    s.elements.delete(el);
  } catch {
    /* never throw */
  }
}

/** Hides `elements` of `doc`. Elements of another document are ignored. */
export function hideElements(doc: Document, elements: Iterable<Element>): HideHandle {
  const s = stateOf(doc);
  const list = [...new Set(elements)].filter((el) => el && el.ownerDocument === doc);
  const holder = {};
  const hidden = new Set<Element>();
  let done = false;

  s.handles++;
  injectStyle(doc, s);
  for (const el of list) {
    hold(s, el, holder);
    hidden.add(el);
  }

  return {
    elements: list,
    show(el) {
      if (done || !hidden.has(el)) return;
      hidden.delete(el);
      release(s, el, holder);
    },
    hide(el) {
      if (done || hidden.has(el) || !list.includes(el)) return;
      hidden.add(el);
      hold(s, el, holder);
    },
    isHidden(el) {
      return !done && hidden.has(el);
    },
    undo() {
      if (done) return;
      done = true;
      for (const el of hidden) release(s, el, holder);
      hidden.clear();
      s.handles--;
      if (s.handles <= 0) {
        s.handles = 0;
        removeStyle(doc, s);
      }
    },
  };
}
