// Cross-document entity resolution: one entity per real person, organization or place across all articles.
import type { AnalyzedDoc, Entity, EntityType } from '../model/index.js';
import { fold, nameKey, sameNameToken, trimWhile } from './text.js';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export type Resolution = {
  /** Entities resolved across documents, ids e1, e2, ... in order of first appearance. */
  entities: Entity[];
  /** Maps `${doc}\u0000${localEntityId}` to the resolved entity id. */
  local: Map<string, string>;
};

type Item = { doc: number; entity: Entity; tokens: string[]; key: string; first: number };

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'sir', 'dame', 'sheikh', 'mullah', 'maulvi', 'mawlawi', 'gen', 'col', 'lt', 'sgt', 'capt', 'prof']);
const ACRONYM_SKIP = new Set(['of', 'the', 'and', 'for', 'de', 'la', 'du', 'des']);
/** A few common alternative names of the same place or body; matched after lower-casing and removing dots. */
const ALIASES: Record<string, string> = {
  us: 'united states', usa: 'united states', 'united states of america': 'united states', america: 'united states',
  uk: 'united kingdom', britain: 'united kingdom', 'great britain': 'united kingdom',
  un: 'united nations', eu: 'european union', uae: 'united arab emirates',
};

export function localKey(doc: string, id: string): string {
  return `${doc}\u0000${id}`;
}

function nameTokens(name: string): string[] {
  return name.split(/\s+/).map((t) => trimWhile(t, (ch) => !LETTER_OR_DIGIT.test(ch))).filter((t) => t && !HONORIFICS.has(t.toLowerCase().replace(/\.$/, '')));
}

