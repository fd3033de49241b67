/**
 * The only code that changes the output folder. It changes only files the tool owns (see
 * plan-writes.ts): new files are staged inside the folder, then moved into place one rename
 * each, the files they replace moved aside into the staging folder first, under a journal.
 * Interrupted (SIGINT, SIGTERM, an error) the run puts every moved file back before it exits;
 * killed outright (SIGKILL, power loss), the next run finds the journal and does the same
 * before anything else. A lock file keeps two runs off one folder. State, tfvars, lock
 * files, .terraform/, .git and the owner's own files are never moved, changed or deleted.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, realpathSync, renameSync, rmSync, rmdirSync, unlinkSync, writeSync } from 'node:fs';
import { lstat, mkdir, readFile, readdir, rename, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { basename, dirname, join, parse, resolve, sep } from 'node:path';
import { RefusedOverwriteError, WriteFailedError } from '../core/errors.js';
import type { FileTree } from '../core/types.js';
import { MANIFEST } from '../manifest/manifest.js';
import { decideWrites, describeConflicts, type DiskEntry, type Op } from './plan-writes.js';
import { clearStaging, hashOf, isStagingName, JOURNAL, JOURNAL_VERSION, recoverJournal, STAGING_PREFIX, type Journal } from './journal.js';

export { JOURNAL } from './journal.js';
export const LOCK = '.create-api-endpoint.lock';
/** Names the writer keeps in the folder while it works; never output, never the owner's. */
export const isWriterTemp = (name: string) => name === LOCK || name === JOURNAL || isStagingName(name);

export interface WriteRequest {
  /** The folder, as the user gave it (messages name it so). */
  target: string;
  /** Everything to write, the manifest included. */
  files: FileTree;
  /** Owned path → hash, from the manifest the caller read; null when there was none. */
  owned: Map<string, string> | null;
  /** Hash of that manifest's text (null: none): a manifest changed meanwhile stops the write. */
  manifestSha: string | null;
  force: boolean;
  /** Existing files the user allowed to replace although the tool does not own them. */
  replace?: ReadonlySet<string>;
  /**
   * Whether an owned file no longer generated may be removed: only a path the tool generates
   * in some configuration (a manifest's claim alone is not enough evidence to delete a file).
   * Without it, every owned path may be.
   */
  removable?: (path: string) => boolean;
  /** The environment ($HOME, for the folders never written into); default: the process's. */
  env?: Record<string, string | undefined>;
  /** The owner's files the run reads in the folder (relative paths): a folder holding only them counts as empty. */
  expected?: ReadonlySet<string>;
  /** Called after each file operation (progress; tests use it to interrupt a write midway). */
  onStep?: (done: number, total: number) => void | Promise<void>;
}

export interface WriteOutcome {
  added: string[];
  replaced: string[];
  removed: string[];
  unchanged: string[];
  /** Owned files no longer generated that the owner edited: left in place, no longer owned. */
  keptEdited: string[];
  /** A write that an earlier run left half done, rolled back before this one. */
  recovered?: { pid: number; restored: number };
  /** Things worth the owner's attention that the writer did not touch. */
  notes: string[];
}

/** What is at the target: nothing, a folder (with its entries other than the writer's own), or something else. */
export async function targetState(dir: string, expected: ReadonlySet<string> = new Set()): Promise<'missing' | 'empty' | 'non-empty' | 'file'> {
  try {
    const s = await stat(dir);
    if (!s.isDirectory()) return 'file';
    // The owner's files the run reads there (its OpenAPI document and what it references) do not make the folder someone else's.
    const theirs = new Set([...expected].filter((p) => !p.startsWith('../')).map((p) => p.split('/')[0]!));
    return (await readdir(dir)).some((n) => !isWriterTemp(n) && !theirs.has(n)) ? 'non-empty' : 'empty';
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    if ((err as NodeJS.ErrnoException).code === 'ENOTDIR') return 'file';
    throw new WriteFailedError(dir, err);
  }
}

/** Folders no write may target, whatever the flags: the file-system root and the home folder (and its parents). */
export function forbiddenTarget(dir: string, env: Record<string, string | undefined> = process.env): string | undefined {
  // Both the path as given and where it really leads: a link to $HOME is $HOME.
  const targets = new Set([resolve(dir), realPath(dir)]);
  const homes = new Set([homedir(), env.HOME].filter((h): h is string => !!h).flatMap((h) => [resolve(h), realPath(h)]));
  for (const full of targets) {
    if (full === parse(full).root) return 'the root of the file system';
    for (const home of homes) {
      if (full === home) return 'your home folder';
      if (home.startsWith(full + sep)) return 'a folder that holds your home folder';
    }
  }
  return undefined;
}

