/**
 * `.create-api-endpoint.json`, written by code: what the tool generated into a folder and so
 * owns there. Version 2 records, for every owned file, its content hash (has the owner
 * edited it?) and its pristine generated text (the base of a three-way merge, so `update`
 * works offline and without git). The base is stored gzip-compressed and base64-encoded: the
 * manifest stays small, and neither grep, Terraform, tflint nor checkov sees a second copy of
 * the configuration in it.
 */
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { isAbsolute, posix } from 'node:path';
import type { Answers, FileTree, Recommendation } from '../core/types.js';
import { questionByFlag, questionById } from '../catalog/questions.js';

export const MANIFEST = '.create-api-endpoint.json';
export const MANIFEST_VERSION = 2;
/** Largest pristine text accepted from a manifest (a gzip bomb is refused, not inflated). */
const MAX_BASE_BYTES = 8 * 1024 * 1024;
/** …except the bundled OpenAPI document (plan.ts BUNDLED_SPEC), as large as a document may be (64 MB). */
const MAX_BUNDLE_BYTES = 72 * 1024 * 1024;
const BUNDLE_PATH = 'openapi.bundled.json';

export interface OwnedFile {
  path: string;
  sha256: string;
  /** The generated text, gzip then base64. */
  base: string;
  /** After a conflicted update: the render the conflict was against (gzip, base64); it becomes the base once the markers are resolved. */
  pending?: string;
}

export interface SourceRecord {
  /** As given: a built-in name, a path, a package name. */
  name: string;
  sha256: string;
  /** Presets: where it was found — built-in:<name>, npm:<package>@<version>, or a path relative to the manifest's folder. */
  source?: string;
  /** Presets: the preset's `version`, else its package's. */
  version?: string;
}

export interface Manifest {
  tool: 'create-api-endpoint';
  manifestVersion: typeof MANIFEST_VERSION;
  toolVersion: string;
  answers: Answers;
  /** The type generated (the override, when one was given). */
  endpointType: Recommendation['endpointType'];
  /** What the rules recommend and why; `endpointType` here is the recommended type, as in --json. */
  recommendation: Pick<Recommendation, 'endpointType' | 'recommended' | 'overridden' | 'reasons' | 'warnings'>;
  preset: SourceRecord | null;
  templates: SourceRecord[];
  files: OwnedFile[];
  /** The owner's OpenAPI document and the files it references, relative to the folder, with their hashes when written. */
  openapi?: { sources: { path: string; sha256: string }[] };
}

/** A manifest as read from disk: v2 as written, or v1 (no hashes, no base) as it was. */
export type ReadManifest =
  | { version: 2; manifest: Manifest }
  | { version: 1; toolVersion: string; answers: Record<string, unknown>; files: string[] };

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export const encodeBase = (text: string) => gzipSync(Buffer.from(text, 'utf8'), { level: 9 }).toString('base64');

export function decodeBase(base: string, path?: string): string {
  return gunzipSync(Buffer.from(base, 'base64'), { maxOutputLength: path === BUNDLE_PATH ? MAX_BUNDLE_BYTES : MAX_BASE_BYTES }).toString('utf8');
}

/** A stored text, or a ManifestError naming the entry: not gzip, cut short, or too large once inflated. */
function decodeEntry(data: string, entry: string, path?: string): string {
  const limit = path === BUNDLE_PATH ? MAX_BUNDLE_BYTES : MAX_BASE_BYTES;
  try {
    return decodeBase(data, path);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    const why =
      e.code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError ? `inflates to more than ${limit / 1024 / 1024} MB, which no generated file is` : e.code === 'Z_BUF_ERROR' ? 'is cut short (truncated gzip data)' : 'is not gzip data';
    throw new ManifestError(`${entry} ${why}`);
  }
}

