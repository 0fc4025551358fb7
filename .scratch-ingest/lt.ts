import { scanHtml } from '../src/ingest/html-scan.ts';
import { DOMParser } from 'linkedom';
import { Readability } from '@mozilla/readability';
const n = Number(process.argv[2]);
const html = '<html><body><p>' + '<'.repeat(n) + '</p></body></html>';
let t = performance.now();
const s = scanHtml(html); console.log('scan', Math.round(performance.now() - t)); t = performance.now();
const d = new DOMParser().parseFromString(s.html, 'text/html'); console.log('parse', Math.round(performance.now() - t)); t = performance.now();
const a = new Readability(d as never).parse(); console.log('readability', Math.round(performance.now() - t), a?.content?.length);
