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
    for (const f of s.keyFacts) lines.push(md ? `- **${esc(f.text)}**` : `– ${f.text}`);
  }
  return lines.join('\n').trim() + '\n';
}
