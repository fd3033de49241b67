/**
 * The only code that touches the output folder. Files go to a staging folder beside the
 * target and move into place with one rename, so an interrupted run leaves either the old
 * tree or the new one — never a mix, never a clobbered file without --force.
 */
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { RefusedOverwriteError } from '../core/errors.js';
import type { FileTree } from '../core/types.js';

export async function targetState(dir: string): Promise<'missing' | 'empty' | 'non-empty' | 'file'> {
  try {
    const s = await stat(dir);
    if (!s.isDirectory()) return 'file';
    return (await readdir(dir)).length === 0 ? 'empty' : 'non-empty';
  } catch {
    return 'missing';
  }
}

/** Refuse early (before any work) when the target would be clobbered. */
export async function assertWritable(dir: string, force: boolean): Promise<void> {
  const state = await targetState(dir);
  if (state === 'file') throw new RefusedOverwriteError(dir);
  if (state === 'non-empty' && !force) throw new RefusedOverwriteError(dir);
}

export async function writeTree(target: string, files: FileTree, force: boolean): Promise<void> {
  const dir = resolve(target);
  await assertWritable(dir, force);
  const parent = dirname(dir);
  await mkdir(parent, { recursive: true });
  const tag = `${process.pid}-${Date.now().toString(36)}`;
  const staging = join(parent, `.${basename(dir)}.staging-${tag}`);
  const backup = join(parent, `.${basename(dir)}.previous-${tag}`);
  // Interrupted (SIGINT → process.exit) mid-write: remove the staging folder, and put the
  // old tree back if it was already moved aside, so the target is as before.
  const progress = { moved: false };
  const cleanup = () => {
    rmSync(staging, { recursive: true, force: true });
    if (progress.moved && !existsSync(dir)) renameSync(backup, dir);
  };
  process.once('exit', cleanup);
  try {
    await stageAndSwap(dir, files, staging, backup, progress);
  } finally {
    process.removeListener('exit', cleanup);
  }
}

async function stageAndSwap(dir: string, files: FileTree, staging: string, backup: string, progress: { moved: boolean }): Promise<void> {
  try {
    for (const [path, text] of files) {
      const full = join(staging, path);
      await mkdir(dirname(full), { recursive: true });
      await writeFile(full, text, { flag: 'wx' });
    }
  } catch (err) {
    await rm(staging, { recursive: true, force: true });
    throw err;
  }
  const state = await targetState(dir);
  try {
    if (state === 'empty') await rm(dir, { recursive: true });
    else if (state === 'non-empty') {
      await rename(dir, backup);
      progress.moved = true;
    }
    await rename(staging, dir);
  } catch (err) {
    if (progress.moved) await rename(backup, dir).catch(() => undefined);
    await rm(staging, { recursive: true, force: true });
    throw err;
  }
  if (progress.moved) {
    progress.moved = false;
    await rm(backup, { recursive: true, force: true });
  }
}
