/** Reads a small YAML or JSON file (answers file, preset) with errors that name the file and line. */
import { readFile, stat } from 'node:fs/promises';
import { errnoText, UsageError } from '../core/errors.js';
import { shapeProblem } from '../core/shape.js';

/** An answers file or preset is a handful of keys: anything this big is a mistake (or an attack), refused before parsing. */
const MAX_BYTES = 1024 * 1024;

/** The parsed value and the text (for line numbers). `flag` and `what` name it in errors. */
export async function readDataFile(path: string, flag: string, what: string): Promise<{ value: unknown; text: string }> {
  let text: string;
  try {
    // A FIFO, a device or a folder would block or mislead the read: only regular files.
    const s = await stat(path);
    if (!s.isFile()) throw new UsageError([`${flag} ${path}: not a regular file (${s.isDirectory() ? 'a folder' : 'a pipe, socket or device'}); give the path of a YAML or JSON file.`]);
    if (s.size > MAX_BYTES) throw new UsageError([`${flag} ${path}: ${s.size} bytes is far too large for ${what} (at most ${MAX_BYTES}); give the file of answers.`]);
    text = await readFile(path, 'utf8');
  } catch (err) {
    if (err instanceof UsageError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError([`${flag} ${path}: ${code === 'ENOENT' ? 'no such file' : `cannot read it (${errnoText(err)})`}.`]);
  }
  let value: unknown;
  if (/\.json$/i.test(path)) {
    try {
      value = JSON.parse(text);
    } catch (err) {
      throw new UsageError([`${path}: not valid JSON: ${(err as Error).message}.`]);
    }
    const duplicate = duplicateJsonKey(text);
    if (duplicate) throw new UsageError([`${path}:${duplicate.line}: duplicated key "${duplicate.key}"; give each answer once.`]);
  } else {
    // js-yaml: YAML 1.2's core schema (yes/no and dates stay text), duplicate keys an error,
    // and a fifth of the load time of the `yaml` package (~6 ms against ~30 ms).
    const { load, YAMLException } = await import('js-yaml');
    try {
      value = load(text, { filename: path });
    } catch (err) {
      if (!(err instanceof YAMLException)) throw err;
      const at = err.mark ? { line: `:${err.mark.line + 1}`, column: ` (column ${err.mark.column + 1})` } : { line: '', column: '' };
      throw new UsageError([`${path}${at.line}: not valid YAML: ${err.reason}${at.column}.`]);
    }
  }
  const shape = value === null || value === undefined ? undefined : shapeProblem(value);
  if (shape) throw new UsageError([`${path}: ${shape}; ${what} is a small mapping of keys to values.`]);
  return { value, text };
}

/** The first key that appears twice in one JSON object (JSON.parse silently keeps the last). */
export function duplicateJsonKey(text: string): { key: string; line: number } | undefined {
  const scopes: (Set<string> | null)[] = [];
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '{') {
      scopes.push(new Set());
      expectKey = true;
    } else if (ch === '[') scopes.push(null);
    else if (ch === '}' || ch === ']') scopes.pop();
    else if (ch === ',') expectKey = scopes[scopes.length - 1] instanceof Set;
    else if (ch === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      if (expectKey) {
        const key = JSON.parse(text.slice(i, j + 1)) as string;
        const scope = scopes[scopes.length - 1];
        if (scope?.has(key)) return { key, line: text.slice(0, i).split('\n').length };
        scope?.add(key);
        expectKey = false;
      }
      i = j;
    }
  }
  return undefined;
}
