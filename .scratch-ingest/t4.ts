import { DOMParser } from 'linkedom';
import { Readability } from '@mozilla/readability';
const P1 = 'Ferry fares in Ostrava Bay will rise by four percent next spring, the port authority said on Monday, citing fuel costs.';
const html = `<!DOCTYPE html><html><head><title>Fares rise | Ostrava Post</title></head><body><article><h1>Ferry fares to rise</h1><p>${P1}</p><p>${P1}</p><h2>What riders say</h2><p>${P1}</p></article></body></html>`;
const d = new DOMParser().parseFromString(html, 'text/html');
console.log(new Readability(d as never).parse()?.content);
