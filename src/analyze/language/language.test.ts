// language: detection of non-English input, the diagnostic it raises, and the pipeline stopping before English-only stages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { detectLanguage, sampleText, MIN_LETTERS } from './detect.js';
import { runPipeline } from '../pipeline.js';
import { languageNotices } from './index.js';
import type { Doc } from '../../model/index.js';

// Invented sentences about an invented town, written for these tests.
const ENGLISH = 'The council of Marrowby voted on Tuesday to close the old ferry landing, saying repair costs had doubled since last spring. Harbour master Edda Pell said the boats would move to the north quay by June.';
const ROWS: [string, string, string][] = [
  ['German', 'deu', 'Der Gemeinderat von Marrowby hat am Dienstag beschlossen, den alten Fähranleger zu schließen, weil sich die Reparaturkosten seit dem letzten Frühjahr verdoppelt haben. Die Boote sollen im Juni an den Nordkai umziehen.'],
  ['French', 'fra', 'Le conseil municipal de Marrowby a voté mardi la fermeture de l’ancien embarcadère, en expliquant que les coûts de réparation avaient doublé depuis le printemps dernier. Les bateaux iront au quai nord en juin.'],
  ['Spanish', 'spa', 'El ayuntamiento de Marrowby votó el martes cerrar el viejo embarcadero, porque los costes de reparación se han duplicado desde la primavera pasada. Los barcos se trasladarán al muelle norte en junio.'],
  ['Urdu', 'urd', 'مارو بی کی کونسل نے منگل کو پرانی کشتی گھاٹ بند کرنے کے حق میں ووٹ دیا، اور کہا کہ مرمت کے اخراجات پچھلے موسم بہار سے دوگنا ہو گئے ہیں۔ کشتیاں جون تک شمالی گھاٹ پر منتقل ہو جائیں گی۔'],
  ['Russian', 'rus', 'Городской совет Марроуби во вторник проголосовал за закрытие старой паромной пристани, сославшись на то, что расходы на ремонт удвоились с прошлой весны. Лодки переедут к северному причалу в июне.'],
  ['Chinese', 'cmn', '马洛比市议会周二投票决定关闭旧渡口，理由是维修费用自去年春天以来已经翻了一番。港务长表示，船只将在六月前迁往北码头。居民们说他们会提出上诉，并要求重新评估这个决定的理由。'],
];

test('language: English text is English', () => {
  const guess = detectLanguage(ENGLISH);
  assert.equal(guess.code, 'eng');
  assert.equal(guess.english, true);
});

for (const [name, code, text] of ROWS) {
  test(`language: ${name} is detected and named`, () => {
    const guess = detectLanguage(text);
    assert.equal(guess.code, code);
    assert.equal(guess.name, name);
    assert.equal(guess.english, false);
  });
}

test('language: short text is unknown and counts as English (no wild guesses)', () => {
  for (const text of ['Merci beaucoup.', 'Guten Tag, Frau Pell.', 'شکریہ', '', '12:30 — 4-2']) {
    const guess = detectLanguage(text);
    assert.equal(guess.code, 'und', text);
    assert.equal(guess.english, true, text);
  }
});

test('language: English with foreign names and a short foreign quote stays English', () => {
  const text = `${ENGLISH} "C'est fini," said Jean-Luc Moreau of Saint-Étienne, as Grzegorz Wójcik and Siobhán Ní Bhriain looked on. ${ENGLISH}`;
  assert.equal(detectLanguage(text).english, true);
});

test('language: a long text is sampled, so detection stays bounded', () => {
  const long = ENGLISH.repeat(20_000);
  const sample = sampleText(long);
  assert.ok(sample.length <= 3100);
  const started = performance.now();
  assert.equal(detectLanguage(long).english, true);
  assert.ok(performance.now() - started < 2000);
  assert.ok(MIN_LETTERS >= 50);
});