/** The manifest for a set of generated files (the manifest itself is not among them). */
export function buildManifest(input: {
  toolVersion: string;
  answers: Answers;
  recommendation: Recommendation;
  files: FileTree;
  preset?: SourceRecord | null;
  templates?: SourceRecord[];
  /** Paths whose recorded base must stay as it was (an unresolved merge), with that record. */
  keepBase?: Map<string, OwnedFile>;
  openapi?: Manifest['openapi'];
}): Manifest {
  const { endpointType, recommended, overridden, reasons, warnings } = input.recommendation;
  return {
    tool: 'create-api-endpoint',
    manifestVersion: MANIFEST_VERSION,
    toolVersion: input.toolVersion,
    answers: input.answers,
    endpointType,
    recommendation: { endpointType: recommended, recommended, overridden, reasons, warnings },
    preset: input.preset ?? null,
    templates: input.templates ?? [],
    files: [...input.files]
      .filter(([path]) => path !== MANIFEST)
      .map(([path, text]) => input.keepBase?.get(path) ?? { path, sha256: sha256(text), base: encodeBase(text) }),
    ...(input.openapi ? { openapi: input.openapi } : {}),
  };
}

/**
 * The manifest as written: answers keyed by their flag names, the same keys an answers file
 * takes (one spelling everywhere: the answers of a manifest can be copied into an answers file).
 */
export const manifestText = (m: Manifest) => JSON.stringify({ ...m, answers: answersByFlag(m.answers as unknown as Record<string, unknown>) }, null, 2) + '\n';

/** Answers keyed by question id → keyed by flag name (what files hold). */
export function answersByFlag(answers: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(answers).map(([k, v]) => [questionById.get(k as keyof Answers)?.flag ?? k, v]));
}

/**
 * Answers as a manifest records them → keyed by question id. Manifests written before this
 * version keyed them by id (camelCase); either is read. An unknown key passes through under
 * its own name, so the answer check names it.
 */
export function answersById(answers: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(answers).map(([k, v]) => [questionByFlag.get(k)?.id ?? k, v]));
}

/** Why a manifest cannot be used; the caller names the file and the way out. */
export class ManifestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ManifestError';
  }
}

/**
 * A path the manifest may own: relative, normalised, inside the folder, and never a place the
 * tool must not touch (state, lock files, .terraform/, .git). A manifest is a file in the
 * user's repository: a crafted one must not make the writer delete anything outside its files.
 */
export function ownablePathProblem(path: unknown): string | undefined {
  if (typeof path !== 'string' || path === '') return 'not a path';
  if (path.includes('\\') || path.includes('\0') || isAbsolute(path) || /^[a-zA-Z]:/.test(path)) return 'not a relative path';
  if (posix.normalize(path) !== path || path.split('/').some((s) => s === '..' || s === '.' || s === '')) return 'not a normalised path inside the folder';
  if (path === MANIFEST) return 'the manifest itself';
  const segments = path.split('/');
  const name = segments[segments.length - 1]!;
  if (segments.some((s) => s === '.git' || s === '.terraform')) return 'inside .git or .terraform';
  if (STATE_LOCK_OR_VARIABLES.test(name)) return 'a state, lock or variables file';
  return undefined;
}

/** File names the tool never writes, whatever the flags: state, lock and variables files. */
export const STATE_LOCK_OR_VARIABLES = /\.tfstate(\.backup)?$|^\.terraform\.lock\.hcl$|\.tfvars(\.json)?$/;

