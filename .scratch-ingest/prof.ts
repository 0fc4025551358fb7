import { textDraft, normalizeText, cleanBlocks } from '../src/ingest/text.ts';
import { splitTextBlocks } from '../src/ingest/blocks.ts';
const P = 'The Vellmark harbour council on Tuesday approved a budget of 40 million crowns for two new ferries. "It is done," she said.\n\nWhat next\n\n';
const raw = P.repeat(Math.floor(4 * 1048576 / P.length));
let t = performance.now();
const n = normalizeText(raw); console.log('normalize', Math.round(performance.now() - t)); t = performance.now();
const b = splitTextBlocks(n); console.log('split', Math.round(performance.now() - t), b.length); t = performance.now();
const d = cleanBlocks(b, 'x', 'text'); console.log('clean', Math.round(performance.now() - t), d.headings?.length); t = performance.now();
for (let k = 0; k < 4; k++) { const b2 = splitTextBlocks(n); t = performance.now(); cleanBlocks(b2, 'x', 'text'); console.log('clean', Math.round(performance.now() - t)); }
