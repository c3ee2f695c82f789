/**
 * Random article pages for the property tests: a small tree model, fast-check arbitraries that build it,
 * and a serialiser to HTML. Pages are kept small on purpose: jsdom document creation (and Readability on
 * its clone) is what a case costs.
 */
import fc from 'fast-check';

export type Node_ =
  | { t: 'text'; v: string }
  | { t: 'comment'; v: string }
  | { t: 'el'; tag: string; attrs: [string, string][]; kids: Node_[] }
  /** Markup given as is (script/style bodies, void elements, iframes). */
  | { t: 'raw'; html: string };

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

export function serialize(n: Node_): string {
  switch (n.t) {
    case 'text':
      return esc(n.v);
    case 'comment':
      return `<!--${n.v.replace(/--/g, '- -')}-->`;
    case 'raw':
      return n.html;
    case 'el': {
      const attrs = n.attrs.map(([k, v]) => ` ${k}="${escAttr(v)}"`).join('');
      return `<${n.tag}${attrs}>${n.kids.map(serialize).join('')}</${n.tag}>`;
    }
  }
}

const el = (tag: string, kids: Node_[], attrs: [string, string][] = []): Node_ => ({ t: 'el', tag, attrs, kids });
const text = (v: string): Node_ => ({ t: 'text', v });

/** The spaces pages print between words: plain, no-break (U+00A0), narrow no-break (U+202F). */
const SPACES = [' ', ' ', ' ', '\u00a0', '\u202f'];

/** A phrase with each space replaced by one of SPACES. */
const spaced = (phrase: string): fc.Arbitrary<string> => {
  const gaps = phrase.split(' ').length - 1;
  return fc.array(fc.constantFrom(...SPACES), { minLength: gaps, maxLength: gaps }).map((sp) =>
    phrase.split(' ').reduce((acc, w, i) => (i === 0 ? w : acc + sp[i - 1] + w), ''),
  );
};

export const MENTIONS = [
  'Intel Corporation (NASDAQ: INTC)', 'Samsung Electronics', '$AAPL', 'Apple', 'BTC',
  'SoftBank Group (NASDAQ : SFTBF)', 'Intel', 'ETH', 'Taiwan Semiconductor Manufacturing Company',
];
export const PROMOS_EN = [
  "New to blockchain? Check out CoinGeek's Blockchain for Beginners section, the ultimate resource guide to learn more about blockchain technology.",
  'Sign up for our newsletter',
  'Sign up for our newsletter to get the day’s top stories in your inbox.',
  'Read more: Apple shares slide',
];
export const PROMOS_FR = ['Lire aussi :', 'Lire aussi : Samsung Electronics investit', 'Inscrivez-vous à notre newsletter'];
const WORDS = [
  'the', 'chip', 'market', 'rose', 'while', 'analysts', 'said', 'on', 'Tuesday', 'that', 'shares', 'of', 'and', 'in',
  'a', 'deal', 'worth', '$8 billion', 'les', 'usines', 'de', 'puces', 'OpenAI', 'Sam Altman', 'investors', '3%',
];

const sentence: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...WORDS) }, { weight: 2, arbitrary: fc.constantFrom(...MENTIONS).chain(spaced) }), { minLength: 1, maxLength: 8 })
  .map((ws) => ws.join(' '));

const promoText = fc.oneof(fc.constantFrom(...PROMOS_EN), fc.constantFrom(...PROMOS_FR)).chain(spaced);

const whitespace = fc.constantFrom(' ', '\n', '\n  ', '\t', '\u00a0', '  \n\t ');

const textLeaf: fc.Arbitrary<Node_> = fc.oneof(
  { weight: 6, arbitrary: sentence.map(text) },
  { weight: 2, arbitrary: whitespace.map(text) },
  { weight: 1, arbitrary: promoText.map(text) },
);

/** A mention cut in two across an inline element: `<b>Intel</b> Corporation`, `Samsung <em>Electronics</em>`. */
const splitMention: fc.Arbitrary<Node_[]> = fc
  .tuple(fc.constantFrom(...MENTIONS).chain(spaced), fc.nat(), fc.constantFrom('b', 'em', 'span', 'a', 'strong'), fc.boolean())
  .map(([m, cut, tag, wrapHead]) => {
    const at = 1 + (cut % Math.max(1, m.length - 1));
    const [head, tail] = [m.slice(0, at), m.slice(at)];
    return wrapHead ? [el(tag, [text(head)]), text(tail)] : [text(head), el(tag, [text(tail)])];
  });