/** Where a path really leads: its longest existing part with every link resolved, then the rest as given. */
export function realPath(path: string): string {
  const full = resolve(path);
  const rest: string[] = [];
  for (let d = full; ; d = dirname(d)) {
    try {
      return join(realpathSync(d), ...rest.reverse());
    } catch {
      if (dirname(d) === d) return full;
      rest.push(basename(d));
    }
  }
}

/**
 * Refuse before any work when the write would surely be refused: a forbidden folder, a file,
 * or a non-empty folder without --force. (The writer checks again under its lock.)
 */
export async function preflightTarget(target: string, force: boolean, env: Record<string, string | undefined> = process.env, expected: ReadonlySet<string> = new Set()): Promise<void> {
  const forbidden = forbiddenTarget(target, env);
  if (forbidden) throw new RefusedOverwriteError(target, 'forbidden', forbidden);
  const state = await targetState(resolve(target), expected);
  if (state === 'file') throw new RefusedOverwriteError(target, 'file');
  if (state === 'non-empty' && !force) throw new RefusedOverwriteError(target, existsSync(join(resolve(target), MANIFEST)) ? 'owned' : 'non-empty');
}

export async function writeOwned(req: WriteRequest): Promise<WriteOutcome> {
  await preflightTarget(req.target, req.force, req.env, req.expected);
  const dir = resolve(req.target);
  const created = await makeFolder(dir, req.target);
  let lock: Lock | undefined;
  try {
    lock = await takeLock(dir, req.target);
    const recovered = recoverJournal(dir, req.target, alive);
    await checkManifestUnchanged(dir, req);
    const state = await targetState(dir, req.expected);
    if (state === 'non-empty' && !req.force && !created) throw new RefusedOverwriteError(req.target, 'non-empty');
    const wanted = new Map([...req.files].map(([p, text]) => [p, hashOf(text)]));
    const disk = await readDisk(dir, new Set([...wanted.keys(), ...(req.owned?.keys() ?? [])]));
    const replace = req.replace ?? new Set<string>();
    const decision = decideWrites({ wanted, owned: req.owned, disk, replace, removable: req.removable });
    if (decision.conflicts.length) throw new RefusedOverwriteError(req.target, 'conflicts', describeConflicts(decision.conflicts).join('\n'));
    // The manifest moves last: until then the folder's manifest describes the old files.
    const ops = [...decision.ops.filter((o) => o.path !== MANIFEST), ...decision.ops.filter((o) => o.path === MANIFEST)];
    const notes = [...(recovered?.notes ?? []), ...(await unclaimedStaging(dir))];
    notes.push(...(await apply(dir, req, ops, disk)));
    const of = (kind: Op['kind']) => ops.filter((o) => o.kind === kind).map((o) => o.path);
    notes.push(...decision.notOurs.map((p) => `${p} is listed in ${MANIFEST} but is not a file create-api-endpoint generates: it was left in place and is no longer counted as the tool's.`));
    notes.push(...(await leftoversOfOlderVersions(dir)));
    return {
      added: of('add'),
      replaced: of('replace'),
      removed: of('remove'),
      unchanged: decision.same,
      keptEdited: decision.keptEdited,
      notes,
      ...(recovered ? { recovered: { pid: recovered.pid, restored: recovered.restored } } : {}),
    };
  } catch (err) {
    if (created) await rmdir(created.top).catch(() => undefined); // only if still empty
    throw err instanceof RefusedOverwriteError || err instanceof WriteFailedError ? err : new WriteFailedError(req.target, err);
  } finally {
    lock?.release();
  }
}

/** Staging folders no journal names (a run killed before it moved a file): never deleted, said. */
async function unclaimedStaging(dir: string): Promise<string[]> {
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.startsWith(STAGING_PREFIX));
  return names.map((n) => `${join(dir, n)} is named like a staging folder of create-api-endpoint but no journal names it (a run killed before it moved any file leaves one holding only generated files): check it and delete it yourself.`);
}

/**
 * mkdir -p, remembering the topmost folder it made (removed again if the write fails). One
 * level at a time: Node's recursive mkdir spins forever where a parent refuses new entries
 * with ENOENT (/proc, some FUSE mounts).
 */
