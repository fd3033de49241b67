/** Entry point of the built CLI: the only place that calls process.exit. */
import { main } from './commands/main.js';
import { settleCacheWrites } from './hcl/cache.js';
import { interruptedWriteNote } from './write/write-owned.js';
import { EXIT, errnoText } from './core/errors.js';

// Interrupted: the writer's exit hook puts the folder back as it was (see write/), unless the
// write had completed; either way, say which.
const interrupted = (code: number) => () => {
  const note = interruptedWriteNote();
  if (note) process.stderr.write(`${note}\n`);
  process.exit(code);
};
process.on('SIGINT', interrupted(EXIT.interrupted));
process.on('SIGTERM', interrupted(EXIT.terminated));
// A closed pipe or a full device on stdout/stderr must not crash the run with an unhandled
// 'error' event: the exit code already says how the run went.
let lostOutput: NodeJS.ErrnoException | undefined;
process.stdout.on('error', (err: NodeJS.ErrnoException) => (lostOutput ??= err));
process.stderr.on('error', () => undefined);

const code = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env });
// Interrupted in the wizard: leave now, without waiting for work still in flight (nothing is written).
if (code === EXIT.interrupted) process.exit(EXIT.interrupted);
// Leave as soon as the output is out and the cache entries are stored: a WASM runtime or the
// formatter's worker started early (warm-up) must not keep a finished run alive.
await settleCacheWrites();
await Promise.all([process.stdout, process.stderr].map((s) => new Promise<void>((r) => s.write('', () => r()))));
// A report that could not be written (a full device, a closed pipe) is not a success.
if (lostOutput && lostOutput.code !== 'EPIPE') {
  process.stderr.write(`error: could not write the output to stdout: ${errnoText(lostOutput)}.\n`);
  process.exit(code === EXIT.ok ? EXIT.refusedOverwrite : code);
}
process.exit(code);
