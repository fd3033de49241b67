/** Entry point of the built CLI: the only place that calls process.exit. */
import { main } from './cli/main.js';

process.on('SIGINT', () => process.exit(130));
const code = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env });
// Interrupted in the wizard: leave now, without waiting for work still in flight (nothing is written).
if (code === 130) process.exit(130);
process.exitCode = code;
