/**
 * Hostile pages for the real-browser suite, written for Lede's tests (own text). Each is a news article
 * in a form that tends to break extensions: strict CSP with Trusted Types, a page that re-renders its
 * article every 100 ms, a 5 MB article, 10,000 nested elements, HTML payloads as text, an iframe, and an
 * editor with a form.
 */

const PARAS = [
  'Intel Corporation (NASDAQ: INTC) said on Monday that it would build a second packaging plant, its third investment in the region this year.',
  'Samsung Electronics and Taiwan Semiconductor Manufacturing Co. (NYSE: TSM) are both expanding, while analysts expect prices to stay high until 2027.',
  'The company did not say how many people the new site would employ, but local officials estimated that several thousand jobs could follow.',
  'Shares of $NVDA rose 3% in early trading, and the wider index of chip stocks gained 1.2% after the announcement on the exchange.',
  'Industry groups have warned for months that supply would remain tight, pointing to long lead times for the machines that make advanced chips.',
  'Officials said the permits had been approved in record time, and that construction could begin before the end of the next quarter.',
];

export function articleBody(paragraphs = PARAS): string {
  return paragraphs.map((p) => `<p>${p}</p>`).join('\n');
}

const head = (title: string, extra = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="Hostile Test News">${extra}</head>`;

const PROMO = '<p><strong>New to blockchain?</strong> Check out <a href="/beginners/">Hostile Test News\'s Blockchain for Beginners section</a>, the ultimate resource guide to learn more about blockchain technology.</p>';

export function cspPage(): { body: string; headers: Record<string, string> } {
  return {
    body: `${head('Strict CSP page')}<body><article><h1>Chipmakers under a strict policy</h1>${articleBody()}${PROMO}</article></body></html>`,
    headers: { 'content-security-policy': "default-src 'none'; script-src 'none'; style-src 'none'; img-src 'none'; require-trusted-types-for 'script'; trusted-types 'none'" },
  };
}

/** Re-renders its article every 100 ms with innerHTML (as some frameworks do); exposes the markup it renders. */
export function rerenderPage(): string {
  return `${head('Re-rendering page')}<body><article id="root"></article>
<script>
  let n = 0;
  window.__render = () => '<h1>Live: chip plants</h1>' + ${JSON.stringify(articleBody())} + ${JSON.stringify(PROMO)} + '<p class="tick">Update ' + n + '</p>';
  const draw = () => { document.getElementById('root').innerHTML = window.__render(); };
  draw();
  window.__timer = setInterval(() => { n++; draw(); }, 100);
  window.__stop = () => clearInterval(window.__timer);
</script></body></html>`;
}

/** About 5 MB of article text. */
export function hugePage(): string {
  const paras: string[] = [];
  let size = 0;
  for (let i = 0; size < 5_000_000; i++) {
    const p = `<p>${PARAS[i % PARAS.length]} ${PARAS[(i + 3) % PARAS.length]} (section ${i})</p>\n`;
    paras.push(p);
    size += p.length;
  }
  return `${head('A 5 MB article')}<body><article><h1>The longest report on chips</h1>${paras.join('')}</article></body></html>`;
}

/** 10,000 nested elements around the article. */
export function deepPage(): string {
  const depth = 10_000;
  return `${head('Deep page')}<body>${'<div>'.repeat(depth)}<article><h1>Deep in the tree</h1>${articleBody()}</article>${'</div>'.repeat(depth)}</body></html>`;
}

export const PAYLOAD = '<img src=x onerror=alert(1)>';
export const PAYLOAD_COMPANY = `Intel Corporation<script>alert(2)</script>`;

/** HTML and script payloads as TEXT: in the title, in a company name, in the body. */
export function payloadPage(): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `${head(esc(`Chips ${PAYLOAD} report`), `<meta property="og:title" content="${esc(`Chips ${PAYLOAD} report`).replace(/"/g, '&quot;')}">`)}<body><article><h1>${esc(`Chips ${PAYLOAD} report`)}</h1>
<p>${esc(PAYLOAD_COMPANY)} (NASDAQ: INTC) said on Monday that it would build a second plant, its third investment in the region this year, and that ${esc(PAYLOAD)} was not a product name.</p>
${articleBody()}</article></body></html>`;
}

export function iframePage(childUrl: string): string {
  return `${head('Page with an iframe')}<body><article><h1>Chips and frames</h1>${articleBody()}<iframe src="${childUrl}" width="400" height="200" title="embedded"></iframe></article></body></html>`;
}

export function iframeChild(): string {
  return `${head('Embedded article')}<body><article><h1>Inside the frame</h1>${articleBody()}</article></body></html>`;
}

/** An editor and a form inside the article: Lede must leave both untouched. */
export function editorPage(): string {
  return `${head('Editor page')}<body><article><h1>Comment on chips</h1>${articleBody()}
<div id="editor" contenteditable="true"><p>Draft: Intel Corporation (NASDAQ: INTC) and Samsung Electronics, written by the reader.</p></div>
<form id="form"><label>Company <input id="field" name="company" value="Intel Corporation (NASDAQ: INTC)"></label>
<textarea id="notes">Samsung Electronics and $AAPL notes</textarea><button type="button">Send</button></form>
<pre><code>const ticker = "INTC"; // Intel Corporation (NASDAQ: INTC)</code></pre>
</article></body></html>`;
}