async function makeFolder(dir: string, label: string): Promise<{ top: string } | undefined> {
  const missing: string[] = [];
  for (let d = dir; ; d = dirname(d)) {
    const s = await stat(d).catch((err: NodeJS.ErrnoException) => (err.code === 'ENOENT' ? undefined : Promise.reject(new WriteFailedError(label, err))));
    if (s) {
      if (!s.isDirectory()) throw new WriteFailedError(label, Object.assign(new Error('not a directory'), { code: 'ENOTDIR', path: d }));
      break;
    }
    missing.unshift(d);
    if (dirname(d) === d) break;
  }
  const made: string[] = [];
  for (const d of missing) {
    try {
      await mkdir(d);
      made.push(d);
    } catch (err) {
      for (const m of made.reverse()) await rmdir(m).catch(() => undefined);
      throw new WriteFailedError(label, err);
    }
  }
  return missing.length ? { top: missing[0]! } : undefined;
}

interface Lock {
  release(): void;
}

/** An exclusive lock file in the folder; one left by a process that is gone is taken over. */
async function takeLock(dir: string, label: string): Promise<Lock> {
  const path = join(dir, LOCK);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, JSON.stringify({ pid: process.pid, started: new Date().toISOString() }) + '\n');
      closeSync(fd);
      const release = () => rmSync(path, { force: true });
      process.once('exit', release);
      return { release: () => (process.removeListener('exit', release), release()) };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw new WriteFailedError(label, err);
      const holder = readPid(path);
      if (holder !== undefined && holder !== process.pid && alive(holder)) throw new RefusedOverwriteError(label, 'locked', `process ${holder}`);
      rmSync(path, { force: true }); // left by a run that no longer exists
    }
  }
  throw new RefusedOverwriteError(label, 'locked', 'another run');
}

