import { describe, expect, it } from 'vitest';
import { hasShape } from '../../utils/promo/shape';
import { parseHtml } from '../helpers/dom';

const NEWSLETTER = /^(?:newsletter|newsletter-box)$/;

describe('shape terms, remembered across passes while the names stay', () => {
  it('reads an element\'s terms again after any of its name attributes changed', () => {
    const doc = parseHtml('<body><div id="x" class="article__newsletter-box"><p>Sign up</p></div></body>');
    const el = doc.getElementById('x')!;
    const pass = () => hasShape(new Map(), el, NEWSLETTER); // a new pass: a new per-pass cache
    expect(pass()).toBe(true);
    el.setAttribute('class', 'article__body');
    expect(pass()).toBe(false);
    el.setAttribute('data-module', 'NewsletterBox');
    expect(pass()).toBe(true);
    el.removeAttribute('data-module');
    expect(pass()).toBe(false);
    el.setAttribute('role', 'newsletter');
    expect(pass()).toBe(true);
    el.setAttribute('role', 'region');
    el.id = 'newsletter';
    expect(pass()).toBe(true);
    // A change of an attribute that names nothing leaves the answer.
    el.setAttribute('data-x', 'newsletter');
    expect(pass()).toBe(true);
  });
});
