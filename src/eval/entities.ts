// `npm run eval -- entities PATH`: person/organization/place mention P/R/F1 against MEANTIME's gold, ours beside compromise.
// Text is rebuilt from the tokens (single spaces, none before closing punctuation, a line break between sentences, as
// the timex eval does). MEANTIME annotates only each article's opening sentences: predictions after the last
// annotated sentence are not scored.
//
// Gold: ENTITY_MENTIONs whose REFERS_TO target is a PER (person), ORG (organization) or LOC (place) ENTITY and that
// are names: syntactic type NAM or PRE.NAM, or an untyped mention (one corpus leaves the type empty) whose every
// token is capitalised or joins capitalised ones ("Ford", "Bank of America"; not "the US manufacturer"). MEANTIME's name spans are generous ("the United States",
// "U.S. President Barack Obama", "American automobile manufacturer Chrysler LLC"), so two matchings are printed:
// strict (same offsets and type) and overlap (spans overlap, same type; one-to-one, exact matches first).
// Of nested gold mentions of one type ("U.S. President Barack Obama" around "Barack Obama") only the innermost
// counts. The main figure is overlap F1. "Typed" means the type must agree; "untyped" ignores it (detection only).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { newState } from '../analyze/pipeline.js';
import { ANCHOR, attributes, findXml, rebuildMeantime } from './meantime.js';
import { sentencesStage } from '../analyze/sentences/split.js';
import { entitiesStage } from '../analyze/entities/index.js';
import type { MentionRef } from '../analyze/entities/index.js';

type Kind = 'person' | 'organization' | 'place';
export type Mention = { start: number; end: number; type: Kind; text?: string };
export type GoldDoc = { name: string; text: string; mentions: Mention[]; annotatedEnd: number };

const MENTION = /<ENTITY_MENTION\b([^>]*)>([\s\S]*?)<\/ENTITY_MENTION>/g;
const ENTITY = /<ENTITY\b([^>]*?)\/?>/g;
const REFERS = /<REFERS_TO\b[^>]*>([\s\S]*?)<\/REFERS_TO>/g;
const SOURCE = /<source\s+m_id="(\d+)"/g;
const TARGET = /<target\s+m_id="(\d+)"/;
const TYPES: Record<string, Kind> = { PER: 'person', ORG: 'organization', LOC: 'place' };
/** An untyped mention counts as a name when every token is capitalised (or joins capitalised ones). */
const NAME_TOKEN = /^(?:\p{Lu}.*|\d.*|of|the|and|&|-|\.|de|du|la|le|von|van|al)$/u;
const NOT_NAMES = new Set(['The', 'A', 'An', 'We', 'I', 'It', 'Its', 'They', 'Their', 'He', 'She', 'His', 'Her', 'Our', 'This', 'That', 'These', 'Those', 'Some', 'Most', 'Any']);


