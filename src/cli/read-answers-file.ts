/** Reads an --answers file (JSON or YAML), or a --from folder's manifest, into raw key/values; errors name the file. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError } from '../core/errors.js';
import { questionById } from '../catalog/questions.js';
import type { Answers } from '../core/types.js';
import { MANIFEST } from '../plan/plan.js';

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

/**
 * --from <dir>: the answers recorded in the manifest a previous run wrote into <dir>, keyed
 * by flag name like an answers file (the manifest stores question ids).
 */
export async function readManifestAnswers(dir: string): Promise<{ label: string; values: Record<string, unknown>; version?: string }> {
  const label = join(dir, MANIFEST);
  let manifest: { tool?: string; version?: string; answers?: Record<string, unknown> };
  try {
    manifest = JSON.parse(await readFile(label, 'utf8'));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError([
      code === 'ENOENT'
        ? `--from ${dir}: no ${MANIFEST} there; --from takes a folder this tool wrote (its root module).`
        : `--from ${dir}: ${MANIFEST} is not readable JSON (${code ?? (err as Error).message}); restore it from version control, or answer with flags or --answers.`,
    ]);
  }
  if (manifest.tool !== 'create-api-endpoint' || typeof manifest.answers !== 'object' || manifest.answers === null)
    throw new UsageError([`--from ${dir}: ${MANIFEST} was not written by create-api-endpoint (no "answers" recorded).`]);
  // Unknown ids pass through under their own name, so the answer check names them.
  const values = Object.fromEntries(Object.entries(manifest.answers).map(([id, v]) => [questionById.get(id as keyof Answers)?.flag ?? id, v]));
  return { label, values, version: manifest.version };
}
