/**
 * The rollback journal of a write in progress, and the recovery that reads one a killed run
 * left behind. A journal is a file in the user's folder, so recovery trusts nothing in it that
 * it cannot verify: every path obeys the rules a manifest's paths obey (relative, inside the
 * folder, never state, tfvars, lock files, .terraform/ or .git), no link anywhere on a path,
 * every file it puts back has the hash the journal recorded, and it only ever replaces or
 * removes a file that holds exactly what the interrupted run wrote there. Everything is
 * verified before anything moves; a journal that fails any check is refused (exit 3, naming
 * it) and the folder is left as it is.
 */
import { createHash } from 'node:crypto';
import { lstatSync, readFileSync, readdirSync, renameSync, rmdirSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { RefusedOverwriteError } from '../core/errors.js';
import { MANIFEST, ownablePathProblem } from '../manifest/manifest.js';
import type { Op } from './plan-writes.js';

export const JOURNAL = '.create-api-endpoint.journal';
export const STAGING_PREFIX = '.create-api-endpoint.staging-';
export const JOURNAL_VERSION = 2;
/** A journal lists at most every file of a generation; anything bigger is not ours. */
const MAX_JOURNAL_BYTES = 4 * 1024 * 1024;

export interface JournalOp {
  kind: Op['kind'];
  path: string;
  /** Hash of the text the run writes there (add, replace). */
  sha256?: string;
  /** Hash of the file the run moves aside (replace, remove). */
  oldSha256?: string;
}

export interface Journal {
  tool: 'create-api-endpoint';
  journal: typeof JOURNAL_VERSION;
  pid: number;
  /** The staging folder's name (inside the output folder). */
  staging: string;
  ops: JournalOp[];
}

export const hashOf = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

const HEX64 = /^[0-9a-f]{64}$/;
const stagingName = new RegExp(`^${STAGING_PREFIX.replace(/\./g, '\\.')}(\\d+)-[0-9a-f]{8}$`);

/** Whether a name is one the writer gives its staging folders. */
export const isStagingName = (name: string) => stagingName.test(name);

/** Why a parsed journal is not one this tool wrote, or undefined when its shape is right. */
export function journalShapeProblem(doc: unknown): string | undefined {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return 'it is not a JSON object';
  const j = doc as Partial<Journal>;
  if (j.tool !== 'create-api-endpoint' || j.journal !== JOURNAL_VERSION) return `it is not a version ${JOURNAL_VERSION} journal of create-api-endpoint (an older release, or not written by this tool)`;
  if (typeof j.pid !== 'number' || !Number.isInteger(j.pid) || j.pid <= 0) return '"pid" is not a process ID';
  if (typeof j.staging !== 'string' || !isStagingName(j.staging) || stagingName.exec(j.staging)![1] !== String(j.pid)) return `"staging" is not the name of this run's staging folder (${STAGING_PREFIX}<pid>-<8 hex digits>)`;
  if (!Array.isArray(j.ops)) return '"ops" is not a list';
  const seen = new Set<string>();
  for (const [i, op] of j.ops.entries()) {
    if (typeof op !== 'object' || op === null) return `ops[${i}] is not an object`;
    if (op.kind !== 'add' && op.kind !== 'replace' && op.kind !== 'remove') return `ops[${i}].kind is not add, replace or remove`;
    const problem = op.path === MANIFEST ? undefined : ownablePathProblem(op.path);
    if (problem) return `ops[${i}].path "${String(op.path)}" is ${problem}`;
    if (seen.has(op.path)) return `ops[${i}].path "${op.path}" is listed twice`;
    seen.add(op.path);
    if (op.kind !== 'remove' && (typeof op.sha256 !== 'string' || !HEX64.test(op.sha256))) return `ops[${i}].sha256 is not a SHA-256 hex digest`;
    if (op.kind !== 'add' && (typeof op.oldSha256 !== 'string' || !HEX64.test(op.oldSha256))) return `ops[${i}].oldSha256 is not a SHA-256 hex digest`;
  }
  return undefined;
}

type Entry = { kind: 'missing' } | { kind: 'file'; sha256: string } | { kind: 'other' };

/** What is at dir/path: a regular file (with its hash), nothing, or anything else — a link anywhere on the way counts as "other". */
function entryAt(dir: string, path: string): Entry {
  const parts = path.split('/');
  for (let i = 1; i <= parts.length; i++) {
    let s;
    try {
      s = lstatSync(join(dir, ...parts.slice(0, i)));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT' || (err as NodeJS.ErrnoException).code === 'ENOTDIR') return { kind: 'missing' };
      return { kind: 'other' };
    }
    if (i < parts.length ? !s.isDirectory() : !s.isFile()) return { kind: 'other' };
  }
  return { kind: 'file', sha256: hashOf(readFileSync(join(dir, path))) };
}

export interface Recovered {
  pid: number;
  restored: number;
  /** Said in the report: staging content the recovery did not remove. */
  notes: string[];
}

type Action = { kind: 'restore'; from: string; to: string } | { kind: 'unlink'; path: string };

/**
 * The journal a killed run left: verified, then rolled back (old files put back, new files
 * it had moved in removed) and cleared. Undefined when there is no journal. Throws
 * RefusedOverwriteError('journal') when the journal cannot be trusted: nothing is changed.
 * `isAlive` tells whether the journal's process still runs (the caller holds the folder's lock).
 */
export function recoverJournal(dir: string, label: string, isAlive: (pid: number) => boolean): Recovered | undefined {
  const journalPath = join(dir, JOURNAL);
  const refuse = (why: string) => new RefusedOverwriteError(label, 'journal', `${journalPath}: ${why}`);
  let st;
  try {
    st = lstatSync(journalPath);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw refuse(`it cannot be read (${(err as Error).message})`);
  }
  if (!st.isFile()) throw refuse('it is not a regular file (a link, a folder or a device)');
  if (st.size > MAX_JOURNAL_BYTES) throw refuse(`it is larger than ${MAX_JOURNAL_BYTES / 1024 / 1024} MB, which no journal of this tool is`);
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(journalPath, 'utf8'));
  } catch (err) {
    throw refuse(`it is not valid JSON (${(err as Error).message})`);
  }
  const shape = journalShapeProblem(doc);
  if (shape) throw refuse(shape);
  const journal = doc as Journal;
  if (journal.pid !== process.pid && isAlive(journal.pid)) throw refuse(`process ${journal.pid}, which wrote it, is still running`);
  const stagingAt = entryAt(dir, journal.staging);
  if (stagingAt.kind === 'file' || (stagingAt.kind === 'other' && !lstatSync(join(dir, journal.staging)).isDirectory())) throw refuse(`its staging folder ${journal.staging} is not a real folder (a file or a link)`);
  if (stagingAt.kind === 'missing') throw refuse(`its staging folder ${journal.staging}, which holds the files to put back, is missing`);
  const staging = join(dir, journal.staging);

  // Verify every step first; only then move anything.
  const actions: Action[] = [];
  for (const op of [...journal.ops].reverse()) {
    const target = entryAt(dir, op.path);
    if (target.kind === 'other') throw refuse(`${op.path} is a folder or a link (or lies behind one), not the file the interrupted run wrote`);
    if (op.kind === 'replace' || op.kind === 'remove') {
      const old = entryAt(staging, `old/${op.path}`);
      if (old.kind === 'other') throw refuse(`the saved copy of ${op.path} in ${journal.staging} is not a regular file`);
      if (old.kind === 'missing') continue; // never moved aside: the old file is still in place
      if (old.sha256 !== op.oldSha256) throw refuse(`the saved copy of ${op.path} in ${journal.staging} is not the file that was moved aside (its hash differs)`);
      // Put back only over nothing, or over exactly what the interrupted run moved in.
      if (target.kind === 'file' && (op.kind === 'remove' || target.sha256 !== op.sha256)) throw refuse(`${op.path} changed since the interrupted run (it holds neither its old nor its new text); putting the saved copy back would overwrite it`);
      actions.push({ kind: 'restore', from: join(staging, 'old', op.path), to: join(dir, op.path) });
    } else {
      const staged = entryAt(staging, `new/${op.path}`);
      if (staged.kind !== 'missing') continue; // never moved in
      if (target.kind === 'missing') continue;
      if (target.sha256 !== op.sha256) throw refuse(`${op.path} changed since the interrupted run added it; removing it would lose those changes`);
      actions.push({ kind: 'unlink', path: join(dir, op.path) });
    }
  }
  let restored = 0;
  for (const a of actions) {
    if (a.kind === 'restore') renameSync(a.from, a.to);
    else unlinkSync(a.path);
    restored++;
  }
  unlinkSync(journalPath);
  const notes = clearStaging(staging, journal.ops.map((o) => o.path), label);
  return { pid: journal.pid, restored, notes };
}

