// Tests for the entity stage: types, names, descriptors, coreference and the look-up helpers (invented sentences).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runPipeline } from '../pipeline.js';
import { sentencesStage } from '../sentences/split.js';
import { entitiesStage, entityAt, resolvePronoun, type MentionRef } from './index.js';
import type { AnalysisState } from '../types.js';

function analyze(text: string, headings?: { start: number; end: number }[]): AnalysisState {
  const doc = { id: 'd1', source: 't', contributors: [], text, removed: [], headings };
  return runPipeline(doc, { options: {} }, [sentencesStage, entitiesStage]).state;
}

function find(state: AnalysisState, name: string) {
  return state.entities.find((e) => e.name === name);
}

const TYPES: [string, string, string, string?][] = [
  // [sentence, name, type, subtype]
  ['Ministers met in Oslo on Monday to discuss the budget.', 'Oslo', 'place', 'city'],
  ['The delegation flew to Peru for the talks.', 'Peru', 'place', 'country'],
  ['Officials at the Marlow Transport Agency declined to comment.', 'Marlow Transport Agency', 'organization'],
  ['The Grenfield Workers Party won four seats.', 'Grenfield Workers Party', 'organization'],
  ['She wrote on X that the vote was rigged.', 'X', 'organization', 'platform'],
  ['He repeated the claim in a Truth Social post late on Friday.', 'Truth Social', 'organization', 'platform'],
  ['The figures were first reported by France24 and Reuters.', 'France24', 'organization', 'outlet'],
  ['Farm minister Odile Brankovic said the harvest was poor.', 'Odile Brankovic', 'person'],
  ['Mr. Tavish Mbeki arrived at dawn.', 'Tavish Mbeki', 'person'],
  ['The convoy reached the Kessry Air Base before dark.', 'Kessry Air Base', 'place'],
  ['Talks under the Varn Accord stalled in spring.', 'Varn Accord', 'other'],
  ['Trade resumed across NATO members after the summit.', 'NATO', 'organization'],
  ['A statement from the Ministry of Coastal Affairs said the port would reopen.', 'Ministry of Coastal Affairs', 'organization'],
  ['The Serravian army chief, General Pavo Ilic, visited the front.', 'Pavo Ilic', 'person'],
  ['Fighters loyal to the Brask Front seized the town of Ulmo.', 'Brask Front', 'organization'],
  ['Police in Kessling Bay closed the harbour road.', 'Kessling Bay', 'place'],
  ['The airline ordered ten Corvane C220 jets in May.', 'Corvane C220', 'other', 'product'],
  ['Ministers from Nordavia Airlines and Sedra Airways met on Friday.', 'Sedra Airways', 'organization'],
  ['The chairman of Velto Holdings Inc. Peter Pask resigned.', 'Peter Pask', 'person'],
  ['"The harbour will reopen," said Emma Press, the port manager.', 'Emma Press', 'person'],
  ['Finance Minister of the Netherlands Maria Vos arrived late.', 'Maria Vos', 'person'],
  ['The convoy crossed into Laos at night.', 'Laos', 'place', 'country'],
  ['Officials said German investors had left.', 'Germany', 'place', 'country'],
  ['The reporter told the Courier that the road was shut.', 'Courier', 'organization'],
];

for (const [text, name, type, subtype] of TYPES) {
  test(`entities: "${name}" is a ${type} in "${text.slice(0, 40)}..."`, () => {
    const state = analyze(text);
    const entity = find(state, name);
    assert.ok(entity, `no entity named ${name}; got ${state.entities.map((e) => e.name).join(', ')}`);
    assert.equal(entity.type, type);
    if (subtype) assert.equal(entity.subtype, subtype);
  });
}

const NOT_ENTITIES: [string, string][] = [
  // [sentence, a word that must not be (part of) any entity name]
  ['On Sunday the council met again.', 'Sunday'],
  ['In March the prices rose by a third.', 'March'],
  ['Meanwhile the river kept rising.', 'Meanwhile'],
  ['Asked about the delay, the mayor shrugged.', 'Asked'],
  ['Outlets across the region carried the story.', 'Outlets'],
  ['The X axis shows the rainfall in millimetres.', 'X'],
  ['Generation X voters stayed home.', 'X'],
  ['"THE HARBOUR IS CLOSED FOR GOOD," the sign read.', 'HARBOUR'],
  ['Yesterday Wenna Holt\'s lawyer filed the appeal.', "Holt's"],
  ['Wenna Holt’s lawyer filed the appeal.', 'Holt’s'],
  ['"We will rebuild," said the mayor.', 'We'],
  ['The fund paid AU$ 40 million to the town.', 'AU'],
  ['Fire crews arrived at dawn. The fire burned for hours.', 'Fire'],
  ['The rally ended at 18:00 UTC.', 'UTC'],
];

