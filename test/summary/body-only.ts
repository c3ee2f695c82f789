import type { Analysis } from '../../utils/pipeline/stages';

/**
 * The summary, the key facts and the companies come from body paragraphs only: never from a block that is
 * a caption, a credit, a byline, a dateline or a consent notice. Checked by the blocks the pipeline read
 * and, independently of its classifier, by what such lines look like.
 */
const LOOKS_LIKE_FURNITURE: [string, RegExp][] = [
  ['credit', /^\(?(?:photos?|fotos?|bild|bilder|image|images|credits?|crédits?(?: photo)?|picture)\s*[:©]/iu],
  ['copyright', /^©|\ball rights reserved\b|\btous droits réservés\b|\balle rechte vorbehalten\b/iu],
  ['byline', /^(?:by|von|par|por)\s+\p{Lu}[\p{L}.'-]+(?:\s+\p{Lu}[\p{L}.'-]+){0,3}\s*$/u],
  ['dateline', /^(?:updated|published|posted|aktualisiert|veröffentlicht|mis à jour|publié le)\b.{0,60}\d.{0,30}$/iu],
  ['consent', /\bcookies?\b.{0,80}\b(?:accept|consent|akzeptier|einwillig|accepter|aceptar)/iu],
];

/** Adds to failures each summary line, key fact or company taken from outside the body; returns the lines checked. */
export function bodyOnly(name: string, { report, article }: Analysis, failures: string[]): number {
  if (!article || !report.summary) return 0;
  const unread = new Set([...report.promos, ...report.setAside].flatMap((m) => m.blocks));
  const said = [...report.summary.sentences, ...report.summary.keyFacts.map((f) => f.sentence)];
  const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
  for (const s of said) {
    const from = article.blocks.findIndex((b) => squash(b.text).includes(squash(s).slice(0, 60)));
    if (from >= 0 && unread.has(from)) failures.push(`${name}: "${s.slice(0, 60)}" from a block set aside`);
    if (from >= 0 && article.blocks[from].el.closest('figcaption')) failures.push(`${name}: "${s.slice(0, 60)}" from a caption`);
    for (const [kind, re] of LOOKS_LIKE_FURNITURE) if (re.test(s.trim())) failures.push(`${name}: "${s.slice(0, 60)}" reads like a ${kind}`);
  }
  for (const e of report.entities) {
    for (const m of e.mentions) if (unread.has(m.block)) failures.push(`${name}: ${e.name} found in a block set aside`);
  }
  return said.length;
}