const attrs: fc.Arbitrary<[string, string][]> = fc
  .subarray<[string, string]>([
    ['class', 'note'], ['class', 'newsletter-box promo'], ['id', 'x1'], ['data-track', 'a "b" & c'], ['style', 'color: red'],
    ['contenteditable', 'true'], ['data-lede-hidden', 'x'], ['data-lede-highlighted', 'x'], ['lang', 'fr'], ['title', 'Intel Corporation'],
  ], { maxLength: 2 })
  // contenteditable is rare: it switches highlighting off inside.
  .map((a) => a.filter(([k], i) => k !== 'contenteditable' || i === 0));

const INLINE = ['span', 'a', 'em', 'strong', 'b', 'i', 'code', 'mark', 'sup'];

const comment = fc.constantFrom(' ad slot ', 'Intel Corporation', '', ' [if IE] ').map((v): Node_ => ({ t: 'comment', v }));

const formField = fc.constantFrom<Node_>(
  { t: 'raw', html: '<input type="text" value="Intel Corporation">' },
  { t: 'raw', html: '<input type="email" placeholder="Sign up for our newsletter">' },
  el('textarea', [text('Samsung Electronics and $AAPL')]),
);

const scriptOrStyle = fc.constantFrom<Node_>(
  el('script', [text('var s = "Intel Corporation (NASDAQ: INTC)"; if (1 < 2) {}')]),
  el('style', [text('.promo > p { color: red }')]),
  el('script', [text('{"@type":"Thing"}')], [['type', 'application/json']]),
);

/** Inline content (a list of siblings), nested up to `depth`. */
const inlineList = (depth: number): fc.Arbitrary<Node_[]> => {
  const inlineNode: fc.Arbitrary<Node_[]> =
    depth <= 0
      ? textLeaf.map((n) => [n])
      : fc.oneof(
          { weight: 6, arbitrary: textLeaf.map((n) => [n]) },
          {
            weight: 3,
            arbitrary: fc
              .tuple(fc.constantFrom(...INLINE), attrs, inlineList(depth - 1))
              .map(([tag, a, kids]) => [el(tag, kids, tag === 'a' ? [['href', '/other-story'], ...a] : a)]),
          },
          { weight: 2, arbitrary: splitMention },
          { weight: 1, arbitrary: comment.map((n) => [n]) },
          { weight: 1, arbitrary: formField.map((n) => [n]) },
          { weight: 1, arbitrary: scriptOrStyle.map((n) => [n]) },
        );
  return fc.array(inlineNode, { minLength: 1, maxLength: 4 }).map((xs) => xs.flat());
};

/** Block content: one or more sibling nodes, nested up to `depth`. */
const block = (depth: number): fc.Arbitrary<Node_[]> => {
  const leafBlocks: fc.Arbitrary<Node_[]>[] = [
    fc.tuple(attrs, inlineList(2)).map(([a, kids]) => [el('p', kids, a)]),
    inlineList(1).map((kids) => [el('h2', kids)]),
    fc.array(inlineList(1), { minLength: 1, maxLength: 3 }).map((items) => [el('ul', items.map((k) => el('li', k)))]),
    inlineList(1).map((kids) => [el('blockquote', [el('p', kids)])]),
    inlineList(1).map((kids) => [el('figure', [{ t: 'raw', html: '<img src="data:," alt="Intel">' }, el('figcaption', kids)])]),
    fc.tuple(sentence, fc.boolean()).map(([s, code]) => [el('pre', code ? [el('code', [text(s)])] : [text(s)])]),
    fc.array(inlineList(1), { minLength: 1, maxLength: 2 }).map((cells) => [el('table', [el('tbody', [el('tr', cells.map((k) => el('td', k)))])])]),
    // "Watch: …" then its embedded player, as CoinGeek prints it.
    fc.tuple(sentence, fc.boolean()).map(([s, wrap]) => {
      const nodes: Node_[] = [el('p', [el('strong', [text('Watch: ')]), text(s)]), { t: 'raw', html: '<iframe src="https://www.youtube.com/embed/abc123" width="560" height="315"></iframe>' }];
      return wrap ? [el('div', nodes, [['class', 'video-embed']])] : nodes;
    }),
    // A promo paragraph, alone or in a box.
    fc.tuple(promoText, fc.boolean(), attrs).map(([s, box, a]) => {
      const p = el('p', [el('em', [text(s)])], a);
      return box ? [el('div', [p], [['class', 'newsletter']])] : [p];
    }),
    comment.map((n) => [n]),
    whitespace.map((w) => [text(w)]),
    scriptOrStyle.map((n) => [n]),
    formField.map((f) => [el('form', [el('label', [text('E-mail ')]), f])]),
  ];
  if (depth <= 0) return fc.oneof(...leafBlocks);
  return fc.oneof(
    ...leafBlocks.map((arbitrary) => ({ weight: 2, arbitrary })),
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.constantFrom('div', 'section'), attrs, fc.array(block(depth - 1), { minLength: 1, maxLength: 3 }))
        .map(([tag, a, kids]) => [el(tag, kids.flat(), a)]),
    },
    // A div holding inline content directly (no <p>): a block of its own for extraction.
    { weight: 1, arbitrary: fc.tuple(attrs, inlineList(2)).map(([a, kids]) => [el('div', kids, a)]) },
  );
};

