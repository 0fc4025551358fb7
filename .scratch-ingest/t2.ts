import { htmlDraft } from '../src/ingest/html.ts';
import { scanHtml } from '../src/ingest/html-scan.ts';
import { DOMParser } from 'linkedom';
const h = '<p>Ferry fares in Ostrava Bay will rise by four percent next spring, the port authority said.</p>';
console.log(scanHtml(h));
const d = new DOMParser().parseFromString(h, 'text/html');
console.log(d.body, d.documentElement?.outerHTML);
console.log(htmlDraft(h, 'x'));
