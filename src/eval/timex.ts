// `npm run eval -- timex PATH`: scores time expressions (ours and chrono-node alone) against MEANTIME's TIMEX3 gold.
// Text is rebuilt from the tokens (single spaces, none before closing punctuation, a line break between sentences);
// each document's creation time (DCT) is the publication date, and the DCT's own timex is left out of the gold.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chrono from 'chrono-node';
import { newState } from '../analyze/pipeline.js';
import { ANCHOR, attributes, findXml, rebuildMeantime } from './meantime.js';
import { sentencesStage } from '../analyze/sentences/split.js';
import { timesStage } from '../analyze/time/stage.js';

export type Timex = { start: number; end: number; value: string; type?: string; text?: string };
/**
 * MEANTIME annotates only the first sentences of each article (title, dateline and four more): `annotatedEnd` is the
 * end of the last sentence holding any markable, and `ignore` the DCT's own span; predictions there are not scored.
 */
export type GoldDoc = { name: string; text: string; dct: string; timexes: Timex[]; annotatedEnd: number; ignore: Timex[] };

const TIMEX = /<TIMEX3\b([^>]*?)(?:\/>|>([\s\S]*?)<\/TIMEX3>)/g;


/** Reads one MEANTIME file into text, DCT and gold timexes with character offsets. */
export function readMeantime(xml: string, name: string): GoldDoc {
  const { text, offsets, annotatedEnd } = rebuildMeantime(xml);
  let dct = '';
  const ignore: Timex[] = [];
  const timexes: Timex[] = [];
  for (const m of xml.matchAll(TIMEX)) {
    const attrs = attributes(m[1]);
    const ids = [...(m[2] ?? '').matchAll(ANCHOR)].map((a) => a[1]).filter((id) => offsets.has(id));
    const spans = ids.map((id) => offsets.get(id)!);
    const start = Math.min(...spans.map((s) => s[0]));
    const end = Math.max(...spans.map((s) => s[1]));
    if (attrs.functionInDocument === 'CREATION_TIME') {
      dct = attrs.value;
      if (ids.length) ignore.push({ start, end, value: attrs.value });
      continue;
    }
    if (ids.length === 0) continue;
    timexes.push({ start, end, value: attrs.value, type: attrs.type, text: text.slice(start, end) });
  }
  // One document writes its DCT day first ("03-02-2009" for 2009-02-03, as its gold values show).
  const dayFirst = /^(\d\d)-(\d\d)-(\d{4})$/.exec(dct);
  if (dayFirst) dct = `${dayFirst[3]}-${dayFirst[2]}-${dayFirst[1]}`;
  return { name, text, dct, timexes, annotatedEnd, ignore };
}

/** Ours: the sentences and times stages with the DCT as publication date. */
export function predictOurs(doc: GoldDoc): Timex[] {
  const state = newState({ id: 'd1', source: doc.name, contributors: [], text: doc.text, removed: [], published: doc.dct });
  const ctx = { published: doc.dct, options: {} };
  sentencesStage.run(state, ctx);
  timesStage.run(state, ctx);
  return state.times.map((t) => ({ start: t.span.start, end: t.span.end, value: t.value, text: t.span.text }));
}

const pad = (n: number) => String(n).padStart(2, '0');

