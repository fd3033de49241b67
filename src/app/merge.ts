/**
 * The three-way merge of one owned file, as `git merge-file` decides it: base = what was
 * generated last time, ours = the file on disk, theirs = the new render. Pure.
 */
import { createTwoFilesPatch } from 'diff';
import { mergeBlocks, mergeLines } from './merge-blocks.js';

/**
 * How a conflict is written. inline: markers in the file (git's diff3 style). rej: the file
 * keeps your side of each conflicting region (so it still parses and `terraform fmt` in CI
 * passes), every other change of the render is merged in, and `<path>.rej` beside it holds
 * the render's side as a unified diff against the file as written (`patch -p0 < x.rej`, or by
 * hand) — Copier's convention.
 */
export type ConflictStyle = 'inline' | 'rej';

/** The file beside a conflicted one that holds the render's side (rej style). */
export const rejPath = (path: string) => `${path}.rej`;

export type FileStatus =
  /** Nothing changes: the new render is what is there. */
  | 'unchanged'
  /** Not edited by the owner: replaced by the new render. */
  | 'updated'
  /** Edited by the owner, changed by the new render elsewhere: both kept. */
  | 'merged'
  /** Both changed the same lines: written with conflict markers. */
  | 'conflict'
  /** Edited by the owner, the new render unchanged: the owner's version stays. */
  | 'kept'
  /** Newly generated. */
  | 'added'
  /** No longer generated and not edited: removed. */
  | 'removed'
  /** No longer generated but edited: left in place, no longer owned. */
  | 'kept-edited'
  /** Deleted by the owner and unchanged by the new render: stays deleted. */
  | 'deleted-by-owner';

export interface FileMerge {
  path: string;
  status: FileStatus;
  /** What to write (absent: nothing written at this path). */
  text?: string;
  /** The pristine generated text the manifest records for it from now on. */
  base?: string;
  /** With a conflict: the render it is against (the base once resolved). */
  pending?: string;
  detail?: string;
  /** rej style: the text of `<path>.rej` (the render's side of each conflict, as a unified diff). */
  rej?: string;
  /**
   * A file of an earlier layout that the owner edited, no longer generated, that still declares
   * resources moved.tf moves elsewhere (terraform refuses a move while the old address is
   * declared): a conflict until the owner carries the edits over and deletes it.
   */
  stale?: string[];
}

const LABELS = { a: 'yours (on disk)', o: 'generated before (base)', b: 'new render' };

/** Conflict markers this merge writes, at the start of a line. */
export const hasConflictMarkers = (text: string) => /^<<<<<<< yours \(on disk\)$/m.test(text) && /^>>>>>>> new render$/m.test(text);

export interface MergeOptions {
  style?: ConflictStyle;
  /** `<path>.rej` is on disk: the last update's conflict, not yet resolved — or, with none pending, a file of yours (then a conflict is marked inline, not written over it). */
  rejOnDisk?: boolean;
  /** The owner's file has Windows line endings (set by mergeFile itself). */
  crlf?: boolean;
}

/** The command that applies a .rej in the root folder: GNU patch, its own rejects discarded (it would write them over this file), --binary for CRLF files. */
export const applyCommand = (path: string, crlf = false) => `patch -p0${crlf ? ' --binary' : ''} -r - < ${rejPath(path)}`;

/** A merge with a conflict: the marked text, and the file with each side of every conflicting region. */
interface Conflicted {
  text: string;
  yours: string;
  theirs: string;
  regions: number;
}

/** A conflict as the style writes it: markers in the file, or your side in it and the render's in a .rej. */
function conflict(path: string, m: Conflicted, base: string, pending: string, where: string, notes: string, style: ConflictStyle, crlf: boolean): FileMerge {
  const plural = `${m.regions} conflicting region${m.regions === 1 ? '' : 's'}${where}`;
  if (style === 'inline') return { path, status: 'conflict', text: m.text, base, pending, detail: `${plural}: resolve the <<<<<<< ||||||| ======= >>>>>>> markers${notes}` };
  const header = `${path}: the new render and your edits changed the same lines (${plural}). The file keeps your side;\nthis is the render's, as a patch against the file as written. Apply what you want of it\n(${applyCommand(path, crlf)} in the root folder, or by hand), delete this file, then run update again.\n`;
  const rej = createTwoFilesPatch(path, path, m.yours, m.theirs, 'yours (as written)', 'the new render', { context: 3 });
  return { path, status: 'conflict', text: m.yours, base, pending, rej: `${header}${rej}`, detail: `${plural}: your side is kept in the file, the render's is in ${rejPath(path)}; apply what you want of it, delete the .rej, then run update again${notes}` };
}

