// HTML escaping for the report page: a tagged template that escapes every interpolated value by default.

const HTML_SPECIAL = /[&<>"']/g;
const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML text and for double- or single-quoted attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(HTML_SPECIAL, (ch) => HTML_ENTITIES[ch]);
}

/** Markup that is already safe: only `html` templates and the renderer's own constants produce it. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string { return this.value; }
}

type Value = SafeHtml | string | number | boolean | null | undefined | readonly Value[];

function part(value: Value): string {
  if (value === null || value === undefined || value === false || value === true) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(part).join('');
  return escapeHtml(String(value));
}

/** `html\`<p class="x">${text}</p>\``: every interpolation is escaped unless it is SafeHtml (a nested template). */
export function html(strings: TemplateStringsArray, ...values: Value[]): SafeHtml {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += part(values[i]) + strings[i + 1];
  return new SafeHtml(out);
}

const JSON_UNSAFE = /[<>&\u2028\u2029]/g;

/**
 * JSON for a `<script type="application/json">` block: `<`, `>`, `&` and the JS line separators are written
 * as \u escapes (they can only occur inside JSON strings, where the escape means the same character), so no
 * `</script>` or `<!--` can end or alter the block.
 */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data).replace(JSON_UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