/** A normalized key for an organization or place name: case, dots, leading "the" and known aliases folded. */
export function orgKey(name: string): string {
  const k = fold(name).toLowerCase().replace(/\./g, '').replace(/['\u2019]s$/, '').replace(/^the\s+/, '').replace(/\s+/g, ' ').trim();
  return ALIASES[k] ?? k;
}

/** True when two organization names denote one body: same key, or one is the other's acronym ("AP"). */
export function sameOrganization(a: string, b: string): boolean {
  if (orgKey(a) === orgKey(b)) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const letters = short.replace(/\./g, '');
  return /^\p{Lu}{2,6}$/u.test(letters) && acronym(nameTokens(long)) === letters;
}

function acronym(tokens: string[]): string {
  return tokens.filter((t) => !ACRONYM_SKIP.has(t.toLowerCase())).map((t) => t[0].toUpperCase()).join('');
}

/** How strongly two person names denote one person: 3 full match, 2 middle name dropped, 0 none. */
export function personNameMatch(a: string[], b: string[]): number {
  if (a.length < 2 || b.length < 2) return 0;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (!sameNameToken(short[short.length - 1], long[long.length - 1])) return 0;
  const firstOk = sameNameToken(short[0], long[0]) || (short[0].replace(/\.$/, '').length === 1 && short[0][0].toLowerCase() === long[0][0].toLowerCase());
  if (!firstOk) return 0;
  // Middle names of the shorter form must appear, in order, in the longer one.
  let j = 1;
  for (let i = 1; i < short.length - 1; i++) {
    while (j < long.length - 1 && !sameNameToken(short[i], long[j])) j++;
    if (j >= long.length - 1) return 0;
    j++;
  }
  return short.length === long.length ? 3 : 2;
}

function compatibleTypes(a: EntityType, b: EntityType): boolean {
  return a === b || a === 'other' || b === 'other';
}

function roleWords(entity: Entity): Set<string> {
  const out = new Set<string>();
  for (const d of entity.descriptors) for (const w of d.text.toLowerCase().split(/[^a-z]+/)) if (w.length > 3) out.add(w);
  return out;
}

/** Resolves the entities of every document into one list; two entities of one document never merge. */
export function resolveEntities(docs: AnalyzedDoc[]): Resolution {
  const items: Item[] = [];
  docs.forEach((doc, d) => {
    for (const entity of doc.entities) {
      const tokens = nameTokens(entity.name);
      const first = entity.mentions.reduce((m, s) => Math.min(m, s.start), Number.MAX_SAFE_INTEGER);
      items.push({ doc: d, entity, tokens, key: entity.type === 'person' ? tokens.map((t) => fold(t).toLowerCase()).join(' ') : orgKey(entity.name), first });
    }
  });
  const parent = items.map((_, i) => i);
  const docsOf = items.map((it) => new Set([it.doc]));
  const find = (i: number): number => {
    while (parent[i] !== i) { parent[i] = parent[parent[i]]; i = parent[i]; }
    return i;
  };
  const union = (a: number, b: number): boolean => {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) return true;
    for (const d of docsOf[rb]) if (docsOf[ra].has(d)) return false;
    parent[rb] = ra;
    for (const d of docsOf[rb]) docsOf[ra].add(d);
    return true;
  };

  // 1. Same normalized name and compatible type.
  const byKey = new Map<string, number[]>();
  items.forEach((it, i) => {
    // A bare surname is left to step 3, where another person with that surname makes it ambiguous.
    if (!it.key || (it.entity.type === 'person' && it.tokens.length < 2)) return;
    const list = byKey.get(it.key) ?? [];
    list.push(i);
    byKey.set(it.key, list);
  });
  for (const list of byKey.values()) {
    for (let x = 1; x < list.length; x++) {
      if (compatibleTypes(items[list[0]].entity.type, items[list[x]].entity.type)) union(list[0], list[x]);
    }
  }

  // 2. Person full names: transliteration variants and dropped middle names, blocked by surname key.
  const persons = items.map((it, i) => i).filter((i) => items[i].entity.type === 'person' && items[i].tokens.length >= 1);
  const bySurname = new Map<string, number[]>();
  for (const i of persons) {
    const t = items[i].tokens;
    const k = nameKey(t[t.length - 1]).slice(0, 3);
    const list = bySurname.get(k) ?? [];
    list.push(i);
    bySurname.set(k, list);
  }
  const pairs: [number, number, number][] = [];
  for (const list of bySurname.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const a = items[list[x]];
        const b = items[list[y]];
        if (a.doc === b.doc) continue;
        const strength = personNameMatch(a.tokens, b.tokens);
        if (strength) pairs.push([list[x], list[y], strength]);
      }
    }
  }
  pairs.sort((p, q) => q[2] - p[2]);
  for (const [a, b] of pairs) union(a, b);

  // 3. Surname-only mentions: joined only when one person (cluster) carries that surname, or titles decide.
  for (const i of persons) {
    const it = items[i];
    if (it.tokens.length !== 1) continue;
    const full = new Set<number>();
    const bare = new Set<number>();
    for (const j of persons) {
      const other = items[j];
      if (j === i || other.doc === it.doc) continue;
      if (sameNameToken(it.tokens[0], other.tokens[other.tokens.length - 1])) (other.tokens.length > 1 ? full : bare).add(find(j));
    }
    // Full names decide; two bare surnames only meet when no full name carries the surname.
    const candidates = full.size ? full : bare;
    let chosen: number | undefined;
    if (candidates.size === 1) chosen = [...candidates][0];
    else if (candidates.size > 1) {
      const mine = roleWords(it.entity);
      const scored = [...candidates].map((c) => {
        let shared = 0;
        items.forEach((other, j) => {
          if (find(j) !== c) return;
          for (const w of roleWords(other.entity)) if (mine.has(w)) shared++;
        });
        return { c, shared };
      }).sort((p, q) => q.shared - p.shared);
      if (scored[0].shared > 0 && scored[0].shared > scored[1].shared) chosen = scored[0].c;
    }
    if (chosen !== undefined) union(chosen, i);
  }

  // 4. Organizations and places: acronyms ("AP" and "Associated Press").
  const orgs = items.map((_, i) => i).filter((i) => items[i].entity.type !== 'person');
  const byAcronym = new Map<string, number[]>();
  for (const i of orgs) {
    const t = items[i].tokens;
    if (t.length >= 2) {
      const a = acronym(t);
      const list = byAcronym.get(a) ?? [];
      list.push(i);
      byAcronym.set(a, list);
    }
  }
  for (const i of orgs) {
    const name = items[i].entity.name.replace(/\./g, '');
    if (!/^\p{Lu}{2,6}$/u.test(name)) continue;
    const list = (byAcronym.get(name) ?? []).filter((j) => items[j].doc !== items[i].doc && compatibleTypes(items[j].entity.type, items[i].entity.type));
    const roots = new Set(list.map(find));
    if (roots.size === 1) union(list[0], i);
  }

  return buildResolution(docs, items, find);
}

function buildResolution(docs: AnalyzedDoc[], items: Item[], find: (i: number) => number): Resolution {
  const groups = new Map<number, number[]>();
  items.forEach((_, i) => {
    const r = find(i);
    const list = groups.get(r) ?? [];
    list.push(i);
    groups.set(r, list);
  });
  const ordered = [...groups.values()].sort((a, b) => {
    const fa = Math.min(...a.map((i) => items[i].doc * 1e9 + items[i].first));
    const fb = Math.min(...b.map((i) => items[i].doc * 1e9 + items[i].first));
    return fa - fb;
  });
  const local = new Map<string, string>();
  const entities: Entity[] = ordered.map((members, n) => {
    const id = `e${n + 1}`;
    const ents = members.map((i) => items[i].entity);
    members.forEach((i) => local.set(localKey(docs[items[i].doc].id, items[i].entity.id), id));
    const counts = new Map<EntityType, number>();
    for (const e of ents) counts.set(e.type, (counts.get(e.type) ?? 0) + (e.type === 'other' ? 0.5 : 1));
    const type = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
    const name = members.map((i) => items[i]).sort((a, b) => b.tokens.length - a.tokens.length || b.entity.name.length - a.entity.name.length)[0].entity.name;
    const entity: Entity = {
      id, name, type,
      mentions: ents.flatMap((e) => e.mentions),
      descriptors: ents.flatMap((e) => e.descriptors),
    };
    const subtype = ents.find((e) => e.subtype)?.subtype;
    if (subtype) entity.subtype = subtype;
    return entity;
  });
  return { entities, local };
}