test('language: sampling never splits a surrogate pair', () => {
  const text = '😀'.repeat(5000);
  const sample = sampleText(text);
  assert.equal(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(sample), false);
});

function doc(text: string): Doc {
  return { id: 'd1', source: 'invented.txt', text, contributors: [], removed: [] } as unknown as Doc;
}

test('language: pipeline reports non-English input and skips the English-only stages', () => {
  const { doc: analyzed } = runPipeline(doc(ROWS[3][2]), { options: {} });
  assert.equal(analyzed.language, 'urd');
  assert.deepEqual(analyzed.diagnostics?.map((d) => d.message), ['not analyzed: language looks like Urdu']);
  assert.equal(analyzed.sentences.length, 0);
  assert.equal(analyzed.entities.length, 0);
  assert.equal(analyzed.quotes.length, 0);
});

test('language: pipeline analyzes English input as before', () => {
  const { doc: analyzed } = runPipeline(doc(ENGLISH), { options: {} });
  assert.equal(analyzed.language, 'eng');
  assert.ok(analyzed.sentences.length >= 2);
  assert.equal(analyzed.diagnostics?.some((d) => d.rule === 'language') ?? false, false);
});

test('language: notices name each unanalyzed document once, in one line', () => {
  const { doc: urdu } = runPipeline(doc(ROWS[3][2]), { options: {} });
  const { doc: english } = runPipeline(doc(ENGLISH), { options: {} });
  assert.deepEqual(languageNotices([english, urdu]), ['invented.txt: not analyzed: language looks like Urdu']);
});

const SEEDS = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'seeds');
const EXAMPLES = join(import.meta.dirname, '..', '..', '..', 'examples');

test('language: real English news (the seeds) and the invented examples are English', { skip: existsSync(SEEDS) ? false : 'needs ../shared/seeds' }, () => {
  const files = [...readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => join(SEEDS, f)), ...readdirSync(EXAMPLES).filter((f) => f.endsWith('.txt')).map((f) => join(EXAMPLES, f))];
  assert.ok(files.length >= 2);
  for (const file of files) assert.equal(detectLanguage(readFileSync(file, 'utf8')).code, 'eng', file);
});

// News-length paragraphs (600-750 characters) in Latin-script languages once scored close enough to English to pass
// the trigram floor; the share of English function words now decides (invented texts).
const NEWS_LENGTH: [string, string][] = [
  ['spa', 'El ayuntamiento de Marrowby aprobó el martes un nuevo presupuesto para reparar el puente del puerto, que lleva cerrado desde el invierno pasado. Según la alcaldesa, las obras comenzarán en primavera y durarán al menos seis meses. Los vecinos del barrio antiguo se quejan de que los transbordadores no bastan para cruzar el río en hora punta, y piden más frecuencias. La oposición critica que el coste se haya duplicado desde el primer proyecto, presentado hace dos años, y exige una auditoría independiente antes de firmar cualquier contrato nuevo con la constructora.'],
  ['nld', 'De gemeenteraad van Marrowby heeft dinsdag een nieuwe begroting goedgekeurd voor de reparatie van de havenbrug, die sinds vorige winter gesloten is. Volgens de burgemeester beginnen de werkzaamheden in het voorjaar en duren ze minstens zes maanden. Bewoners van de oude wijk klagen dat de veerboten niet volstaan om in de spits de rivier over te steken, en vragen om meer afvaarten. De oppositie vindt het onaanvaardbaar dat de kosten sinds het eerste plan zijn verdubbeld en eist een onafhankelijke controle voordat er een nieuw contract met de aannemer wordt getekend.'],
];

test('language: news-length paragraphs in other Latin-script languages are not taken for English', () => {
  for (const [code, text] of NEWS_LENGTH) {
    const guess = detectLanguage(text);
    assert.equal(guess.english, false, `${code}: ${JSON.stringify(guess)}`);
    assert.equal(guess.code, code);
  }
});
