// The JSON body parser: JSON.parse, then a refusal of "__proto__" and "constructor.prototype" keys anywhere (400 E_PROTO).
import { ApiError } from './errors.js';

/**
 * Finds a prototype-poisoning key in parsed JSON. JSON.parse makes "__proto__" an own property (it does not set
 * the prototype), but code that later merges or copies the object would; so such bodies are refused outright,
 * whatever escapes spelled the key. Iterative, so deep nesting cannot overflow the stack.
 */
export function poisonedKey(value: unknown): string | undefined {
  const stack: unknown[] = [value];
  while (stack.length) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      for (const item of node) if (item !== null && typeof item === 'object') stack.push(item);
      continue;
    }
    for (const key of Object.keys(node)) {
      const child = (node as Record<string, unknown>)[key];
      if (key === '__proto__') return '__proto__';
      if (key === 'constructor' && child !== null && typeof child === 'object' && Object.hasOwn(child, 'prototype')) return 'constructor.prototype';
      if (child !== null && typeof child === 'object') stack.push(child);
    }
  }
  return undefined;
}

/** Parses a JSON request body or throws the catalog's error (E_BAD_JSON, E_PROTO). */
export function parseJsonBody(body: string): unknown {
  if (body.trim() === '') throw new ApiError('E_BAD_JSON', 'the JSON body is empty');
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    throw new ApiError('E_BAD_JSON', `the body is not valid JSON (${(error as Error).message.slice(0, 120)})`);
  }
  const key = poisonedKey(value);
  if (key) throw new ApiError('E_PROTO', `the body has a "${key}" key, which is refused`);
  return value;
}
