import { describe, expect, it } from 'vitest';
import { parseHtml } from '../helpers/dom';
import { findPromosAndFurniture } from '../../utils/promo';
import { BLOCK_TAGS, ownTextNodes } from '../../utils/dom/text-nodes';
import type { Article, Block, BlockKind } from '../../utils/article/types';

/**
 * The classifier on its own, without Readability (which drops most of these boxes before they reach it):
 * every block element of the <article> with text of its own is a block.
 */
function articleOf(body: string, lang = 'en'): Article {
  const doc = parseHtml(`<html lang="${lang}"><body><article>${body}</article></body></html>`, 'https://news.example/story');
  const root = doc.querySelector('article')!;
  const kinds: Record<string, BlockKind> = { P: 'paragraph', H2: 'heading', H3: 'heading', H4: 'heading', LI: 'list-item', FIGCAPTION: 'caption', BLOCKQUOTE: 'quote', TD: 'cell' };
  const blocks: Block[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (!BLOCK_TAGS.has(el.tagName)) continue;
    const nodes = ownTextNodes(el);
    const text = nodes.map((n) => n.data).join('');
    if (!text.trim()) continue;
    const starts = [0];
    for (const n of nodes) starts.push(starts[starts.length - 1] + n.data.length);
    blocks.push({ el, kind: kinds[el.tagName] ?? 'other', nodes, text, starts });
  }
  return { doc, url: doc.URL, title: 'T', byline: null, siteName: null, lang, publishedTime: null, excerpt: null, root, blocks };
}

const BODY = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i}: the harbour authority said on Monday that the new quay would open to ferries in the spring, after two years of works.</p>`).join('');

function kindsOf(html: string, lang?: string): Record<string, string> {
  const article = articleOf(html + BODY, lang);
  const { furniture } = findPromosAndFurniture(article, { host: 'news.example' });
  return Object.fromEntries(furniture.map((f) => [f.text, f.kind]));
}

describe('furniture kinds, one signal at a time', () => {
  it('by class names of the block or of a small box around it', () => {
    expect(kindsOf(`
      <div class="article__byline"><p>Mara Lind and Tom Berg</p></div>
      <nav class="breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ol></nav>
      <div class="ez-toc-container"><ul><li><a href="#a">The quay</a></li><li><a href="#b">The ferries</a></li></ul></div>
      <div class="social-share"><p>Share on Facebook</p></div>
      <div class="ReadTime"><p>6 min</p></div>
      <section class="author-bio"><p>Mara Lind covers transport and the port for the paper; before that she reported on local courts.</p></section>
      <div id="comments"><p>Jo: the ferries have been late all week.</p></div>`)).toEqual({
      'Mara Lind and Tom Berg': 'byline',
      'Home World': 'breadcrumb',
      'The quay The ferries': 'toc',
      'Share on Facebook': 'share',
      '6 min': 'reading-time',
      'Mara Lind covers transport and the port for the paper; before that she reported on local courts.': 'author-bio',
      'Jo: the ferries have been late all week.': 'comments',
    });
  });

  it('by the phrase a short line begins with, in English, German, French and Spanish', () => {
    expect(kindsOf(`
      <p>By Mara Lind</p><p>Posted on 3 May 2021 by Admin</p><p>Estimated reading time: 4 minutes</p>
      <p>Von Katrin Vogel, dpa</p><p>Veröffentlicht am 12.03.2024 um 10:05 Uhr</p><p>Bildquelle: Stadtarchiv</p>
      <p>Par Jeanne Martin</p><p>Mis à jour le 12 mars 2024 à 10h05</p><p>Crédits photo : AFP</p>
      <p>Por Ana Ruiz</p><p>Actualizado el 4 de mayo de 2023</p><p>Valora esta noticia</p>`)).toEqual({
      'By Mara Lind': 'byline',
      'Posted on 3 May 2021 by Admin': 'dateline',
      'Estimated reading time: 4 minutes': 'reading-time',
      'Von Katrin Vogel, dpa': 'byline',
      'Veröffentlicht am 12.03.2024 um 10:05 Uhr': 'dateline',
      'Bildquelle: Stadtarchiv': 'caption',
      'Par Jeanne Martin': 'byline',
      'Mis à jour le 12 mars 2024 à 10h05': 'dateline',
      'Crédits photo : AFP': 'caption',
      'Por Ana Ruiz': 'byline',
      'Actualizado el 4 de mayo de 2023': 'dateline',
      'Valora esta noticia': 'share',
    });
  });

  it('by labels and patterns: a lone "Comments", a caption credit, a copyright line', () => {
    expect(kindsOf(`<h3>Comments</h3><p>The old lighthouse at dusk. (Image: © Harbour Trust)</p><p>Copyright 2024 Harbour News Ltd.</p>`)).toEqual({
      Comments: 'comments',
      'The old lighthouse at dusk. (Image: © Harbour Trust)': 'caption',
      'Copyright 2024 Harbour News Ltd.': 'copyright',
    });
  });

  it('never a sentence that only begins like furniture', () => {
    expect(kindsOf(`
      <p>By then, most of the ferries had moved to the new quay.</p>
      <p>Von den zwölf Fähren fahren nur noch zwei ab dem alten Kai.</p>
      <p>Par ailleurs, la mairie prévoit un parking.</p>
      <p>Updated timetables will be posted at the terminal.</p>
      <p>Photo sharing is banned on the quay during works.</p>
      <blockquote><p>By Mara Lind</p></blockquote>
      <table><tr><td>12.03.2024</td><td>Opening</td></tr></table>`)).toEqual({});
  });

  it('a box named like furniture that holds the body is not furniture', () => {
    // Body text outside the box too: without the small-box guard, the box's blocks would be under half the
    // text and be set aside (the share limit alone would not hide the mistake).
    const article = articleOf(`${BODY}<div class="entry share">${BODY}</div>${BODY}`);
    expect(findPromosAndFurniture(article, {}).furniture).toEqual([]);
  });
});
