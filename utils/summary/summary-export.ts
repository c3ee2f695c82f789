import type { Report } from '../report';

/** The summary as plain text or Markdown, for "Copy summary". Page text stays text: Markdown is escaped. */
export function summaryAsText(report: Report, format: 'text' | 'markdown'): string {
  const s = report.summary;
  const md = format === 'markdown';
  const esc = (x: string) => (md ? x.replace(/([\\`*_[\]#<>|])/g, '\\$1') : x);
  const lines: string[] = [];
  if (report.title) lines.push(md ? `## ${esc(report.title)}` : report.title);
  const source = [report.siteName, report.url].filter(Boolean).join(' — ');
  if (source) lines.push(md && report.url ? `<${report.url}>` : source);
  lines.push('');
  for (const sentence of s?.sentences ?? []) lines.push(md ? `- ${esc(sentence)}` : `• ${sentence}`);
  if (s?.keyFacts.length) {
    lines.push('');
    // Each fact is its clause, its figure in bold (Markdown) as the panel shows it.
    for (const f of s.keyFacts) {
      const at = f.sentence.indexOf(f.text);
      const clause = at < 0 ? esc(f.sentence) : `${esc(f.sentence.slice(0, at))}**${esc(f.text)}**${esc(f.sentence.slice(at + f.text.length))}`;
      lines.push(md ? `- ${clause}` : `– ${f.sentence}`);
    }
  }
  return lines.join('\n').trim() + '\n';
}
