/**
 * A boolean attribute Lede puts on page elements, exactly reversibly: several holders may mark the same
 * element, and the last release gives the element back its own value of that attribute (or none).
 */
export interface AttrMarks {
  /** Marks `el` for `holder`. True when `holder` did not hold it yet (a repeated hold changes nothing). */
  hold(el: Element, holder: object): boolean;
  release(el: Element, holder: object): void;
}

interface ElementState {
  original: string | null;
  /** Rarely more than one (a highlight and a flash, or two runs overlapping): an array, not a Set. */
  holders: object[];
}

export function attrMarks(attr: string): AttrMarks {
  const states = new WeakMap<Element, ElementState>();
  return {
    hold(el, holder) {
      try {
        const s = states.get(el);
        if (s) {
          if (s.holders.includes(holder)) return false;
          s.holders.push(holder);
          return true;
        }
        const original = el.getAttribute(attr);
        el.setAttribute(attr, '');
        states.set(el, { original, holders: [holder] });
        return true;
      } catch {
        return false; // never throw on odd or detached elements
      }
    },
    release(el, holder) {
      try {
        const s = states.get(el);
        const i = s ? s.holders.indexOf(holder) : -1;
        if (!s || i < 0) return;
        s.holders.splice(i, 1);
        if (s.holders.length > 0) return;
        states.delete(el);
        if (s.original === null) el.removeAttribute(attr);
        else el.setAttribute(attr, s.original);
      } catch {
        /* never throw */
      }
    },
  };
}
