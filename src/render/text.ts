// Terminal report: the verdict on top, then conflicts, corroborated and single-source findings with their
// evidence quoted and located, wrapped to the terminal width, colored only when asked.
import type { Entity, Finding, Report } from '../model/index.js';
import {
  KIND_HEADINGS, docLabels, docNotes, flatten, evidenceLocator, evidenceNotes, orderFindings, countKinds, percent, quoteText, truncate, verdict, KIND_ORDER,
  type FindingKind, type Located,
} from './common.js';
import { wrap } from './wrap.js';

export type TextOptions = { color: boolean; width: number };

const MAX_EVIDENCE_CHARS = 480;
// Private-use markers around the evidence inside its sentence; zero width, replaced by color codes.
const FOCUS_START = '\ue000';
const FOCUS_END = '\ue001';
const MIN_WIDTH = 40;
const MAX_WIDTH = 120;

const ANSI = {
  bold: '1', dim: '2', red: '31', green: '32', yellow: '33', blue: '34', magenta: '35', cyan: '36',
} as const;
type Style = keyof typeof ANSI;

const KIND_STYLE: Record<FindingKind, Style> = { conflict: 'red', corroborated: 'green', 'single-source': 'yellow' };

export function renderText(report: Report, opts: TextOptions): string {
  const width = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, Math.floor(opts.width) || 80));
  const paint = (styles: Style[], s: string) => (opts.color && s ? `\u001b[${styles.map((x) => ANSI[x]).join(';')}m${s}\u001b[0m` : s);
  const labels = docLabels(report.documents);
  const locate = evidenceLocator(report);
  const entities = new Map<string, Entity>(report.entities.map((e) => [e.id, e]));
  const out: string[] = [];

  out.push(...wrap(verdict(report), width).map((l) => paint(['bold'], l)));
  if (report.summary) out.push(...wrap(flatten(report.summary), width));
  out.push('');
  for (const doc of report.documents) {
    const head = `${labels.get(doc.id)}${doc.published ? `, ${flatten(doc.published).slice(0, 10)}` : ''}`;
    const title = doc.title ? ` \u2014 \u201c${truncate(flatten(doc.title), 200)}\u201d` : '';
    out.push(...wrap(`${head}${title}`, width, `  ${doc.id.padEnd(4)}`, '        ').map((l) => paint(['dim'], l)));
    for (const note of docNotes(report, doc.id, labels)) out.push(...wrap(note, width, '        ! ', '          ').map((l) => paint(['yellow'], l)));
  }

  const counts = countKinds(report.findings);
  const ordered = orderFindings(report.findings);
  for (const kind of KIND_ORDER) {
    if (!counts[kind]) continue;
    out.push('', paint([KIND_STYLE[kind], 'bold'], `${KIND_HEADINGS[kind].toUpperCase()} (${counts[kind]})`));
    let n = 0;
    for (const finding of ordered) {
      if (finding.kind !== kind) continue;
      n++;
      out.push('', ...renderFinding(finding, n));
    }
  }
  if (!report.findings.length) out.push('', ...wrap('No findings: nothing to cross-check between these articles.', width));
  return out.join('\n') + '\n';

  function renderFinding(finding: Finding, n: number): string[] {
    const lines: string[] = [];
    const number = `${String(n).padStart(2)}. `;
    const summary = wrap(flatten(finding.summary) || '(no summary)', width, number, '    ');
    lines.push(...summary.map((l) => l.slice(0, number.length) + paint(['bold'], l.slice(number.length))));
    const facts = [finding.type, `${percent(finding.confidence)} confidence`].filter(Boolean).join(' \u00b7 ');
    lines.push(...wrap(facts, width, '    ').map((l) => paint(['dim'], l)));
    if (finding.reason) lines.push(...wrap(flatten(finding.reason), width, '    ').map((l) => paint(['dim'], l)));
    for (const ev of finding.evidence) {
      const at = locate(ev.span);
      const where = [labels.get(ev.span.doc) ?? flatten(ev.span.doc), at.sentence ? `sentence ${at.sentence}` : ''].filter(Boolean).join(', ');
      const extra = evidenceNotes(finding, ev, entities).join(' \u00b7 ');
      lines.push(...wrap(`${where}${extra ? ` \u00b7 ${extra}` : ''}`, width, '    \u203a ', '      ').map((l) => paint(['cyan'], l)));
      lines.push(...evidenceLines(at));
    }
    return lines;
  }

  /** The evidence in quotes; when it is part of a sentence, the sentence around it with the evidence marked. */
  function evidenceLines(at: Located): string[] {
    if (!at.before && !at.after) return wrap(quoteText(truncate(at.focus, MAX_EVIDENCE_CHARS)), width, '      ', '       ');
    const [open, close] = opts.color ? [FOCUS_START, FOCUS_END] : ['[', ']'];
    const lines = wrap(quoteText(`${at.before}${open}${at.focus}${close}${at.after}`), width, '      ', '       ');
    if (!opts.color) return lines;
    // Style the marked words, closing and reopening the style at line ends so indents stay plain.
    let inside = false;
    return lines.map((line) => {
      const indent = /^ */.exec(line)![0];
      let body = line.slice(indent.length);
      if (inside) body = FOCUS_START + body;
      inside = body.lastIndexOf(FOCUS_START) > body.lastIndexOf(FOCUS_END);
      if (inside) body += FOCUS_END;
      return indent + body.replaceAll(FOCUS_START, `\u001b[${ANSI.bold};${ANSI.yellow}m`).replaceAll(FOCUS_END, '\u001b[0m');
    });
  }
}
