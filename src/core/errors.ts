/** Typed errors carry the exit code the CLI maps them to; library code never exits. */

export const EXIT = {
  ok: 0,
  checksFailed: 1,
  usage: 2,
  refusedOverwrite: 3,
  internal: 4,
  interrupted: 130,
} as const;

/** Bad input: one line per problem, each naming the flag or file key and the fix. */
export class UsageError extends Error {
  readonly exitCode = EXIT.usage;
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'UsageError';
  }
}

export class RefusedOverwriteError extends Error {
  readonly exitCode = EXIT.refusedOverwrite;
  constructor(readonly target: string) {
    super(
      `Refusing to write into ${target}: it exists and is not empty.\n` +
        `  Fix: choose another --out folder, empty it, or pass --force to replace it (the old tree is moved aside first and restored if writing fails).`,
    );
    this.name = 'RefusedOverwriteError';
  }
}
