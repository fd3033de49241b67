/**
 * Quoting user values for HCL. Every value that comes from an answer passes through
 * here on its way into a template: quotes, backslashes, template sequences (`${`, `%{`)
 * and control characters are escaped so the value reads back as the original text.
 */

export function hclString(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    const next = value[i + 1];
    if (ch === '\\') out += '\\\\';
    else if (ch === '"') out += '\\"';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if ((ch === '$' || ch === '%') && next === '{') {
      // `$${` and `%%{` are HCL's escapes for a literal `${` / `%{`.
      out += ch + ch + '{';
      i++;
    } else {
      const code = ch.charCodeAt(0);
      out += code < 0x20 || code === 0x7f ? `\\u${code.toString(16).padStart(4, '0')}` : ch;
    }
  }
  return `"${out}"`;
}

/** Any JSON-like value as an HCL literal (strings quoted, lists and maps one item a line). */
export function hclValue(value: unknown, indent = ''): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return hclString(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[${value.map((v) => hclValue(v, indent)).join(', ')}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return '{}';
  const inner = indent + '  ';
  const width = Math.max(...entries.map(([k]) => hclKey(k).length));
  const lines = entries.map(([k, v]) => `${inner}${hclKey(k).padEnd(width)} = ${hclValue(v, inner)}`);
  return `{\n${lines.join('\n')}\n${indent}}`;
}

function hclKey(k: string): string {
  return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(k) ? k : hclString(k);
}

/** Text for a `#` comment: one line, no control characters. */
export function hclComment(value: string): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  return value.replace(/[\r\n\t]+/g, ' ').replace(/[\u0000-\u001f\u007f]/g, '');
}
