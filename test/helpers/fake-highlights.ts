/**
 * A minimal CSS Custom Highlight API for jsdom (which has none): a Map registry on `CSS.highlights` and a
 * Set-like `Highlight`, installed on the document's window. Returns the registry.
 */
export function installFakeHighlightApi(doc: Document): Map<string, Set<AbstractRange>> {
  const win = doc.defaultView as unknown as Record<string, unknown>;
  const registry = new Map<string, Set<AbstractRange>>();
  class Highlight extends Set<AbstractRange> {
    constructor(...ranges: AbstractRange[]) {
      super(ranges);
    }
  }
  win.Highlight = Highlight;
  win.CSS = { highlights: registry };
  return registry;
}
