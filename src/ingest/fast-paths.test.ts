// ingest: the char-code fast paths (segments, blank-line groups, trailing spaces) do what their regexes did.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { classifySegment, splitSegments } from './boilerplate.js';
import { splitTextBlocks } from './blocks.js';
import { normalizeText } from './text.js';

/** The regex definitions the fast paths replace. */
const SEGMENT_BREAK = /([.!?\u2026]["\u201d\u2019)]?)\s+(?=["\u201c\u2018(\[A-Z])/g;
function referenceSegments(line: string): string[] {
  const out: string[] = [];
  let last = 0;
  SEGMENT_BREAK.lastIndex = 0;
  for (let m = SEGMENT_BREAK.exec(line); m; m = SEGMENT_BREAK.exec(line)) {
    out.push(line.slice(last, m.index + m[1].length));
    last = m.index + m[0].length;
  }
  if (last < line.length) out.push(line.slice(last));
  return out.filter((s) => s.trim() !== '');
}
function referenceNormalize(raw: string): string {
  return raw.replace(/\r\n?|[\u2028\u2029]/g, '\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .split('\n').map((line) => line.trimEnd()).join('\n')
    .replace(/\n{3,}/g, '\n\n').trim();
}

/** Invented pieces: terminal marks, closers, openers, spaces of every kind, credits and prose. */
const PIECES = ['. ', '.\u201d ', '! \u201c', '? (', '\u2026 [', '.) A', '.\u2019  B', '.\t\u00a0C', '.a', '. a', '\n', '\n\n', ' \t\n', '\r\n',
  '\u2028', '\u00a0', '\u3000', ' ', '\t', 'The ferry left.', ' Ona Brakk said so', ' (AP Photo/Ona Brakk)', ' Vellmark Images via Getty', ' ISTOCKPHOTO).',
  ' Reuters/Ona', '/', 'x', '\u00e9', '\ud83d\ude00'];
const TEXT = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((parts) => parts.join(''));

test('ingest: splitSegments splits where the segment-break regex does', () => {
  const cases: [string, string[]][] = [
    ['One. Two! "Three?" Four', ['One.', 'Two!', '"Three?"', 'Four']],
    ['Mr. smith left. (Then) more.', ['Mr. smith left.', '(Then) more.']],
    ['No break.here', ['No break.here']],
    ['   ', []],
  ];
  for (const [line, want] of cases) assert.deepEqual(splitSegments(line), want, line);
  fc.assert(fc.property(TEXT, (line) => assert.deepEqual(splitSegments(line), referenceSegments(line))), { numRuns: 3000 });
});

test('ingest: splitTextBlocks groups on blank lines as /\\n[ \\t]*\\n/ did', () => {
  fc.assert(fc.property(TEXT, (text) => {
    const groups = text.split(/\n[ \t]*\n/).map((g) => g.split('\n').map((l) => l.trim()).filter((l) => l !== '')).filter((g) => g.length > 0);
    assert.equal(splitTextBlocks(text).length >= groups.length, true);
    assert.deepEqual(splitTextBlocks(text).filter((b) => b.gap === '\n\n').length, groups.length);
  }), { numRuns: 2000 });
});

test('ingest: normalizeText equals the line-by-line definition, with or without trailing spaces', () => {
  for (const raw of ['a  \nb', 'a\n\u00a0\n\n\nb ', 'a\nb', '\n\na\u3000\n', '']) assert.equal(normalizeText(raw), referenceNormalize(raw), JSON.stringify(raw));
  fc.assert(fc.property(TEXT, (raw) => assert.equal(normalizeText(raw), referenceNormalize(raw))), { numRuns: 3000 });
});

test('ingest: photo credits ending in an agency name are still found behind the cheap gate', () => {
  const cases: [string, string | undefined][] = [
    ['Ona Brakk/Getty Images', 'photo-credit'],
    ['(Ona Brakk via Getty).', 'photo-credit'],
    ['A harbour view. ISTOCKPHOTO', 'photo-credit'],
    ['Harbour at dawn, Istockphotos', undefined],
    ['Harbour at dawn ISTOCKPHOTO', 'photo-credit'],
    ['AP Photo/Ona Brakk, File', 'photo-credit'],
    ['The ferry left at noon.', undefined],
  ];
  for (const [segment, want] of cases) assert.equal(classifySegment(segment), want, segment);
});
