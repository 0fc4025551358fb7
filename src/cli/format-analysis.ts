// Readable text for `analyze --format text`: what was found in each document, for a person.
import type { Analysis, AnalyzedDoc } from '../model/index.js';

function line(label: string, value: string | undefined): string {
  return value ? `  ${label.padEnd(12)}${value}\n` : '';
}

function renderDoc(doc: AnalyzedDoc): string {
  let out = `${doc.id}  ${doc.source}\n`;
  out += line('outlet', doc.outlet);
  out += line('published', doc.published);
  out += line('title', doc.title);
  out += line('byline', doc.byline);
  out += line('contributors', doc.contributors.join(', '));
  out += `  ${'sentences'.padEnd(12)}${doc.sentences.length} (${doc.sentences.filter((s) => s.heading).length} headings)\n`;
  for (const removed of doc.removed) out += `  removed     [${removed.reason}] ${truncate(removed.text, 60)}\n`;
  for (const s of doc.sentences.filter((s) => s.heading)) out += `  heading     ${truncate(s.text, 70)}\n`;
  if (doc.entities.length) {
    out += '  entities\n';
    for (const e of doc.entities) {
      const titles = e.descriptors.map((d) => d.text).join('; ');
      out += `    ${e.type.padEnd(13)}${e.name} (${e.mentions.length}x)${titles ? ` - ${titles}` : ''}\n`;
    }
  }
  if (doc.quotes.length) {
    out += '  quotes\n';
    for (const q of doc.quotes) out += `    ${q.kind.padEnd(9)}${(q.speakerName ?? '?').padEnd(22)}${truncate(q.span.text, 60)}\n`;
  }
  if (doc.times.length) {
    out += '  times\n';
    for (const t of doc.times) out += `    ${t.value.padEnd(14)}${t.span.text}\n`;
  }
  if (doc.numbers.length) {
    out += '  numbers\n';
    for (const n of doc.numbers) out += `    ${String(n.value).padEnd(14)}${n.span.text}\n`;
  }
  for (const d of doc.diagnostics ?? []) out += `  note        ${d.rule}: ${d.message}\n`;
  return out;
}

function truncate(s: string, n: number): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > n ? flat.slice(0, n - 1) + '\u2026' : flat;
}

export function renderAnalysisText(analysis: Analysis): string {
  return analysis.documents.map(renderDoc).join('\n');
}
