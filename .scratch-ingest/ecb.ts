import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { textDraft } from '../src/ingest/text.ts';
const root = '/work/shared/data/ecbplus-dev';
const reasons = new Map<string, number>(); let titles = 0, headings = 0, docs = 0; const samples: string[] = [];
for (const topic of readdirSync(root)) {
  let files: string[] = []; try { files = readdirSync(join(root, topic)).filter((f) => f.endsWith('.xml')); } catch { continue; }
  for (const f of files) {
    const xml = readFileSync(join(root, topic, f), 'utf8');
    const sents = new Map<number, string[]>();
    for (const m of xml.matchAll(/<token [^>]*sentence="(\d+)"[^>]*>([^<]*)<\/token>/g)) {
      const s = Number(m[1]); if (!sents.has(s)) sents.set(s, []); sents.get(s)!.push(m[2].replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&apos;/g, "'"));
    }
    const text = [...sents.values()].map((t) => t.join(' ').replace(/ ([.,:;!?)'])/g, '$1')).join('\n\n');
    const d = textDraft(text, f); docs++;
    for (const r of d.removed) { reasons.set(r.reason, (reasons.get(r.reason) ?? 0) + 1); if (samples.length < 60) samples.push(`${r.reason}: ${r.text.slice(0, 100)}`); }
    if (d.title) { titles++; if (samples.length < 60) samples.push(`TITLE: ${d.title}`); }
    for (const h of d.headings ?? []) { headings++; if (samples.length < 80) samples.push(`HEADING: ${d.text.slice(h.start, h.end)}`); }
  }
}
console.log({ docs, titles, headings, reasons: Object.fromEntries(reasons) });
console.log(samples.join('\n'));
