/** Reads an --answers file (JSON or YAML), or a --from folder's manifest, into raw key/values; errors name the file. */
import { readdirSync, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { errnoText, UsageError } from '../core/errors.js';
import { shapeProblem } from '../core/shape.js';
import { QUESTIONS, questionById } from '../catalog/questions.js';
import type { Answers } from '../core/types.js';
import { MANIFEST, sha256, type SourceRecord } from '../manifest/manifest.js';
import { loadManifest } from '../app/manifest-file.js';
import { packageRoot } from '../core/package-root.js';
import { didYouMean } from '../core/closest.js';

/** An answers file is a handful of keys: anything this big is a mistake (or an attack), refused before parsing. */
const MAX_BYTES = 1024 * 1024;

export async function readAnswersFile(path: string, flag = '--answers'): Promise<Record<string, unknown>> {
  let text: string;
  try {
    // A FIFO, a device or a folder would block or mislead the read: only regular files.
    const s = await stat(path);
    if (!s.isFile()) throw new UsageError([`${flag} ${path}: not a regular file (${s.isDirectory() ? 'a folder' : 'a pipe, socket or device'}); give the path of a YAML or JSON file.`]);
    if (s.size > MAX_BYTES) throw new UsageError([`${flag} ${path}: ${s.size} bytes is far too large for an answers file (at most ${MAX_BYTES}); give the file of answers.`]);
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
  if (value === null || value === undefined) return {};
  const shape = shapeProblem(value);
  if (shape) throw new UsageError([`${path}: ${shape}; an answers file is a flat mapping of question keys to values (lists of text at most).`]);
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