function readPid(path: string): number | undefined {
  try {
    const pid = (JSON.parse(readFileSync(path, 'utf8')) as { pid?: unknown }).pid;
    return typeof pid === 'number' && Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function checkManifestUnchanged(dir: string, req: WriteRequest): Promise<void> {
  let now: string | null = null;
  try {
    now = hashOf(await readFile(join(dir, MANIFEST)));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw new WriteFailedError(req.target, err);
  }
  if (now !== req.manifestSha) throw new RefusedOverwriteError(req.target, 'changed');
}

/** The hash of every regular file at the given paths; anything else (a folder, a link, a path through a link) is 'other'. */
async function readDisk(dir: string, paths: Set<string>): Promise<Map<string, DiskEntry>> {
  const disk = new Map<string, DiskEntry>();
  await Promise.all(
    [...paths].map(async (path) => {
      const parts = path.split('/');
      // Every folder on the way must be a real folder: never write through a link.
      for (let i = 1; i < parts.length; i++) {
        const s = await lstat(join(dir, ...parts.slice(0, i))).catch(() => undefined);
        if (s === undefined) return;
        if (!s.isDirectory()) return void disk.set(path, { kind: 'other' });
      }
      const s = await lstat(join(dir, path)).catch(() => undefined);
      if (s === undefined) return;
      if (!s.isFile()) return void disk.set(path, { kind: 'other' });
      disk.set(path, { kind: 'file', sha256: hashOf(await readFile(join(dir, path))) });
    }),
  );
  return disk;
}

/** The write in progress in this process, for an honest word when a signal ends it. */
let active: { target: string; committed: boolean } | undefined;

/** What an interruption right now means for the output folder (undefined: no write under way). */
export function interruptedWriteNote(): string | undefined {
  if (!active) return undefined;
  return active.committed
    ? `interrupted after the write into ${active.target} had completed: the new files are in place.`
    : `interrupted while writing into ${active.target}: every file was put back as it was.`;
}

/**
 * Stage every new file, then move each into place under the journal; undo on any failure or
 * interruption. Returns notes (staging content it did not put there and so left).
 */
async function apply(dir: string, req: WriteRequest, ops: Op[], disk: Map<string, DiskEntry>): Promise<string[]> {
  if (!ops.length) return [];
  const stagingName = `${STAGING_PREFIX}${process.pid}-${randomBytes(4).toString('hex')}`;
  const staging = join(dir, stagingName);
  // A folder of our own, new (mkdir fails if the name is taken): only it is ever cleared.
  await mkdir(staging);
  const paths = ops.map((o) => o.path);
  const done: Op[] = [];
  const madeDirs: string[] = [];
  let committed = false;
  let notes: string[] = [];
  // Runs on process.exit (SIGINT/SIGTERM) while files are being moved: put everything back.
  const onExit = () => {
    if (!committed) undoSync(dir, staging, done, madeDirs);
    clearStaging(staging, paths, req.target);
    rmSync(join(dir, JOURNAL), { force: true });
  };
  process.once('exit', onExit);
  active = { target: req.target, committed: false };
  try {
    for (const op of ops) {
      if (op.kind === 'remove') continue;
      const full = join(staging, 'new', op.path);
      await mkdir(dirname(full), { recursive: true });
      await writeFile(full, req.files.get(op.path)!, { flag: 'wx' });
    }
    const oldHash = (path: string) => {
      const at = disk.get(path);
      return at?.kind === 'file' ? at.sha256 : undefined;
    };
    const journal: Journal = {
      tool: 'create-api-endpoint',
      journal: JOURNAL_VERSION,
      pid: process.pid,
      staging: stagingName,
      ops: ops.map((o) => ({ kind: o.kind, path: o.path, ...(o.kind !== 'remove' ? { sha256: hashOf(req.files.get(o.path)!) } : {}), ...(o.kind !== 'add' ? { oldSha256: oldHash(o.path) } : {}) })),
    };
    await writeFile(join(staging, 'journal.tmp'), JSON.stringify(journal));
    await rename(join(staging, 'journal.tmp'), join(dir, JOURNAL));
    for (const op of ops) {
      const target = join(dir, op.path);
      if (op.kind !== 'add') {
        await mkdir(dirname(join(staging, 'old', op.path)), { recursive: true });
        await rename(target, join(staging, 'old', op.path));
      }
      if (op.kind !== 'remove') {
        for (const d of missingParents(dir, op.path)) {
          await mkdir(d);
          madeDirs.push(d);
        }
        await rename(join(staging, 'new', op.path), target);
      }
      done.push(op);
      await req.onStep?.(done.length, ops.length);
    }
    // Committed: the journal goes first, so a crash from here on keeps the new files.
    await rm(join(dir, JOURNAL), { force: true });
    committed = true;
    active.committed = true;
    for (const op of ops) if (op.kind === 'remove') await removeEmptyParents(dir, op.path);
  } catch (err) {
    if (!committed) undoSync(dir, staging, done, madeDirs);
    throw err;
  } finally {
    active = undefined;
    process.removeListener('exit', onExit);
    if (!committed) rmSync(join(dir, JOURNAL), { force: true });
    notes = clearStaging(staging, paths, req.target);
  }
  return notes;
}

/** Parent folders of path (inside dir) that do not exist yet, outermost first. */
function missingParents(dir: string, path: string): string[] {
  const parts = path.split('/').slice(0, -1);
  const out: string[] = [];
  for (let i = 1; i <= parts.length; i++) {
    const d = join(dir, ...parts.slice(0, i));
    if (!existsSync(d)) out.push(d);
  }
  return out;
}

/** Folders a removed file leaves empty (modules/consumer/ when cross-account is dropped) go too; only empty ones. */
async function removeEmptyParents(dir: string, path: string): Promise<void> {
  const parts = path.split('/').slice(0, -1);
  for (let i = parts.length; i >= 1; i--) {
    try {
      await rmdir(join(dir, ...parts.slice(0, i)));
    } catch {
      return;
    }
  }
}

/** Reverses the operations done so far, newest first (synchronous: it also runs on exit). */
function undoSync(dir: string, staging: string, done: Op[], madeDirs: string[]): void {
  for (const op of [...done].reverse()) {
    const target = join(dir, op.path);
    try {
      if (op.kind === 'add') unlinkSync(target);
      if (op.kind === 'replace' || op.kind === 'remove') renameSync(join(staging, 'old', op.path), target);
    } catch {
      // Keep going: put back as much as possible.
    }
  }
  for (const d of madeDirs.reverse()) {
    try {
      rmdirSync(d);
    } catch {
      // Not empty (or gone): leave it.
    }
  }
}

/**
 * create-api-endpoint 0.1.0 replaced whole folders through `.<name>.staging-*` and
 * `.<name>.previous-*` folders beside the target; a killed run could leave them, the latter
 * holding the folder's old contents (state files included). They are not ours to delete:
 * say where they are.
 */
async function leftoversOfOlderVersions(dir: string): Promise<string[]> {
  const name = dir.slice(dirname(dir).length + 1);
  const siblings = await readdir(dirname(dir)).catch(() => [] as string[]);
  return siblings
    .filter((n) => n.startsWith(`.${name}.previous-`) || n.startsWith(`.${name}.staging-`))
    .map((n) =>
      n.includes('.previous-')
        ? `${join(dirname(dir), n)} was left by an interrupted run of an earlier create-api-endpoint and holds an older copy of the folder (maybe state files): compare it with the folder, keep what you need, then delete it.`
        : `${join(dirname(dir), n)} was left by an interrupted run of an earlier create-api-endpoint (generated files only): delete it when you have checked it.`,
    );
}
