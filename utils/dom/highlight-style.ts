/**
 * The highlight colours: one rule set for the CSS Custom Highlight API (::highlight) and the same look for
 * the <lede-mark> fallback. Translucent backgrounds plus an underline read on light and dark pages;
 * companies are amber, crypto assets blue; a flashed passage (the panel's "show me") yellow.
 *
 * The ::highlight rules apply only to elements marked with HIGHLIGHTED_ATTR: the parents of the text
 * nodes that hold a highlighted range. Unscoped, a ::highlight rule makes Chromium compute highlight
 * styles for every element of the page: adopting it restyled all of wikipedia-2 in one 80 ms frame,
 * and while it stayed, each of the page's own full style recalculations took 65% longer (24 → 39 ms).
 * Scoped by an attribute, adopting the sheet restyles only the marked elements (4 ms there), and the
 * rest of the page pays nothing.
 */
export const HIGHLIGHTED_ATTR = 'data-lede-highlighted';

const on = `[${HIGHLIGHTED_ATTR}]`;

export const HIGHLIGHT_CSS = `
${on}::highlight(lede-company) { background-color: rgba(255, 184, 0, 0.28); text-decoration: underline 2px rgba(222, 140, 0, 0.9); text-underline-offset: 2px; }
${on}::highlight(lede-crypto) { background-color: rgba(64, 156, 255, 0.25); text-decoration: underline 2px rgba(40, 110, 230, 0.9); text-underline-offset: 2px; }
${on}::highlight(lede-flash) { background-color: rgba(255, 230, 0, 0.55); }
lede-mark { display: inline; color: inherit; font: inherit; border-radius: 2px; cursor: help; text-decoration: underline 2px; text-underline-offset: 2px; }
lede-mark[data-kind="company"] { background-color: rgba(255, 184, 0, 0.28); text-decoration-color: rgba(222, 140, 0, 0.9); }
lede-mark[data-kind="crypto"] { background-color: rgba(64, 156, 255, 0.25); text-decoration-color: rgba(40, 110, 230, 0.9); }
`;
