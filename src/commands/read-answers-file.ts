/** Reads an --answers file (JSON or YAML), or a --from folder's manifest, into raw key/values; errors name the file. */
import { resolve as resolvePath } from 'node:path';
import { join } from 'node:path';
import { UsageError } from '../core/errors.js';
import { readDataFile } from '../app/read-data-file.js';
import { shapeProblem } from '../core/shape.js';
import { QUESTIONS, questionById } from '../catalog/questions.js';
import type { Answers } from '../core/types.js';
import { MANIFEST } from '../manifest/manifest.js';
import { loadManifest } from '../app/manifest-file.js';

export async function readAnswersFile(path: string, flag = '--answers'): Promise<Record<string, unknown>> {
  const { value } = await readDataFile(path, flag, 'an answers file');
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
  const at = await loadManifest(dir);
  if (!at) throw new UsageError([`--from ${dir}: no ${MANIFEST} there; --from takes a folder this tool wrote (its root module).`]);
  const { read } = at;
  const answers = read.version === 2 ? (read.manifest.answers as unknown as Record<string, unknown>) : read.answers;
  const shape = shapeProblem(answers);
  if (shape) throw new UsageError([`--from ${dir}: the answers in ${MANIFEST} ${shape}. Restore it from version control (git checkout -- ${label}).`]);
  return { label, values: recordedValues(answers), version: read.version === 2 ? read.manifest.toolVersion : read.toolVersion };
}

/** A manifest's answers (keyed by question id) as answer values keyed by flag, like an answers file. */
export function recordedValues(answers: Record<string, unknown>): Record<string, unknown> {
  // Unknown ids pass through under their own name, so the answer check names them.
  const values = Object.fromEntries(Object.entries(answers).map(([id, v]) => [questionById.get(id as keyof Answers)?.flag ?? id, v]));
  // An optional text left empty is not recorded (JSON drops undefined); it was answered all
  // the same, so the wizard must not ask it again: give it back as empty.
  for (const q of QUESTIONS) if (q.kind === 'text' && q.optional && !(q.id in answers)) values[q.flag] = '';
  return values;
}

export { builtInPresets } from '../app/preset-file.js';

/**
 * Paths among answer values are relative to where they were written: an answers file's folder,
 * a manifest's folder (flags: the working folder). Made absolute for the run.
 */
export function pathsFrom(values: Record<string, unknown>, base: string): Record<string, unknown> {
  const v = values.openapi;
  return typeof v === 'string' && v !== '' ? { ...values, openapi: resolvePath(base, v) } : values;
}