const FILLER_EN = [
  'Chipmakers raced to secure capacity this quarter as demand for accelerators outstripped supply, executives said on a call with analysts on Tuesday morning.',
  'The company expects its new fabrication plant to start production in 2027, a year later than first planned, because of delays in equipment deliveries.',
  'Investors welcomed the plan, sending the shares up three percent in early trading, although several analysts warned that margins would stay under pressure.',
  'Regulators in Brussels and Washington are reviewing the deal, which would combine two of the largest suppliers of memory chips used in data centres.',
  'The group said it would finance the expansion with cash on hand and new bonds, and that it had no plan to raise equity before the end of the decade.',
];
const FILLER_FR = [
  'Les fabricants de puces se disputent les capacités de production ce trimestre, la demande dépassant largement l’offre selon les dirigeants du secteur.',
  'La nouvelle usine doit entrer en production en 2027, avec un an de retard sur le calendrier initial, en raison de retards dans la livraison des machines.',
  'Les investisseurs ont salué le projet, et le titre a progressé de trois pour cent à l’ouverture, même si plusieurs analystes restent prudents sur les marges.',
  'Les autorités de Bruxelles et de Washington examinent l’opération, qui réunirait deux des plus grands fournisseurs de mémoire pour centres de données.',
  'Le groupe financera cette expansion avec sa trésorerie et de nouvelles obligations, sans augmentation de capital prévue avant la fin de la décennie.',
];

export interface PageCase {
  lang: 'en' | 'fr';
  html: string;
}

/**
 * A plausible article page: html lang, og:type article, a header ticker outside the article, an
 * <article> with an <h1> and enough filler paragraphs to be readerable, and the random blocks in between.
 */
export const articlePage: fc.Arbitrary<PageCase> = fc
  .record({
    lang: fc.constantFrom<'en' | 'fr'>('en', 'fr'),
    blocks: fc.array(block(2), { minLength: 1, maxLength: 5 }),
    // Where each random block goes among the filler paragraphs, and which filler paragraphs name companies.
    slots: fc.array(fc.nat({ max: 5 }), { minLength: 5, maxLength: 5 }),
    fillerMentions: fc.array(fc.option(fc.constantFrom(...MENTIONS).chain(spaced), { nil: undefined }), { minLength: 5, maxLength: 5 }),
    headAttrs: attrs,
  })
  .map(({ lang, blocks, slots, fillerMentions, headAttrs }) => {
    const filler = lang === 'fr' ? FILLER_FR : FILLER_EN;
    const body: string[] = [];
    for (let i = 0; i <= filler.length; i++) {
      blocks.forEach((b, j) => {
        if (slots[j % slots.length] === i) body.push(b.map(serialize).join(''));
      });
      if (i < filler.length) {
        const m = fillerMentions[i];
        body.push(`<p>${esc(m ? `${m} ${filler[i]}` : filler[i])}</p>`);
      }
    }
    const html =
      `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Chips: the race for capacity</title>` +
      `<meta property="og:type" content="article"><meta property="og:site_name" content="Example News"></head>` +
      `<body><header${headAttrs.map(([k, v]) => ` ${k}="${escAttr(v)}"`).join('')}><p class="ticker">BSV 50 · BTC 65,000 · ETH 3,100 · Intel Corporation</p></header>\n` +
      `<article><h1>Chipmakers race for capacity</h1>\n${body.join('\n')}\n</article>\n` +
      `<footer><p>© Example News. <a href="/newsletter">Sign up for our newsletter</a></p></footer></body></html>`;
    return { lang, html };
  });

/** Settings sequences for apply(): each step sets highlights and stripping on or off. */
export const toggles = fc.array(fc.record({ highlights: fc.boolean(), stripping: fc.boolean() }), { minLength: 1, maxLength: 4 });
