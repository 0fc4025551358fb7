// The document model: everything that passes between stages.
export * from './span.js';
export * from './document.js';
export * from './report.js';
export * from './errors.js';
export * from './chars.js';
