/** Entry point of the built CLI: the only place that calls process.exit or sets V8 flags. */
import { setFlagsFromString } from 'node:v8';
import { main } from './cli/main.js';

// The HCL tools are large Go programs compiled to WASM, run once per process. V8 would
// compile every function up front and recompile hot ones with its optimizing tier in the
// background; for a short run that compile work costs more than it saves. Compile lazily,
// with the baseline compiler only: a cold run takes about half the time and a third less
// memory (see `npm run bench`). Set before any WASM module is compiled (they load lazily).
setFlagsFromString('--wasm-lazy-compilation');
setFlagsFromString('--liftoff-only');

process.on('SIGINT', () => process.exit(130));
const code = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env });
// Interrupted in the wizard: leave now, without waiting for work still in flight (nothing is written).
if (code === 130) process.exit(130);
process.exitCode = code;
