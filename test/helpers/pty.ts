import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { BIN } from './cli.js';

const DRIVER = join(import.meta.dirname, 'run-in-pty.py');

/** Strips terminal control sequences, leaving the text a person would read. */
export const plain = (s: string) => s.replace(/\u001B\[[0-?]*[ -/]*[@-~]/g, '').replace(/\u001B[()][0-9A-Za-z]/g, '').replace(/\r/g, '');

/**
 * Starts the built CLI in a real pseudo-terminal (80×50) and returns a driver: wait for text
 * on the screen, type keys, read the raw output, await the exit code.
 */
export function inTerminal(args: string[], opts: { cwd: string; env?: Record<string, string | undefined>; size?: [number, number] }) {
  const env = { ...process.env, TERM: 'xterm-256color', AWS_REGION: undefined, AWS_DEFAULT_REGION: undefined, NO_COLOR: undefined, FORCE_COLOR: undefined, CI: undefined, ...opts.env };
  const child = spawn('python3', [DRIVER, String(opts.size?.[0] ?? 80), String(opts.size?.[1] ?? 50), process.execPath, BIN, ...args], { cwd: opts.cwd, env: env as NodeJS.ProcessEnv, stdio: ['pipe', 'pipe', 'inherit'] });
  let raw = '';
  let seen = 0;
  let exitCode: number | undefined;
  child.stdout.on('data', (d: Buffer) => (raw += d.toString('utf8')));
  // A failed wait must not leave the CLI running (it would keep the test process alive).
  running.add(child);
  child.on('exit', () => running.delete(child));
  const exited = new Promise<number>((resolve) => child.on('exit', (code) => resolve((exitCode = code ?? -1))));
  return {
    raw: () => raw,
    exited,
    /** Waits until `text` appears in the output after the previous match. */
    async waitFor(text: string | RegExp, timeoutMs = 15_000): Promise<string> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const screen = plain(raw.slice(seen));
        const m = typeof text === 'string' ? screen.indexOf(text) : screen.search(text);
        if (m >= 0) {
          seen = raw.length;
          // Give Ink a moment to attach its input handlers to the new screen.
          await new Promise((r) => setTimeout(r, 250));
          return screen;
        }
        if (Date.now() > deadline || exitCode !== undefined) throw new Error(`no "${text}" on the terminal${exitCode === undefined ? ` after ${timeoutMs} ms` : ` (it exited ${exitCode})`}; it shows:\n${plain(raw).slice(-2000)}`);
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    /**
     * One key, then wait for what it should show. A key sent while a new screen is still
     * attaching its input handler is dropped (a person would press again), so retry then.
     */
    async press(key: string, expect: string | RegExp, tries = 3): Promise<string> {
      for (let i = 1; ; i++) {
        await this.keys(key);
        try {
          return await this.waitFor(expect, i < tries ? 2500 : 15_000);
        } catch (err) {
          if (i >= tries || exitCode !== undefined) throw err;
        }
      }
    },
    /** Types text one character at a time, each seen echoed on the input line. */
    async typeSeen(text: string, before = '') {
      for (let i = 1; i <= text.length; i++) await this.press(text[i - 1]!, `› ${before}${text.slice(0, i)}`);
    },
    /** Types as a person does: one key at a time. */
    async keys(...keys: string[]) {
      for (const k of keys) {
        child.stdin.write(k);
        await new Promise((r) => setTimeout(r, 60));
      }
    },
    async type(text: string) {
      for (const ch of text) await this.keys(ch);
    },
    kill: () => child.kill('SIGKILL'),
  };
}

const running = new Set<ReturnType<typeof spawn>>();
/** Kills whatever a test left running in a terminal; call from `after`/`afterEach`. */
export function killTerminals() {
  for (const c of running) c.kill('SIGKILL');
}

export const KEY = { enter: '\r', up: '\u001B[A', down: '\u001B[B', esc: '\u001B', ctrlC: '\u0003', backspace: '\u007F' };
