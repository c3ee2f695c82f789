import { describe, expect, it } from 'vitest';
import { nextReadable, readableText } from '../../utils/dom/text-nodes';
import { parseHtml } from '../helpers/dom';

const html = '<div id="r">a<script>x</script><b>b<style>s</style><i>c</i></b><svg><text>t</text></svg><noscript>n</noscript>d</div><p>after</p>';

describe('nextReadable / readableText', () => {
  it('walks the subtree in document order, entering no script, style, svg or noscript, and never leaving the root', () => {
    const root = parseHtml(html).getElementById('r')!;
    const seen: string[] = [];
    for (let n = nextReadable(root, root); n; n = nextReadable(n, root)) seen.push(n.nodeType === 3 ? (n as Text).data : (n as Element).tagName.toLowerCase());
    expect(seen).toEqual(['a', 'script', 'b', 'b', 'style', 'i', 'c', 'svg', 'noscript', 'd']);
  });

  it('gives the readable text, each node after a space, and stops soon after the limit', () => {
    const root = parseHtml(html).getElementById('r')!;
    expect(readableText(root)).toBe(' a b c d');
    expect(readableText(root, 3)).toBe(' a b');
  });

  it('ends at once on an element without children', () => {
    const el = parseHtml('<p></p>').querySelector('p')!;
    expect(nextReadable(el, el)).toBeNull();
    expect(readableText(el)).toBe('');
  });
});
