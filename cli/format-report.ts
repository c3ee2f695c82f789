import type { Report } from '../utils/report';

/** The readable (non-JSON) view of one Report for the terminal. */
export function formatReport(path: string, r: Report): string {
  const lines = [path];
  const verdict = r.isArticle ? 'article' : 'not an article';
  const signals = r.detection.signals.map((s) => `${s.id}${s.detail ? `=${s.detail}` : ''} ${s.weight >= 0 ? '+' : ''}${s.weight}`);
  lines.push(`  ${verdict} (confidence ${r.detection.confidence}; ${signals.join(', ') || 'no signals'})`);
  if (r.title) lines.push(`  title:    ${r.title}`);
  const meta = [r.siteName, r.byline, r.lang, r.publishedTime, r.readingMinutes ? `${r.readingMinutes} min read` : null].filter(Boolean);
  if (meta.length) lines.push(`  about:    ${meta.join(' · ')}`);
  if (r.entities.length) {
    lines.push(`  entities: ${r.entities.map((e) => `${e.name}${e.ticker ? ` (${e.exchange ? e.exchange + ': ' : ''}${e.ticker})` : ''} ×${e.mentions.length}`).join(', ')}`);
  }
  for (const p of r.promos) lines.push(`  hidden:   [${p.ruleId}] ${p.text.slice(0, 90)}${p.text.length > 90 ? '…' : ''}`);
  for (const s of r.setAside) lines.push(`  set aside: [${s.kind}] ${s.text.slice(0, 90)}${s.text.length > 90 ? '…' : ''}`);
  if (r.summary) {
    for (const point of r.summary.publisherPoints) lines.push(`  point:    ${point}`);
    for (const s of r.summary.sentences) lines.push(`  summary:  ${s}`);
    if (r.summary.keyFacts.length) lines.push(`  facts:    ${r.summary.keyFacts.map((f) => f.text).join(' · ')}`);
  }
  const { total, ...stages } = r.timings;
  lines.push(`  timings:  ${Object.entries(stages).map(([k, v]) => `${k} ${v} ms`).join(', ')}, total ${total} ms`);
  return lines.join('\n') + '\n';
}
