/** Entry point of the built CLI: the only place that calls process.exit. */
import { main } from './cli/main.js';

process.on('SIGINT', () => process.exit(130));
const code = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env });
process.exitCode = code;
