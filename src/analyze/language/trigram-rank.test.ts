// language: rankLanguages gives exactly franc-min's francAll list (same languages, order and scores), only faster.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { francAll } from 'franc-min';
import { rankLanguages } from './trigram-rank.js';

// Invented sentences, written for this test.
const TEXTS = [
  'The ferry council of Dunmere met on Thursday and agreed to repaint the north pier before the summer fair opens.',
  'Le conseil de Dunmere a décidé jeudi de repeindre la jetée nord avant l’ouverture de la foire d’été.',
  'Der Rat von Dunmere hat am Donnerstag beschlossen, den Nordpier vor dem Sommerfest neu zu streichen.',
  'El consejo de Dunmere decidió el jueves pintar de nuevo el muelle norte antes de la feria de verano.',
  'Совет Данмира в четверг решил перекрасить северный причал до начала летней ярмарки.',
  'دنمیر کی کونسل نے جمعرات کو فیصلہ کیا کہ گرمیوں کے میلے سے پہلے شمالی گھاٹ کو دوبارہ رنگا جائے۔',
  '丹米尔议会周四决定在夏季集市开幕前重新粉刷北码头。',
  'Ο δήμος του Ντάνμιρ αποφάσισε την Πέμπτη να βάψει ξανά τη βόρεια προβλήτα.',
  '', 'short', '12345 67890 !!', '   \n\n\t  ', '😀😀😀😀😀😀😀😀😀😀😀😀', 'constructor __proto__ toString valueOf',
];

/** A deterministic mix of letters from several scripts, digits, punctuation and spaces. */
function randomTexts(count: number): string[] {
  const alphabet = 'abcdefghij klmnop éöñßç жбв ب ت 字 .,!?0123\n\t\uD801\uDF80';
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    let text = '';
    const length = Math.floor(next() * 300);
    for (let i = 0; i < length; i++) text += alphabet[Math.floor(next() * alphabet.length)];
    out.push(text);
  }
  return out;
}

test('language: rankLanguages equals francAll on invented texts in several scripts and on odd input', () => {
  for (const text of TEXTS) assert.deepEqual(rankLanguages(text, 10), francAll(text, { minLength: 10 }), text);
});

test('language: rankLanguages equals francAll on long text (cut at 2048) and on random mixes', () => {
  const long = TEXTS.slice(0, 4).join(' ').repeat(40);
  assert.deepEqual(rankLanguages(long, 10), francAll(long, { minLength: 10 }));
  for (const text of randomTexts(400)) assert.deepEqual(rankLanguages(text, 10), francAll(text, { minLength: 10 }), JSON.stringify(text));
});
