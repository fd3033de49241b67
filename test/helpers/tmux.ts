import { execFileSync, spawnSync } from 'node:child_process';
import { BIN } from './cli.js';

/** Whether tmux is here (it is on these machines; .ci/run installs it where it is not). */
export const hasTmux = spawnSync('tmux', ['-V']).status === 0;

let n = 0;
/**
 * The built CLI in a tmux window of the given size: what a person sees is `screen()` (the
 * pane as rendered, not the byte stream), so stale lines and wrapping show as they would.
 */
export function inTmux(args: string[], opts: { cwd: string; cols: number; rows: number; env?: Record<string, string> }) {
  const socket = `cae-test-${process.pid}-${n++}`;
  const tmux = (...a: string[]) => execFileSync('tmux', ['-L', socket, ...a], { encoding: 'utf8' });
  const env = Object.entries({ NO_COLOR: '1', AWS_REGION: '', AWS_DEFAULT_REGION: '', ...opts.env }).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(' ');
  const command = `cd ${JSON.stringify(opts.cwd)} && env -u CI ${env} ${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} ${args.map((a) => JSON.stringify(a)).join(' ')}; echo "[exit $?]"; sleep 60`;
  tmux('new-session', '-d', '-x', String(opts.cols), '-y', String(opts.rows), command);
  const screen = () => tmux('capture-pane', '-p');
  return {
    screen,
    /** The screen with what scrolled off above it (the last 500 lines). */
    history: () => tmux('capture-pane', '-p', '-S', '-500'),
    async waitFor(text: string | RegExp, timeoutMs = 20_000): Promise<string> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const s = screen();
        if (typeof text === 'string' ? s.includes(text) : text.test(s)) {
          await new Promise((r) => setTimeout(r, 200)); // let the screen attach its input handler
          return screen();
        }
        if (Date.now() > deadline) throw new Error(`no "${text}" on the ${opts.cols}×${opts.rows} screen; it shows:\n${s}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    keys: (...keys: string[]) => void tmux('send-keys', ...keys),
    close: () => void spawnSync('tmux', ['-L', socket, 'kill-server']),
  };
}
