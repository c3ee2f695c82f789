/**
 * The schema.org facts a page states about itself in <script type="application/ld+json">, including the
 * "@graph" form (Yoast, WordPress) and arrays of objects. Malformed JSON is skipped, never thrown.
 */

export interface JsonLdNode {
  [key: string]: unknown;
}

export function jsonLdNodes(doc: Document): JsonLdNode[] {
  const out: JsonLdNode[] = [];
  const visit = (v: unknown, depth: number) => {
    if (depth > 4 || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (const x of v) visit(x, depth + 1);
      return;
    }
    const node = v as JsonLdNode;
    out.push(node);
    if (Array.isArray(node['@graph'])) visit(node['@graph'], depth + 1);
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const raw = script.textContent;
    if (!raw || raw.length > 1_000_000) continue;
    try {
      // Some CMSs wrap the JSON in CDATA markers or HTML comments.
      visit(JSON.parse(raw.replace(/^\s*(\/\/\s*)?<!\[CDATA\[|\]\]>\s*$/g, '').replace(/^\s*<!--|-->\s*$/g, '')), 0);
    } catch {
      /* not JSON: ignore */
    }
  }
  return out;
}

function types(node: JsonLdNode): string[] {
  const t = node['@type'];
  if (typeof t === 'string') return [t.replace(/^https?:\/\/schema\.org\//, '')];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^https?:\/\/schema\.org\//, ''));
  return [];
}

export function jsonLdTypes(doc: Document): string[] {
  return jsonLdNodes(doc).flatMap(types);
}

/** The first string value of `key` on a node whose @type matches. */
export function jsonLdValue(doc: Document, typePattern: RegExp, key: string): string | null {
  for (const node of jsonLdNodes(doc)) {
    if (!types(node).some((t) => typePattern.test(t))) continue;
    const v = node[key];
    if (typeof v === 'string' && v.trim()) return v.trim();
  }
  return null;
}