export function mergeFile(path: string, base: string | undefined, ours: string | undefined, theirs: string | undefined, pending?: string, opts: MergeOptions = {}): FileMerge {
  // A file saved with Windows line endings (an editor, git's autocrlf) is not an edit of every
  // line: merge its text with \n, and write the result back with \r\n.
  if (ours !== undefined && ours.includes('\r\n') && !(base ?? theirs ?? '').includes('\r\n')) {
    const merged = mergeFile(path, base, ours.replace(/\r\n/g, '\n'), theirs, pending, { ...opts, crlf: true });
    const crlf = (t: string | undefined) => t?.replace(/\r?\n/g, '\r\n');
    // The file on disk is not byte-for-byte the tool's any more: an update of it is a merge (the
    // writer replaces it on purpose), and one no longer generated is the owner's to delete.
    if (merged.status === 'removed') return { path, status: 'kept-edited', detail: 'no longer generated; left in place (your Windows line endings make it differ from what the tool wrote) and no longer owned: delete it if you do not want it' };
    const status = merged.status === 'updated' ? 'merged' : merged.status;
    return { ...merged, status, ...(merged.text !== undefined ? { text: crlf(merged.text) } : {}), ...(merged.rej !== undefined ? { rej: crlf(merged.rej) } : {}), ...(status !== merged.status ? { detail: 'your Windows line endings kept' } : {}) };
  }
  // A .rej of yours where this one would go: the conflict is marked inline instead.
  const inlineForced = opts.style === 'rej' && opts.rejOnDisk && pending === undefined;
  const style = inlineForced ? 'inline' : (opts.style ?? 'inline');
  const forcedNote = inlineForced ? `; marked inline, because ${rejPath(path)} (a file of yours) is where the .rej would go` : '';
  if (pending !== undefined && ours !== undefined) {
    // The last update left a conflict here: unresolved, it stays as it is; resolved, the render
    // it was against is the base from now on.
    if (hasConflictMarkers(ours)) return { path, status: 'conflict', text: ours, base, pending, detail: 'still has the conflict markers of the last update: resolve them, then run update again' };
    if (opts.rejOnDisk) return { path, status: 'conflict', text: ours, base, pending, detail: `still has ${rejPath(path)} from the last update: apply what you want of it, delete it, then run update again` };
    base = pending;
  }
  if (base === undefined) {
    if (theirs === undefined) return { path, status: 'unchanged' };
    if (ours === undefined) return { path, status: 'added', text: theirs, base: theirs };
    if (ours === theirs) return { path, status: 'unchanged', text: theirs, base: theirs };
    // A file of the owner's where a new one goes: the writer refuses it, naming it.
    return { path, status: 'added', text: theirs, base: theirs, detail: 'a file that the tool did not write is in the way' };
  }
  if (ours === undefined) {
    if (theirs === undefined || theirs === base) return { path, status: 'deleted-by-owner', detail: 'you deleted it; it stays deleted' };
    return { path, status: 'conflict', text: theirs, base, detail: 'you deleted it, and the new render changed it: it is written again as rendered; delete it again if you do not want it' };
  }
  if (theirs === undefined) return ours === base ? { path, status: 'removed' } : { path, status: 'kept-edited', detail: 'no longer generated, but edited: left in place and no longer owned' };
  if (ours === base) return theirs === base ? { path, status: 'unchanged', text: ours, base } : { path, status: 'updated', text: theirs, base: theirs };
  if (theirs === base || theirs === ours) return { path, status: 'kept', text: ours, base: theirs };
  // Terraform by top-level block (a block changed on one side only is taken from that side; the
  // owner's blocks and comments stay), by line inside a block both changed.
  const blocks = path.endsWith('.tf') ? mergeBlocks(ours, base, theirs, LABELS) : undefined;
  if (blocks) {
    const notes = blocks.notes.length ? `; ${blocks.notes.join('; ')}` : '';
    if (!blocks.conflict) return { path, status: 'merged', text: blocks.text, base: theirs, detail: `your edits kept alongside the new render${notes}` };
    // The base stays the old one until the conflict is resolved; then the render it was against takes over.
    return conflict(path, blocks, base, theirs, ' inside blocks both changed', `${notes}${forcedNote}`, style, !!opts.crlf);
  }
  // By line (given strings, node-diff3 would split on every whitespace).
  const merged = mergeLines(ours.split('\n'), base.split('\n'), theirs.split('\n'), LABELS);
  const text = merged.result.join('\n');
  if (!merged.regions) return { path, status: 'merged', text, base: theirs, detail: 'your edits kept alongside the new render' };
  return conflict(path, { text, yours: merged.yours.join('\n'), theirs: merged.theirs.join('\n'), regions: merged.regions }, base, theirs, '', forcedNote, style, !!opts.crlf);
}
