// Merges findings that repeat: a conflict across copies of one source, an agreement found by two overlapping clusters.
import type { Finding } from '../../model/index.js';

/** A conflict's identity: its type and, per source group, the value each side gives. */
function conflictKey(f: Finding, group: Map<string, string>): string {
  if (f.kind === 'corroborated') return `${f.kind}#${f.type ?? ''}#${[...new Set(f.evidence.map((e) => e.value ?? ''))].sort().join('#')}`;
  const parts = f.evidence.map((e) => `${group.get(e.span.doc) ?? e.span.doc}=${(e.value ?? '').toLowerCase()}|${e.speaker ?? ''}`);
  return `${f.kind}#${f.type ?? ''}#${[...new Set(parts)].sort().join('#')}`;
}

function sharesSpan(a: Finding, b: Finding): boolean {
  return a.evidence.some((x) => b.evidence.some((y) => x.span.doc === y.span.doc && x.span.start === y.span.start && x.span.end === y.span.end));
}

/**
 * Keeps the first of each set of equal conflicts (same type, same values per source group, one evidence span in
 * common) and gives it the evidence the others hold from further documents.
 */
export function mergeRepeats(findings: Finding[], group: Map<string, string>): Finding[] {
  const seen = new Map<string, Finding[]>();
  const out: Finding[] = [];
  for (const f of findings) {
    // Conflicts repeat across copies; agreements on one date or figure repeat across overlapping clusters.
    if (f.kind === 'single-source' || (f.kind === 'corroborated' && !f.type)) { out.push(f); continue; }
    const key = conflictKey(f, group);
    const same = seen.get(key) ?? [];
    const first = same.find((g) => sharesSpan(g, f));
    if (!first) { same.push(f); seen.set(key, same); out.push(f); continue; }
    for (const e of f.evidence) {
      if (!first.evidence.some((x) => x.span.doc === e.span.doc && x.span.start === e.span.start)) first.evidence.push(e);
    }
  }
  return out;
}
