/**
 * The words around a key fact, so that "$52 billion" reads as "…raise capital spending to between $52
 * billion and $56 billion next year…" in the panel. Cuts at word boundaries, marks cuts with "…".
 */
export function factContext(sentence: string, fact: string, radius = 55): { before: string; after: string } {
  const at = sentence.indexOf(fact);
  if (at < 0) return { before: '', after: '' };
  let start = Math.max(0, at - radius);
  let end = Math.min(sentence.length, at + fact.length + radius);
  if (start > 0) start = sentence.indexOf(' ', start) + 1 || start;
  if (end < sentence.length) end = Math.max(at + fact.length, sentence.lastIndexOf(' ', end));
  return {
    before: (start > 0 ? '…' : '') + sentence.slice(start, at),
    after: sentence.slice(at + fact.length, end) + (end < sentence.length ? '…' : ''),
  };
}
