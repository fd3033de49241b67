// Hosts the formatter (@cdktf/hcl-tools) on its own thread, so formatting runs on a second
// core while the main thread parses and checks. The main thread compiles the program (the
// unzip and compile run on background threads there) and posts it here as the first message;
// format requests follow. Plain JavaScript: it runs as-is from src/ under the tests, and the
// build bundles it next to the CLI.
import { parentPort } from 'node:worker_threads';
import { callGo, runGoProgram } from './go-program.js';

/** @type {Promise<Record<string, import('./go-program.js').GoFunction>> | undefined} */
let program;
parentPort.on('message', async (message) => {
  if (message.start) {
    program = runGoProgram('@cdktf/hcl-tools', message.start.root, message.start.module);
    return;
  }
  const { id, text } = message;
  try {
    const { format } = await program;
    parentPort.postMessage({ id, value: await callGo(format, text) });
  } catch (err) {
    parentPort.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
});
