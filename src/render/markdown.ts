// Markdown report, pasteable into a newsroom chat or CMS: findings grouped by kind, then tables of entities
// (titles per outlet) and quotes (speaker per outlet). Article text is escaped so it never becomes markup.
import type { Entity, Finding, Report } from '../model/index.js';
import {
  KIND_HEADINGS, KIND_ORDER, countKinds, docLabels, docNotes, docsMentioning, flatten, groupQuotes, evidenceLocator, evidenceNotes, orderFindings,
  percent, quoteText, speakerOf, tableEntities, titlesByDoc, truncate, verdict,
} from './common.js';

const MD_ACTIVE = /[\\`*_[\]<>|~&$]/g;
const MAX_EVIDENCE_CHARS = 400;
const MAX_STATEMENT_CHARS = 220;

/** Escapes text for inline Markdown (and table cells): one line, every active character backslash-escaped. */
export function escapeMarkdown(s: string): string {
  return flatten(s).replace(MD_ACTIVE, (ch) => `\\${ch}`);
}

/** Escapes text already flattened to one line, keeping its edge spaces. */
function escapeRaw(s: string): string {
  return s.replace(MD_ACTIVE, (ch) => `\\${ch}`);
}

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

export function renderMarkdown(report: Report): string {
  const labels = docLabels(report.documents);
  const label = (doc: string) => escapeMarkdown(labels.get(doc) ?? doc);
  const locate = evidenceLocator(report);
  const entities = new Map<string, Entity>(report.entities.map((e) => [e.id, e]));
  const docs = report.documents;
  const out: string[] = [];

  out.push(`# Cross-check: ${verdict(report)}`, '');
  if (report.summary) out.push(escapeMarkdown(report.summary), '');
  out.push(row(['', 'Outlet', 'Title', 'Published', 'Notes']), row(['---', '---', '---', '---', '---']));
  for (const d of docs) {
    const notes = docNotes(report, d.id, labels).map(escapeMarkdown).join('; ');
    out.push(row([d.id, label(d.id), escapeMarkdown(truncate(flatten(d.title ?? ''), 160)), escapeMarkdown(d.published ?? ''), notes]));
  }

  const counts = countKinds(report.findings);
  const ordered = orderFindings(report.findings);
  for (const kind of KIND_ORDER) {
    if (!counts[kind]) continue;
    out.push('', `## ${KIND_HEADINGS[kind]} (${counts[kind]})`, '');
    let n = 0;
    for (const f of ordered) if (f.kind === kind) out.push(...finding(f, ++n));
  }
  if (!report.findings.length) out.push('', '_No findings: nothing to cross-check between these articles._');

  const shown = tableEntities(report);
  if (shown.length) {
    out.push('', '## Entities', '');
    out.push(row(['Name', 'Type', ...docs.map((d) => label(d.id))]), row(['---', '---', ...docs.map(() => '---')]));
    for (const e of shown) {
      const titles = titlesByDoc(e);
      const present = docsMentioning(e);
      out.push(row([
        `**${escapeMarkdown(e.name)}**`,
        escapeMarkdown(e.type),
        ...docs.map((d) => (titles.get(d.id)?.length ? titles.get(d.id)!.map(escapeMarkdown).join('; ') : present.has(d.id) ? '_mentioned_' : '\u2014')),
      ]));
    }
  }

  const groups = groupQuotes(report);
  if (groups.length) {
    out.push('', '## Quotes', '');
    out.push(row(['Statement', ...docs.map((d) => label(d.id))]), row(['---', ...docs.map(() => '---')]));
    for (const group of groups) {
      const first = group[0];
      const cells = docs.map((d) => {
        const here = group.filter((q) => q.doc === d.id);
        if (!here.length) return '\u2014';
        const names = [...new Set(here.map((q) => speakerOf(q, entities) ?? ''))];
        return names.map((n) => (n ? escapeMarkdown(n) : '_unattributed_')).join('; ');
      });
      out.push(row([`\u201c${escapeMarkdown(truncate(flatten(first.span.text), MAX_STATEMENT_CHARS))}\u201d`, ...cells]));
    }
  }
  return out.join('\n') + '\n';

  function finding(f: Finding, n: number): string[] {
    const facts = [f.type, `${percent(f.confidence)} confidence`].filter(Boolean).map((s) => escapeMarkdown(s!)).join(', ');
    const lines = [`${n}. **${escapeMarkdown(f.summary) || '(no summary)'}** \u2014 ${facts}`];
    if (f.reason) lines.push(`   - _Why:_ ${escapeMarkdown(f.reason)}`);
    for (const ev of f.evidence) {
      const at = locate(ev.span);
      const where = [`*${label(ev.span.doc)}*`, at.sentence ? `sentence ${at.sentence}` : ''].filter(Boolean).join(', ');
      const extra = evidenceNotes(f, ev, entities).map(escapeMarkdown).join(', ');
      const quoted = at.before || at.after
        ? quoteText(`${escapeRaw(at.before)}**${escapeRaw(at.focus)}**${escapeRaw(at.after)}`)
        : escapeMarkdown(quoteText(truncate(at.focus, MAX_EVIDENCE_CHARS)));
      lines.push(`   - ${where}${extra ? ` (${extra})` : ''}: ${quoted}`);
    }
    return lines;
  }
}