/**
 * Removes what a staging folder holds for the given paths (old/<path>, new/<path>, the
 * journal's temporary copy) and the folders that leaves empty, the staging folder last.
 * Anything else in it stays, and is said.
 */
export function clearStaging(staging: string, paths: string[], label: string): string[] {
  const folders = new Set<string>();
  for (const side of ['old', 'new']) {
    for (const path of paths) {
      const rel = `${side}/${path}`;
      if (entryAt(staging, rel).kind === 'file') unlinkSync(join(staging, rel));
      const parts = rel.split('/');
      for (let i = 1; i < parts.length; i++) folders.add(parts.slice(0, i).join('/'));
    }
  }
  if (entryAt(staging, 'journal.tmp').kind === 'file') unlinkSync(join(staging, 'journal.tmp'));
  for (const f of [...folders].sort((a, b) => b.split('/').length - a.split('/').length)) {
    try {
      if (lstatSync(join(staging, f)).isDirectory()) rmdirSync(join(staging, f));
    } catch {
      // Not empty, or not there: leave it.
    }
  }
  try {
    rmdirSync(staging);
    return [];
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    const left = (() => {
      try {
        return readdirSync(staging).length;
      } catch {
        return 0;
      }
    })();
    return [`${staging} was not emptied (${left} entr${left === 1 ? 'y' : 'ies'} that create-api-endpoint did not put there): it was left for you to check in ${label}.`];
  }
}
