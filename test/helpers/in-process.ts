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
