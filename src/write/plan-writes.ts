/**
 * Which file operations a write may do, decided from what is on disk and what the tool owns.
 * Pure: the writer gathers the facts (hashes of what is there) and carries the plan out.
 *
 * The rule: the tool owns exactly the files its manifest lists, unchanged since it wrote
 * them. It adds files where nothing is, replaces and removes files it owns, and touches
 * nothing else. A file no longer generated is removed only when it is also a path the tool
 * generates in some configuration: a manifest is a file in the owner's repository, and its
 * claim alone is not enough evidence to delete anything. A non-owned file in the way, or an owned file the owner edited, is a conflict.
 */

/** What is at a path: a regular file with its hash, something else (a folder, a link), or nothing. */
export type DiskEntry = { kind: 'file'; sha256: string } | { kind: 'other' } | undefined;

export type Op =
  | { kind: 'add'; path: string }
  | { kind: 'replace'; path: string }
  | { kind: 'remove'; path: string };

export type ConflictReason = 'not-owned' | 'edited' | 'not-a-file';

export interface Conflict {
  path: string;
  reason: ConflictReason;
}

export interface WriteDecision {
  ops: Op[];
  /** Paths already holding exactly the new text (nothing to do; owned from now on). */
  same: string[];
  conflicts: Conflict[];
  /** Owned files no longer generated but edited by the owner: left in place, no longer owned. */
  keptEdited: string[];
  /** Paths the manifest claims that the tool never generates: left in place, no longer owned. */
  notOurs: string[];
}

export interface DecideInput {
  /** Path → sha256 of the text to write. */
  wanted: Map<string, string>;
  /** Owned path → sha256 when last written; null when the folder has no manifest. */
  owned: Map<string, string> | null;
  disk: Map<string, DiskEntry>;
  /** Non-owned paths the user allowed to replace (--replace). */
  replace: ReadonlySet<string>;
  /** Whether an owned file no longer generated may be removed (a path the tool generates); default: any. */
  removable?: (path: string) => boolean;
}

export function decideWrites({ wanted, owned, disk, replace, removable = () => true }: DecideInput): WriteDecision {
  const d: WriteDecision = { ops: [], same: [], conflicts: [], keptEdited: [], notOurs: [] };
  for (const [path, hash] of wanted) {
    const at = disk.get(path);
    if (at === undefined) d.ops.push({ kind: 'add', path });
    else if (at.kind === 'other') d.conflicts.push({ path, reason: 'not-a-file' });
    else if (at.sha256 === hash) d.same.push(path);
    else if (owned?.has(path)) {
      if (owned.get(path) === at.sha256 || replace.has(path)) d.ops.push({ kind: 'replace', path });
      else d.conflicts.push({ path, reason: 'edited' });
    } else if (replace.has(path)) d.ops.push({ kind: 'replace', path });
    else d.conflicts.push({ path, reason: 'not-owned' });
  }
  for (const [path, hash] of owned ?? []) {
    if (wanted.has(path)) continue;
    const at = disk.get(path);
    if (at?.kind !== 'file') continue; // gone already, or replaced by a folder or link: not ours now
    if (!removable(path)) d.notOurs.push(path);
    else if (at.sha256 === hash) d.ops.push({ kind: 'remove', path });
    else d.keptEdited.push(path);
  }
  return d;
}

const WHY: Record<ConflictReason, string> = {
  'not-owned': 'exists and was not written by create-api-endpoint',
  edited: 'was edited since create-api-endpoint wrote it',
  'not-a-file': 'is a folder or a link where a generated file goes',
};

/** One line per conflict, for the refusal message. */
export function describeConflicts(conflicts: Conflict[]): string[] {
  return conflicts.map((c) => `${c.path} ${WHY[c.reason]}`);
}