for (const [text, word] of NOT_ENTITIES) {
  test(`entities: "${word}" is not an entity in "${text.slice(0, 40)}..."`, () => {
    const state = analyze(text);
    for (const entity of state.entities) {
      for (const mention of entity.mentions) assert.ok(!mention.text.split(/\s+/).includes(word), `${word} found in ${mention.text}`);
    }
  });
}

test('entities: a nationality adjective is a mention of its country, the fullest name stays the country', () => {
  const text = 'Norwegian officials met in Oslo. Norway later denied it.';
  const state = analyze(text);
  const norway = find(state, 'Norway');
  assert.ok(norway, state.entities.map((e) => e.name).join(', '));
  assert.deepEqual(norway.mentions.map((m) => [m.text, m.link]), [['Norwegian', 'partial'], ['Norway', 'explicit']]);
});

test('entities: the descriptor of a title with "of the" keeps the place', () => {
  const state = analyze('President of the United States Ji-ho Seon spoke.');
  const entity = find(state, 'Ji-ho Seon');
  assert.ok(entity, state.entities.map((e) => `${e.name}:${e.type}`).join(', '));
  assert.equal(entity.type, 'person');
  assert.deepEqual(entity.descriptors.map((d) => d.text), ['President of the United States']);
});

test('entities: possessives and punctuation never leak into names', () => {
  const text = 'Wenna Holt’s lawyer met Dario Venn\'s team. Later she called Venn.';
  const state = analyze(text);
  assert.ok(find(state, 'Wenna Holt'));
  const venn = find(state, 'Dario Venn');
  assert.ok(venn);
  assert.deepEqual(venn.mentions.map((m) => [m.text, m.link]), [['Dario Venn', 'explicit'], ['Venn', 'surname']]);
  for (const e of state.entities) for (const m of e.mentions) assert.equal(m.text, text.slice(m.start, m.end));
});

test('entities: the fullest name wins and acronyms join their organization', () => {
  const state = analyze('The story was first carried by AP. The Associated Press later corrected it.');
  const ap = state.entities.filter((e) => e.subtype === 'outlet');
  assert.equal(ap.length, 1);
  assert.equal(ap[0].name, 'Associated Press');
  assert.equal(ap[0].mentions.length, 2);
});

const DESCRIPTORS: [string, string, string[]][] = [
  ['Serravian deputy spokesperson Lina Orsk denied the report.', 'Lina Orsk', ['Serravian deputy spokesperson']],
  ['Harbour Authority chief Tomas Fell said the quay was safe.', 'Tomas Fell', ['Harbour Authority chief']],
  ['Later, the head of security at the Vell Port Company, Ansel Drey, resigned.', 'Ansel Drey', ['the head of security at the Vell Port Company']],
  ['The report was signed by Mara Quist, the agency\'s chief inspector, on Friday.', 'Mara Quist', ["the agency's chief inspector"]],
  ['Ruritanian President Olek Varga spoke first.', 'Olek Varga', ['Ruritanian President']],
];

for (const [text, name, expected] of DESCRIPTORS) {
  test(`entities: descriptors of ${name}`, () => {
    const state = analyze(text);
    const entity = find(state, name);
    assert.ok(entity, `no ${name}: ${state.entities.map((e) => e.name).join(', ')}`);
    assert.deepEqual(entity.descriptors.map((d) => d.text), expected);
    for (const d of entity.descriptors) assert.equal(d.span?.text, d.text);
  });
}

test('entities: two people sharing a surname keep their own mentions (nearest antecedent)', () => {
  const text = [
    'Harbour spokesperson Ilse Dunmor said the ferry would sail.',
    'Dunmor added that tickets were sold out.',
    'Navy commander Piet Dunmor said the ferry would stay in port.',
    'Dunmor said the storm was too strong.',
  ].join(' ');
  const state = analyze(text);
  const ilse = find(state, 'Ilse Dunmor');
  const piet = find(state, 'Piet Dunmor');
  assert.ok(ilse && piet);
  assert.deepEqual(ilse.mentions.map((m) => [m.start, m.link]), [[text.indexOf('Ilse'), 'explicit'], [text.indexOf('Dunmor added'), 'surname']]);
  assert.deepEqual(piet.mentions.map((m) => [m.start, m.link]), [[text.indexOf('Piet'), 'explicit'], [text.indexOf('Dunmor said the storm'), 'surname']]);
});

