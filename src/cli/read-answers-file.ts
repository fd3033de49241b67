/** Reads an --answers file (JSON or YAML) into raw key/values; errors name the file and line. */
import { readFile } from 'node:fs/promises';
import { UsageError } from '../core/errors.js';

export async function readAnswersFile(path: string): Promise<Record<string, unknown>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError([`--answers ${path}: ${code === 'ENOENT' ? 'no such file' : `cannot read it (${code ?? (err as Error).message})`}.`]);
  }
  let value: unknown;
  if (/\.json$/i.test(path)) {
    try {
      value = JSON.parse(text);
    } catch (err) {
      throw new UsageError([`${path}: not valid JSON: ${(err as Error).message}.`]);
    }
  } else {
    const mod = await import('yaml');
    // Bundled, the CommonJS build of yaml arrives as a default export.
    const parseDocument = mod.parseDocument ?? (mod as unknown as { default: typeof mod }).default.parseDocument;
    const doc = parseDocument(text, { prettyErrors: false });
    if (doc.errors.length) {
      const e = doc.errors[0]!;
      const line = e.linePos?.[0]?.line;
      throw new UsageError([`${path}${line ? `:${line}` : ''}: not valid YAML: ${e.message.split('\n')[0]}.`]);
    }
    value = doc.toJS();
  }
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value))
    throw new UsageError([`${path}: must hold a mapping of question keys to values (e.g. clients: internal), not ${Array.isArray(value) ? 'a list' : typeof value}.`]);
  return value as Record<string, unknown>;
}
