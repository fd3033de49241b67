/** Typed errors carry the exit code the CLI maps them to; library code never exits. */

export const EXIT = {
  ok: 0,
  checksFailed: 1,
  usage: 2,
  refusedOverwrite: 3,
  internal: 4,
  interrupted: 130,
  terminated: 143,
} as const;

/** Bad input: one line per problem, each naming the flag or file key and the fix. */
export class UsageError extends Error {
  readonly exitCode = EXIT.usage;
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'UsageError';
  }
}

export type RefusalKind = 'non-empty' | 'owned' | 'file' | 'forbidden' | 'conflicts' | 'locked' | 'changed';

const REFUSALS: Record<RefusalKind, (target: string, detail: string) => string> = {
  'non-empty': (t) =>
    `Refusing to write into ${t}: it exists and is not empty, and create-api-endpoint did not write it (no .create-api-endpoint.json).\n` +
    `  Fix: choose another --out folder, or pass --force to add the generated files beside what is there (existing files are never replaced; name one with --replace <path> to replace it).`,
  owned: (t) =>
    `Refusing to write into ${t}: it holds files create-api-endpoint wrote.\n` +
    `  Fix: pass --force to re-generate them. Only files the tool wrote and you have not edited are replaced; state, tfvars, lock files, .terraform/, .git and your own files are never touched.`,
  file: (t) => `Refusing to write into ${t}: it is a file, not a folder.\n  Fix: choose a folder for --out (a new one, or one this tool wrote).`,
  forbidden: (t, what) => `Refusing to write into ${t}: it is ${what}, which create-api-endpoint never writes into, whatever the flags.\n  Fix: give --out a folder of its own, e.g. --out ./my-api.`,
  conflicts: (t, list) =>
    `Refusing to write into ${t}: these files are in the way and were left as they are:\n${list.split('\n').map((l) => `    ${l}`).join('\n')}\n` +
    `  Fix: move or rename them, or name each one you want replaced with --replace <path> (only those paths are touched). Nothing was written.`,
  locked: (t, who) => `Refusing to write into ${t}: ${who} of create-api-endpoint is writing into it right now.\n  Fix: wait for it to finish and run again.`,
  changed: (t) => `Refusing to write into ${t}: its .create-api-endpoint.json changed while this run was working.\n  Fix: run again.`,
};

/** The output folder was not written, to protect what is in it (exit 3). */
export class RefusedOverwriteError extends Error {
  readonly exitCode = EXIT.refusedOverwrite;
  constructor(
    readonly target: string,
    readonly kind: RefusalKind = 'non-empty',
    detail = '',
  ) {
    super(REFUSALS[kind](target, detail));
    this.name = 'RefusedOverwriteError';
  }
}

const ERRNO: Record<string, string> = {
  EACCES: 'permission denied',
  ENOENT: 'no such file or folder, or the file system refuses new entries there',
  EPERM: 'operation not permitted (an immutable or protected file?)',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is exhausted',
  ENOTDIR: 'a part of the path is a file, not a folder',
  ELOOP: 'too many levels of symbolic links',
  EXDEV: 'it crosses file systems',
  EBUSY: 'it is busy (a mount point?)',
  ENAMETOOLONG: 'the path is too long',
  EISDIR: 'a folder is where a file goes',
  EIO: 'an input/output error from the device',
};

/** Why a file-system call failed, in words (with the code for searching). */
export function errnoText(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code && ERRNO[code]) return `${ERRNO[code]} (${code})`;
  return code ?? (err instanceof Error ? err.message : String(err));
}

/** The output folder could not be written (the environment's doing, not ours): exit 3, nothing changed. */
export class WriteFailedError extends Error {
  readonly exitCode = EXIT.refusedOverwrite;
  constructor(
    readonly target: string,
    cause: unknown,
  ) {
    const path = (cause as NodeJS.ErrnoException)?.path;
    super(
      `Could not write into ${target}: ${errnoText(cause)}${path ? ` at ${path}` : ''}. Every file was left or put back as it was.\n` +
        `  Fix: choose an --out folder you can write to, or free space / fix the permissions and run again.`,
    );
    this.name = 'WriteFailedError';
  }
}