/** Reads one MEANTIME file into text and gold named-entity mentions with character offsets. */
export function readMeantime(xml: string, name: string): GoldDoc {
  const { text, offsets, words, annotatedEnd } = rebuildMeantime(xml);
  const entityType = new Map<string, Kind>();
  for (const m of xml.matchAll(ENTITY)) {
    const attrs = attributes(m[1]);
    const type = TYPES[attrs.ent_type];
    if (type && attrs.m_id) entityType.set(attrs.m_id, type);
  }
  const mentionType = new Map<string, Kind>();
  for (const m of xml.matchAll(REFERS)) {
    const target = TARGET.exec(m[1])?.[1];
    const type = target ? entityType.get(target) : undefined;
    if (!type) continue;
    for (const s of m[1].matchAll(SOURCE)) mentionType.set(s[1], type);
  }
  const mentions: Mention[] = [];
  for (const m of xml.matchAll(MENTION)) {
    const attrs = attributes(m[1]);
    const type = mentionType.get(attrs.m_id);
    if (!type) continue;
    const ids = [...m[2].matchAll(ANCHOR)].map((a) => a[1]).filter((id) => offsets.has(id));
    if (ids.length === 0) continue;
    const syntactic = attrs.syntactic_type ?? '';
    const named = syntactic === 'NAM' || syntactic === 'PRE.NAM'
      || (syntactic === '' && ids.every((id) => NAME_TOKEN.test(words.get(id)!)) && ids.some((id) => !NOT_NAMES.has(words.get(id)!)));
    if (!named) continue;
    const start = Math.min(...ids.map((id) => offsets.get(id)![0]));
    const end = Math.max(...ids.map((id) => offsets.get(id)![1]));
    mentions.push({ start, end, type, text: text.slice(start, end) });
  }
  // The same span can be annotated twice (a mention in two relations); count it once.
  const seen = new Set<string>();
  const unique = mentions.filter((m) => {
    const key = `${m.start}:${m.end}:${m.type}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  // MEANTIME marks a title phrase and the name inside it both as names ("Australian Prime Minister John Howard" and
  // "John Howard"): of nested mentions of one type, only the innermost counts (titles are our descriptors).
  const innermost = unique.filter((m) => !unique.some((n) => n !== m && n.type === m.type && m.start <= n.start && n.end <= m.end));
  return { name, text, mentions: innermost.sort((a, b) => a.start - b.start), annotatedEnd };
}

/** Ours: the sentences and entities stages; named mentions only (not definite descriptions). */
export function predictOurs(doc: GoldDoc): Mention[] {
  const state = newState({ id: 'd1', source: doc.name, contributors: [], text: doc.text, removed: [] });
  const ctx = { options: {} };
  sentencesStage.run(state, ctx);
  entitiesStage.run(state, ctx);
  const out: Mention[] = [];
  for (const m of (state.notes.mentions as MentionRef[]) ?? []) {
    if (m.link === 'description' || m.link === 'pronoun' || m.type === 'other') continue;
    out.push({ start: m.start, end: m.end, type: m.type, text: doc.text.slice(m.start, m.end) });
  }
  return out;
}

/** compromise: people(), organizations(), places() with their offsets (trailing punctuation trimmed). */
export function predictCompromise(doc: GoldDoc): Mention[] {
  const parsed = nlp(doc.text);
  const out: Mention[] = [];
  const add = (list: { offset: { start: number; length: number } }[], type: Kind) => {
    for (const item of list) {
      const start = item.offset.start;
      let end = start + item.offset.length;
      while (end > start && /[\s.,;:!?'")\]]/.test(doc.text[end - 1])) end--;
      if (end > start) out.push({ start, end, type, text: doc.text.slice(start, end) });
    }
  };
  add(parsed.people().json({ offset: true }), 'person');
  add(parsed.organizations().json({ offset: true }), 'organization');
  add(parsed.places().json({ offset: true }), 'place');
  return out.sort((a, b) => a.start - b.start);
}

type Tally = { gold: number; predicted: number; strict: number; overlap: number; untyped: number };
const emptyTally = (): Tally => ({ gold: 0, predicted: 0, strict: 0, overlap: 0, untyped: 0 });

/** One-to-one matching per document; exact matches are taken first, then overlaps. */
export function score(gold: Mention[], predicted: Mention[], tallies: Record<Kind | 'all', Tally>, errors?: string[], text = ''): void {
  const around = (m: Mention) => (text ? `  «${text.slice(Math.max(0, m.start - 40), m.end + 30).replace(/\n/g, ' / ')}»` : '');
  for (const g of gold) { tallies[g.type].gold++; tallies.all.gold++; }
  for (const p of predicted) { tallies[p.type].predicted++; tallies.all.predicted++; }
  const match = (typed: boolean, exactOnly: boolean): [Set<number>, Set<number>] => {
    const usedG = new Set<number>();
    const usedP = new Set<number>();
    for (const exact of exactOnly ? [true] : [true, false]) {
      gold.forEach((g, gi) => {
        if (usedG.has(gi)) return;
        const pi = predicted.findIndex((p, i) => !usedP.has(i) && (!typed || p.type === g.type)
          && (exact ? p.start === g.start && p.end === g.end : p.start < g.end && g.start < p.end));
        if (pi >= 0) { usedG.add(gi); usedP.add(pi); }
      });
    }
    return [usedG, usedP];
  };
  const [strictG] = match(true, true);
  const [overG, overP] = match(true, false);
  const [untypedG] = match(false, false);
  for (const gi of strictG) { tallies[gold[gi].type].strict++; tallies.all.strict++; }
  for (const gi of overG) { tallies[gold[gi].type].overlap++; tallies.all.overlap++; }
  for (const gi of untypedG) { tallies[gold[gi].type].untyped++; tallies.all.untyped++; }
  if (!errors) return;
  gold.forEach((g, gi) => { if (!overG.has(gi)) errors.push(`miss  ${g.type} ${JSON.stringify(g.text)}${around(g)}`); });
  predicted.forEach((p, pi) => { if (!overP.has(pi)) errors.push(`extra ${p.type} ${JSON.stringify(p.text)}${around(p)}`); });
}


const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const pct = (x: number) => (100 * x).toFixed(1);

function prf(t: Tally, hit: number, predicted = t.predicted): string {
  const p = predicted ? hit / predicted : 0;
  const r = t.gold ? hit / t.gold : 0;
  return `${pct(p)} / ${pct(r)} / ${pct(f1(p, r))}`;
}

export async function run(path: string, args: string[]): Promise<void> {
  const files = findXml(path);
  const make = () => ({ person: emptyTally(), organization: emptyTally(), place: emptyTally(), all: emptyTally() });
  const ours = make();
  const theirs = make();
  const errors: string[] = [];
  const showErrors = args.includes('--errors');
  let chars = 0;
  let msOurs = 0;
  let msTheirs = 0;
  for (const file of files) {
    const doc = readMeantime(readFileSync(file, 'utf8'), file);
    chars += doc.text.length;
    const inScope = (m: Mention) => m.start < doc.annotatedEnd;
    let t0 = performance.now();
    const mine = predictOurs(doc).filter(inScope);
    msOurs += performance.now() - t0;
    t0 = performance.now();
    const other = predictCompromise(doc).filter(inScope);
    msTheirs += performance.now() - t0;
    if (showErrors) errors.push(`# ${file.split('/').pop()}`);
    score(doc.mentions, mine, ours, showErrors ? errors : undefined, doc.text);
    score(doc.mentions, other, theirs);
  }
  const lines = [
    `MEANTIME English, ${files.length} documents, ${ours.all.gold} gold name mentions (PER ${ours.person.gold}, ORG ${ours.organization.gold}, LOC ${ours.place.gold}); annotated opening sentences only`,
    '',
    '| system | type | strict P / R / F1 | overlap P / R / F1 | untyped overlap P / R / F1 |',
    '|---|---|---|---|---|',
  ];
  for (const [name, t] of [['ours', ours], ['compromise', theirs]] as const) {
    for (const type of ['person', 'organization', 'place', 'all'] as const) {
      const row = t[type];
      lines.push(`| ${name} | ${type} | ${prf(row, row.strict)} | ${type === 'all' ? '**' : ''}${prf(row, row.overlap)}${type === 'all' ? '**' : ''} | ${type === 'all' ? prf(row, row.untyped) : '–'} |`);
    }
  }
  lines.push('', `time: ours ${msOurs.toFixed(0)} ms, compromise ${msTheirs.toFixed(0)} ms for ${(chars / 1e3).toFixed(0)} kB (ours includes wink-nlp tokenizing)`);
  process.stdout.write(`${lines.join('\n')}\n`);
  if (errors.length) process.stdout.write(`\n${errors.join('\n')}\n`);
}
