import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closePage, isStyleError, loadPage, withoutStyleAttributes } from '@/cli/page-reader';

describe('withoutStyleAttributes', () => {
  it.each([
    ['<p style="width: calc(( $g * 2))">x</p>', '<p>x</p>'],
    ["<p class=a STYLE='x' id=b>y</p>", '<p class=a id=b>y</p>'],
    ['<a title="a>b" style="c" href=x>z</a>', '<a title="a>b" href=x>z</a>'],
    ['<p style=width:calc(($x)) data-x="1">q</p>', '<p data-x="1">q</p>'],
    ['<div style = "a" >v</div>', '<div >v</div>'],
    ['<img src=a.png style="b"/>', '<img src=a.png/>'],
  ])('%s → %s', (html, want) => {
    expect(withoutStyleAttributes(html)).toBe(want);
  });

  it.each([
    ['a script', '<script>var s = "<p style=\'x\'>";</script>'],
    ['a comment', '<!-- <p style="x"> -->'],
    ['a textarea', '<textarea><p style="x"></textarea>'],
    ['a title', '<title>A <b style="x"> tag</title>'],
    ['other attributes', '<p styles="keep" data-style="keep" aria-label="style=x">u</p>'],
    ['text', 'a < b and style="x" in prose'],
  ])('leaves %s alone', (_, html) => {
    expect(withoutStyleAttributes(html)).toBe(html);
  });

  it('never loops on a page cut mid-tag', () => {
    for (const cut of ['<p style', '<p style="x', "<p a='", '<script>never closed', '<!-- open'])
      expect(typeof withoutStyleAttributes(cut)).toBe('string');
  });
});

describe('loadPage without styles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lede-reader-'));
  const file = join(dir, 'page.html');
  writeFileSync(file, '<!doctype html><html><head><meta charset="windows-1252"><style>p{color:red}</style><link rel="stylesheet" href="a.css"></head><body><p style="width: calc(( $g))">Caf\u00e9 cr\u00e8me</p></body></html>', 'latin1');

  it('jsdom throws on the page as it is, from its CSS code', () => {
    let err: unknown = null;
    try {
      closePage(loadPage(file));
    } catch (e) {
      err = e;
    }
    expect(err).not.toBeNull();
    expect(isStyleError(err)).toBe(true);
    expect(isStyleError(new Error('Cannot read properties of null'))).toBe(false);
  });

  it('reads it without its styles, bytes of other encodings kept', () => {
    const doc = loadPage(file, undefined, { styles: false });
    expect(doc.querySelector('p')!.textContent).toBe('Caf\u00e9 cr\u00e8me');
    expect(doc.querySelectorAll('[style], style, link')).toHaveLength(0);
    closePage(doc);
  });
});