/** chrono-node alone: casual parse with refDate = DCT; the value at the finest granularity chrono is certain of. */
export function predictChrono(doc: GoldDoc): Timex[] {
  const [y, mo, d] = doc.dct.slice(0, 10).split('-').map(Number);
  const ref = { instant: new Date(Date.UTC(y, (mo || 1) - 1, d || 1, 12)), timezone: 0 };
  return chrono.parse(doc.text, ref).map((r) => {
    const c = r.start;
    const date = c.date();
    const Y = String(date.getUTCFullYear());
    const M = pad(date.getUTCMonth() + 1);
    const D = pad(date.getUTCDate());
    let value = Y;
    if (c.isCertain('hour')) value = `${Y}-${M}-${D}T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
    else if (c.isCertain('day') || c.isCertain('weekday')) value = `${Y}-${M}-${D}`;
    else if (c.isCertain('month')) value = `${Y}-${M}`;
    return { start: r.index, end: r.index + r.text.length, value, text: r.text };
  });
}

export type Counts = { gold: number; predicted: number; strict: number; relaxed: number; correct: number };

/** Keeps the predictions inside the annotated part of the document and off the DCT's own span. */
export function scorable(doc: GoldDoc, predicted: Timex[]): Timex[] {
  return predicted.filter((p) => p.start < doc.annotatedEnd && !doc.ignore.some((i) => p.start < i.end && i.start < p.end));
}

/** One-to-one matching: strict = same offsets, relaxed = overlap; value correct on relaxed matches. */
export function score(gold: Timex[], predicted: Timex[], counts: Counts, errors?: string[], text = ''): void {
  const around = (t: Timex) => (text ? `  «${text.slice(Math.max(0, t.start - 60), t.end + 40).replace(/\n/g, ' / ')}»` : '');
  counts.gold += gold.length;
  counts.predicted += predicted.length;
  const used = new Set<number>();
  for (const g of gold) {
    let best = -1;
    for (let i = 0; i < predicted.length; i++) {
      const p = predicted[i];
      if (used.has(i) || p.end <= g.start || p.start >= g.end) continue;
      if (best < 0 || (p.start === g.start && p.end === g.end)) best = i;
    }
    if (best < 0) {
      errors?.push(`miss  ${JSON.stringify(g.text)} ${g.value}${around(g)}`);
      continue;
    }
    used.add(best);
    const p = predicted[best];
    counts.relaxed++;
    if (p.start === g.start && p.end === g.end) counts.strict++;
    if (p.value === g.value) counts.correct++;
    else errors?.push(`value ${JSON.stringify(g.text)} gold ${g.value} ours ${JSON.stringify(p.text)} ${p.value}${around(g)}`);
  }
  predicted.forEach((p, i) => {
    if (!used.has(i)) errors?.push(`extra ${JSON.stringify(p.text)} ${p.value}${around(p)}`);
  });
}

const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export function summarize(c: Counts) {
  const prf = (hit: number) => {
    const p = c.predicted ? hit / c.predicted : 0;
    const r = c.gold ? hit / c.gold : 0;
    return { p, r, f: f1(p, r) };
  };
  return {
    strict: prf(c.strict), relaxed: prf(c.relaxed), value: prf(c.correct),
    valueAccuracy: c.relaxed ? c.correct / c.relaxed : 0,
  };
}


const pct = (x: number) => (100 * x).toFixed(1);

export async function run(path: string, args: string[]): Promise<void> {
  const files = findXml(path);
  const ours: Counts = { gold: 0, predicted: 0, strict: 0, relaxed: 0, correct: 0 };
  const bare: Counts = { gold: 0, predicted: 0, strict: 0, relaxed: 0, correct: 0 };
  const errors: string[] = [];
  let scored = 0;
  for (const file of files) {
    const doc = readMeantime(readFileSync(file, 'utf8'), file);
    if (!doc.dct) continue;
    scored++;
    const predicted = predictOurs(doc);
    if (args.includes('--errors')) errors.push(`# ${file.split('/').pop()} (DCT ${doc.dct})`);
    score(doc.timexes, scorable(doc, predicted), ours, args.includes('--errors') ? errors : undefined, doc.text);
    score(doc.timexes, scorable(doc, predictChrono(doc)), bare);
  }
  const rows = [['ours', summarize(ours)], ['chrono-node alone', summarize(bare)]] as const;
  const lines = [
    `MEANTIME English: ${scored} of ${files.length} documents have a creation time (DCT); ${ours.gold} gold TIMEX3 (DCT excluded; only the annotated opening sentences scored)`,
    '',
    '| system | strict P/R/F1 | relaxed P/R/F1 | value accuracy | value P/R/F1 |',
    '|---|---|---|---|---|',
    ...rows.map(([name, s]) => `| ${name} | ${pct(s.strict.p)} / ${pct(s.strict.r)} / ${pct(s.strict.f)} | ${pct(s.relaxed.p)} / ${pct(s.relaxed.r)} / ${pct(s.relaxed.f)} | ${pct(s.valueAccuracy)} | ${pct(s.value.p)} / ${pct(s.value.r)} / **${pct(s.value.f)}** |`),
    '| HeidelTime (TempEval-3, reference) | | | | value F1 77.6 |',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  if (errors.length) process.stdout.write(`\n${errors.join('\n')}\n`);
}
