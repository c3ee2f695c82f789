/**
 * A boolean attribute Lede puts on page elements, exactly reversibly: several holders may mark the same
 * element, and the last release gives the element back its own value of that attribute (or none).
 */
export interface AttrMarks {
  hold(el: Element, holder: object): void;
  release(el: Element, holder: object): void;
}

interface ElementState {
  original: string | null;
  holders: Set<object>;
}

export function attrMarks(attr: string): AttrMarks {
  const states = new WeakMap<Element, ElementState>();
  return {
    hold(el, holder) {
      try {
        let s = states.get(el);
        if (!s) states.set(el, (s = { original: null, holders: new Set() }));
        if (s.holders.size === 0) {
          s.original = el.getAttribute(attr);
          el.setAttribute(attr, '');
        }
        s.holders.add(holder);
      } catch {
        /* never throw on odd or detached elements */
      }
    },
    release(el, holder) {
      try {
        const s = states.get(el);
        if (!s || !s.holders.delete(holder) || s.holders.size > 0) return;
        if (s.original === null) el.removeAttribute(attr);
        else el.setAttribute(attr, s.original);
        states.delete(el);
      } catch {
        /* never throw */
      }
    },
  };
}