/** Parses a manifest's text; throws ManifestError saying what is wrong. */
export function parseManifest(text: string): ReadManifest {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new ManifestError(`not valid JSON (${(err as Error).message})`);
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) throw new ManifestError('not a JSON object');
  const m = doc as Record<string, unknown>;
  if (m.tool !== 'create-api-endpoint') throw new ManifestError('not written by create-api-endpoint (no "tool": "create-api-endpoint")');
  if (typeof m.answers !== 'object' || m.answers === null || Array.isArray(m.answers)) throw new ManifestError('has no "answers" object');

  if (m.manifestVersion === undefined) {
    // Version 1 (create-api-endpoint 0.1.0 before ownership): a list of paths, no hashes.
    if (!Array.isArray(m.files) || m.files.some((f) => typeof f !== 'string')) throw new ManifestError('version 1 manifest without a "files" list of paths');
    const files = (m.files as string[]).filter((f) => f !== MANIFEST);
    for (const f of files) {
      const problem = ownablePathProblem(f);
      if (problem) throw new ManifestError(`lists "${f}" as a generated file, which is ${problem}`);
    }
    return { version: 1, toolVersion: typeof m.version === 'string' ? m.version : 'unknown', answers: answersById(m.answers as Record<string, unknown>), files };
  }
  if (typeof m.manifestVersion !== 'number' || !Number.isInteger(m.manifestVersion)) throw new ManifestError('"manifestVersion" is not a whole number');
  if (m.manifestVersion > MANIFEST_VERSION)
    throw new ManifestError(`manifest version ${m.manifestVersion} was written by a newer create-api-endpoint (${String(m.toolVersion)}); this one reads versions 1–${MANIFEST_VERSION}: upgrade create-api-endpoint`);
  if (m.manifestVersion !== MANIFEST_VERSION) throw new ManifestError(`unknown manifest version ${m.manifestVersion}`);
  if (typeof m.toolVersion !== 'string') throw new ManifestError('"toolVersion" is missing');
  if (!Array.isArray(m.files)) throw new ManifestError('"files" is not a list');
  const seen = new Set<string>();
  for (const [i, f] of (m.files as unknown[]).entries()) {
    const file = f as Partial<OwnedFile> | null;
    if (typeof file !== 'object' || file === null) throw new ManifestError(`files[${i}] is not an object`);
    const problem = ownablePathProblem(file.path);
    if (problem) throw new ManifestError(`files[${i}].path "${String(file.path)}" is ${problem}`);
    if (seen.has(file.path!)) throw new ManifestError(`files[${i}].path "${file.path}" is listed twice`);
    seen.add(file.path!);
    if (typeof file.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(file.sha256)) throw new ManifestError(`files[${i}].sha256 is not a SHA-256 hex digest`);
    if (typeof file.base !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(file.base)) throw new ManifestError(`files[${i}].base is not base64`);
    if (file.pending !== undefined && (typeof file.pending !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(file.pending))) throw new ManifestError(`files[${i}].pending is not base64`);
    // The base is what update merges against: it must be the gzip text this tool wrote, and
    // the file it records (a crafted claim without the real text is no claim).
    const base = decodeEntry(file.base, `files[${i}].base (${file.path})`, file.path);
    if (sha256(base) !== file.sha256) throw new ManifestError(`files[${i}].base (${file.path}) does not match its sha256: the entry was changed by hand`);
    if (file.pending !== undefined) decodeEntry(file.pending, `files[${i}].pending (${file.path})`, file.path);
  }
  if (m.preset !== null && m.preset !== undefined && !isSourceRecord(m.preset)) throw new ManifestError('"preset" is not {name, sha256}');
  if (m.templates !== undefined && (!Array.isArray(m.templates) || !m.templates.every(isSourceRecord))) throw new ManifestError('"templates" is not a list of {name, sha256}');
  if (m.openapi !== undefined) {
    const o = m.openapi as { sources?: unknown } | null;
    const ok = typeof o === 'object' && o !== null && Array.isArray(o.sources) && o.sources.every((x) => typeof x === 'object' && x !== null && typeof (x as { path?: unknown }).path === 'string' && /^[0-9a-f]{64}$/.test(String((x as { sha256?: unknown }).sha256)));
    if (!ok) throw new ManifestError('"openapi" is not {sources: [{path, sha256}]}');
  }
  return { version: 2, manifest: { ...(m as unknown as Manifest), answers: answersById(m.answers as Record<string, unknown>) as unknown as Answers, preset: (m.preset as SourceRecord | null | undefined) ?? null, templates: (m.templates as SourceRecord[] | undefined) ?? [] } };
}

const isSourceRecord = (v: unknown): v is SourceRecord =>
  typeof v === 'object' && v !== null && typeof (v as SourceRecord).name === 'string' && typeof (v as SourceRecord).sha256 === 'string';

/** Owned path → the hash it had when written (what the owner's copy is compared with). */
export function ownedHashes(m: Manifest): Map<string, string> {
  return new Map(m.files.map((f) => [f.path, f.sha256]));
}

/** Owned path → its pristine generated text. */
export function baseTexts(m: Manifest): FileTree {
  return new Map(m.files.map((f) => [f.path, decodeBase(f.base, f.path)]));
}

/** Owned path → the render an unresolved update conflict was against. */
export function pendingTexts(m: Manifest): FileTree {
  return new Map(m.files.filter((f) => f.pending !== undefined).map((f) => [f.path, decodeBase(f.pending!, f.path)]));
}
