/** Reads an --answers file (JSON or YAML), or a --from folder's manifest, into raw key/values; errors name the file. */
import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError } from '../core/errors.js';
import { QUESTIONS, questionById } from '../catalog/questions.js';
import type { Answers } from '../core/types.js';
import { MANIFEST, ManifestError, parseManifest, sha256, type SourceRecord } from '../manifest/manifest.js';
import { packageRoot } from '../core/package-root.js';
import { didYouMean } from '../core/closest.js';

export async function readAnswersFile(path: string, flag = '--answers'): Promise<Record<string, unknown>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError([`${flag} ${path}: ${code === 'ENOENT' ? 'no such file' : `cannot read it (${code ?? (err as Error).message})`}.`]);
  }
  let value: unknown;
  if (/\.json$/i.test(path)) {
    try {
      value = JSON.parse(text);
    } catch (err) {
      throw new UsageError([`${path}: not valid JSON: ${(err as Error).message}.`]);
    }
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
  let text: string;
  try {
    text = await readFile(label, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError([
      code === 'ENOENT' || code === 'ENOTDIR'
        ? `--from ${dir}: no ${MANIFEST} there; --from takes a folder this tool wrote (its root module).`
        : `--from ${dir}: cannot read ${MANIFEST} (${code ?? (err as Error).message}).`,
    ]);
  }
  let read;
  try {
    read = parseManifest(text);
  } catch (err) {
    if (!(err instanceof ManifestError)) throw err;
    throw new UsageError([`--from ${dir}: ${MANIFEST} ${err.message}. Restore it from version control (git checkout -- ${label}), or answer with flags or --answers.`]);
  }
  const answers = read.version === 2 ? (read.manifest.answers as unknown as Record<string, unknown>) : read.answers;
  // Unknown ids pass through under their own name, so the answer check names them.
  const values = Object.fromEntries(Object.entries(answers).map(([id, v]) => [questionById.get(id as keyof Answers)?.flag ?? id, v]));
  // An optional text left empty is not recorded (JSON drops undefined); it was answered all
  // the same, so the wizard must not ask it again: give it back as empty.
  for (const q of QUESTIONS) if (q.kind === 'text' && q.optional && !(q.id in answers)) values[q.flag] = '';
  return { label, values, version: read.version === 2 ? read.manifest.toolVersion : read.toolVersion };
}

const presetsDir = () => join(packageRoot(), 'templates', 'presets');

/** The built-in presets: name and the comment that opens the file (what it is for, what it yields). */
export function builtInPresets(): { name: string; summary: string }[] {
  return readdirSync(presetsDir())
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => {
      const comment = readFileSync(join(presetsDir(), f), 'utf8').split('\n').filter((l) => l.startsWith('#')).map((l) => l.replace(/^#\s?/, '')).join(' ');
      return { name: f.replace(/\.yaml$/, ''), summary: comment };
    });
}

/** --preset: a built-in preset by name, or a file of answers (YAML or JSON) by path. */
export async function readPreset(spec: string): Promise<{ label: string; values: Record<string, unknown>; record: SourceRecord }> {
  const names = builtInPresets().map((p) => p.name);
  const read = async (label: string, file: string) => {
    const values = await readAnswersFile(file, '--preset');
    // Recorded in the manifest (name and content hash), so a changed preset can be told apart.
    return { label, values, record: { name: spec, sha256: sha256(await readFile(file, 'utf8')) } };
  };
  if (names.includes(spec)) return read(`preset ${spec}`, join(presetsDir(), `${spec}.yaml`));
  if (/[\\/]|\.(ya?ml|json)$/i.test(spec)) return read(spec, spec);
  throw new UsageError([`--preset ${spec}: no such preset.${didYouMean(spec, names)} Built-in presets: ${names.join(', ')}; or give the path of a YAML or JSON file of answers.`]);
}
