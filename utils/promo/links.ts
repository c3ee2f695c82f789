/** Link statistics of a block: how much of its own text is link text, and which links it holds. */
import type { Block } from '../article/types';
import type { LinkStats, PromoContext } from './types';


function nonSpaceLength(s: string): number {
  return s.replace(/\s+/g, '').length;
}

/** The nearest <a href> ancestor of `node` within `block`, or null. */
function linkOf(node: Node, block: Element): Element | null {
  for (let el = node.parentElement; el && el !== block; el = el.parentElement) {
    if (el.tagName.toUpperCase() === 'A' && el.hasAttribute('href')) return el;
  }
  return null;
}

export function linkStats(block: Block): LinkStats {
  const links = new Set<Element>();
  let linkChars = 0;
  let totalChars = 0;
  for (const t of block.nodes) {
    const n = nonSpaceLength(t.data);
    totalChars += n;
    const a = linkOf(t, block.el);
    if (a) {
      links.add(a);
      linkChars += n;
    }
  }
  // A block that IS a link's child (<a><p>…</p></a>) counts as linked.
  if (links.size === 0 && block.el.closest('a[href]')) {
    links.add(block.el.closest('a[href]')!);
    linkChars = totalChars;
  }
  return { links: [...links], linkChars, totalChars, density: totalChars ? linkChars / totalChars : 0 };
}

/** linkStats of block `i`, kept for the pass (the heuristics and rules ask about the same tail blocks). */
export function blockLinkStats(ctx: PromoContext, i: number): LinkStats {
  return (ctx.links[i] ??= linkStats(ctx.article.blocks[i]));
}

/** Is every bit of the block's own text inside <em>, <i> or <cite> (an italic note)? */
export function isWhollyEmphasised(block: Block): boolean {
  let any = false;
  for (const t of block.nodes) {
    if (!t.data.trim()) continue;
    any = true;
    let em = false;
    for (let el = t.parentElement; el && el !== block.el; el = el.parentElement) {
      if (/^(?:EM|I|CITE)$/i.test(el.tagName)) {
        em = true;
        break;
      }
    }
    if (!em) return false;
  }
  return any;
}
