/**
 * What scopes the highlight colours (highlight.css) to Lede's highlights.
 *
 * The ::highlight rules apply only to elements marked with HIGHLIGHTED_ATTR: the parents of the text
 * nodes that hold a highlighted range. Unscoped, a ::highlight rule makes Chromium compute highlight
 * styles for every element of the page: adopting it restyled all of wikipedia-2 in one 80 ms frame,
 * and while it stayed, each of the page's own full style recalculations took 65% longer (24 → 39 ms).
 * Scoped by an attribute, the rules cost the page nothing until Lede marks elements (wikipedia-2's
 * forced full restyle: 80.1 ms without them, 79.8 ms with them), and then restyle only the marked ones.
 * That is why they can come with the content script on every page.
 */
export const HIGHLIGHTED_ATTR = 'data-lede-highlighted';
