// The founding articles through the full pipeline: every direct quote with its full span and speaker, partial quotes with theirs, terms as terms.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runPipeline } from '../pipeline.js';

const SEEDS = join(import.meta.dirname, '../../../../shared/seeds');

/** A fingerprint of a span's text (length and djb2 hash), so the test checks full spans without copying the articles. */
function fingerprint(text: string): string {
  let h = 5381;
  for (let i = 0; i < text.length; i++) h = ((h * 33) ^ text.charCodeAt(i)) >>> 0;
  return `${text.length}:${h.toString(16)}`;
}

type Row = [kind: 'direct' | 'partial' | 'term' | 'reported', speaker: string | null, span: string, how?: string];

/** Expected quotes, read by hand from the articles (speaker names; spans as fingerprints). */
const EXPECTED: Record<string, Row[]> = {
  '000_ab2f0edce1e6a047.txt': [
    ['partial', 'Hamdullah Fitrat', '23:3e1f9b05'],
    ['reported', 'Hamdullah Fitrat', '196:a7d8313b'],
    ['direct', 'Hamdullah Fitrat', '235:ab0f8ff1', 'pronoun'],
    ['reported', 'Hamdullah Fitrat', '54:ca6f180b', 'pronoun'],
    ['partial', 'Fasihuddin Fitrat', '12:eb1ef283'],
    ['partial', 'Fasihuddin Fitrat', '21:82bea653'],
    ['term', null, '5:b0560cb'],
    ['partial', 'Fasihuddin Fitrat', '11:8cb5bf32'],
    ['partial', 'Fasihuddin Fitrat', '14:290c3980'],
    ['direct', 'Fasihuddin Fitrat', '199:b6385c2b', 'pronoun'],
    ['direct', 'Zakir Jalaly', '190:b6993049'],
    ['direct', 'Donald Trump', '193:cde44871'],
    ['partial', 'Donald Trump', '10:3db4cd'],
    ['direct', 'Donald Trump', '132:e3657831'],
    ['partial', 'Donald Trump', '18:8f0eccf5'],
  ],
  '001_2d62b04392c8a2c0.txt': [
    ['partial', 'Trump', '32:eba07700'],
    ['direct', 'Trump', '24:bfab699a', 'pronoun'],
    ['direct', 'Trump', '116:7a88be2b', 'adjacent'],
    ['partial', 'Zabihullah Mujahid', '23:3e1f9b05'],
    ['reported', 'Zabihullah Mujahid', '167:35d3ab72', 'pronoun'],
    ['direct', 'Zabihullah Mujahid', '235:ab0f8ff1'],
    ['reported', 'Zabihullah Mujahid', '53:ee3bf41e', 'pronoun'],
    ['direct', 'Fasihuddin Fitrat', '79:272b6bd5', 'pronoun'],
    ['direct', 'Trump', '60:36e4d18e'],
  ],
};

for (const [file, rows] of Object.entries(EXPECTED)) {
  const path = join(SEEDS, file);
  test(`quotes: founding article ${file}`, { skip: existsSync(path) ? false : 'needs ../shared/seeds' }, () => {
    const text = readFileSync(path, 'utf8');
    const { doc } = runPipeline({ id: 'd1', source: file, contributors: [], text, removed: [] }, { options: {} });
    const quotes = doc.quotes.map((q) => ({ ...q, print: fingerprint(q.span.text) }));
    const names = new Map(doc.entities.map((e) => [e.id, e.name]));
    const show = (q: (typeof quotes)[number]) => `${q.kind} ${q.print} ${q.speakerName ?? '-'} ${q.attribution ?? ''} @${q.span.start}`;
    for (const [kind, speaker, print, how] of rows) {
      const q = quotes.find((x) => x.kind === kind && x.print === print);
      assert.ok(q, `${kind} ${print} not found among:\n${quotes.map(show).join('\n')}`);
      if (speaker === null) assert.equal(q.speaker, undefined);
      else assert.equal(q.speaker && names.get(q.speaker), speaker, `speaker of ${show(q)}`);
      if (how) assert.equal(q.attribution, how, `attribution of ${show(q)}`);
    }
    // No direct quote beyond the expected ones (headings, terms and titles are no quotes).
    const direct = new Set(rows.filter((r) => r[0] === 'direct').map((r) => r[2]));
    assert.deepEqual(quotes.filter((q) => q.kind === 'direct' && !direct.has(q.print)).map(show), []);
    for (const q of doc.quotes) assert.equal(text.slice(q.span.start, q.span.end), q.span.text);
    // Every speaker pronoun is now a mention of its speaker.
    for (const q of doc.quotes.filter((x) => x.attribution === 'pronoun')) {
      const entity = doc.entities.find((e) => e.id === q.speaker);
      assert.ok(entity?.mentions.some((m) => m.link === 'pronoun'), `pronoun mention on ${entity?.name}`);
    }
  });
}
