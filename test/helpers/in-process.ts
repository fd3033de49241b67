// Runs the CLI's main(argv, io) in this process — no child process, no build — with streams
// that collect what it prints and no terminal. For the fast tier; tests that need a real
// process (signals, a pseudo-terminal, the bundled bin) spawn the built CLI instead.
import { main, type Io } from '../../src/commands/main.js';

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

export function fakeIo(env: Record<string, string | undefined> = {}): { io: Io; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  const stream = (sink: (s: string) => void) => ({ isTTY: false, columns: 80, write: (s: string | Uint8Array, cb?: () => void) => (sink(String(s)), cb?.(), true) }) as unknown as NodeJS.WriteStream;
  const base = { XDG_CACHE_HOME: process.env.XDG_CACHE_HOME, HOME: process.env.HOME, PATH: process.env.PATH, NO_COLOR: '1' };
  return { io: { stdout: stream((s) => (out += s)), stderr: stream((s) => (err += s)), stdin: { isTTY: false } as NodeJS.ReadStream, env: { ...base, ...env } }, out: () => out, err: () => err };
}

/** main(argv) in process; every path in argv should be absolute (the working folder is the test runner's). */
export async function run(argv: string[], env: Record<string, string | undefined> = {}): Promise<Ran> {
  const f = fakeIo(env);
  const code = await main(argv, f.io);
  return { code, stdout: f.out(), stderr: f.err() };
}

/**
 * The in-process stand-in for helpers/cli.ts's `cli()`: the same arguments and result shape
 * ({ exitCode, stdout, stderr }), run by main() in this process from `cwd` (a new empty folder
 * by default). Tests in a file run one after another, so changing the working folder for the
 * run is safe. For what needs a real process — signals, a terminal, the bundled bin, how the
 * process exits — use cli().
 */
export async function cliInProcess(args: string[], opts: { cwd?: string; env?: Record<string, string>; timeout?: number } = {}): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const cwd = opts.cwd ?? mkdtempSync(join(tmpdir(), 'cae-cwd-'));
  const env: Record<string, string | undefined> = { ...process.env, AWS_REGION: undefined, AWS_DEFAULT_REGION: undefined, NO_COLOR: '1', ...opts.env };
  // The formatter's worker thread resolves this test process's --import tsx from the working
  // folder when it starts: start it here, before the working folder changes.
  const { hclTools } = await import('../../src/hcl/tools.js');
  await hclTools.format('a = 1\n');
  const before = process.cwd();
  process.chdir(cwd);
  try {
    const f = fakeIo();
    f.io.env = env;
    const exitCode = await main(args, f.io);
    return { exitCode, stdout: f.out(), stderr: f.err() };
  } finally {
    process.chdir(before);
  }
}