test('entities: a role before a shared surname picks the person with that role', () => {
  const text = [
    'Harbour spokesperson Ilse Dunmor said the ferry would sail.',
    'Navy commander Piet Dunmor said the ferry would stay in port.',
    'The harbour spokesperson Dunmor later disagreed.',
  ].join(' ');
  const state = analyze(text);
  const ilse = find(state, 'Ilse Dunmor');
  assert.ok(ilse);
  assert.ok(ilse.mentions.some((m) => m.start === text.lastIndexOf('Dunmor')), 'the last Dunmor goes to the spokesperson');
});

test('entities: an honorific\'s gender picks between people sharing a surname', () => {
  const text = 'Navy commander Piet Dunmor met harbour spokeswoman Ilse Dunmor. Later Mr. Dunmor left.';
  const state = analyze(text);
  const piet = find(state, 'Piet Dunmor');
  assert.ok(piet?.mentions.some((m) => m.start === text.lastIndexOf('Dunmor') && m.link === 'surname'));
});

test('entities: definite descriptions link to the person with that role', () => {
  const text = 'Port minister Halvard Ense, 64, opened the quay. The minister said it had cost too much. The weather was fine.';
  const state = analyze(text);
  const ense = find(state, 'Halvard Ense');
  assert.ok(ense);
  const description = ense.mentions.find((m) => m.link === 'description');
  assert.equal(description?.text, 'The minister');
});

test('entities: headings add no entities of their own', () => {
  const text = 'Questions Over Inspections\nThe inspectors of the Vell Safety Board visited in May.';
  const state = analyze(text, [{ start: 0, end: 26 }]);
  assert.ok(!state.entities.some((e) => e.mentions.some((m) => m.start < 26)), state.entities.map((e) => e.name).join(', '));
  assert.ok(find(state, 'Vell Safety Board'));
});

test('entities: ids, order and mention refs follow the contract', () => {
  const text = 'Anna Voss met officials in Lisbon. Voss then flew to Oslo with Brin Tal.';
  const state = analyze(text);
  state.entities.forEach((e, i) => assert.equal(e.id, `d1-e${i + 1}`));
  const firsts = state.entities.map((e) => e.mentions[0].start);
  assert.deepEqual(firsts, [...firsts].sort((a, b) => a - b));
  const refs = state.notes.mentions as MentionRef[];
  assert.deepEqual(refs.map((r) => r.start), [...refs.map((r) => r.start)].sort((a, b) => a - b));
  assert.equal(refs.length, state.entities.reduce((n, e) => n + e.mentions.length, 0));
  const at = entityAt(state, text.indexOf('Voss then'), text.indexOf('Voss then') + 4);
  assert.equal(at?.entity, find(state, 'Anna Voss')?.id);
  assert.equal(at?.link, 'surname');
  assert.equal(entityAt(state, 0, 0), undefined);
  assert.equal(entityAt(state, text.indexOf('officials'), text.indexOf('officials') + 9), undefined);
});

test('entities: resolvePronoun returns the latest compatible person', () => {
  const text = 'Mrs. Edda Rook met Mr. Colm Hale in Lisbon. He said the deal was done.';
  const state = analyze(text);
  const he = text.indexOf('He said');
  assert.equal(resolvePronoun(state, he, 'male')?.name, 'Colm Hale');
  assert.equal(resolvePronoun(state, he, 'female')?.name, 'Edda Rook');
  assert.equal(resolvePronoun(state, 0), undefined);
});

test('entities: long capitalised sequences stay linear and do not throw', () => {
  const text = `${'Mr Tam Inc. Vale '.repeat(3000)}said so.`;
  const state = analyze(text);
  assert.equal(state.diagnostics.length, 0, JSON.stringify(state.diagnostics.slice(0, 1)));
});

test('entities: odd input never throws', () => {
  for (const text of ['', ' ', '...', 'X', '\u2019s', 'A B C D E F G', '"', 'The The The']) {
    const state = analyze(text);
    assert.equal(state.diagnostics.length, 0, `${JSON.stringify(text)}: ${JSON.stringify(state.diagnostics)}`);
  }
});
