// Hosts the formatter (@cdktf/hcl-tools) on its own thread, so formatting runs on a second
// core while the main thread parses and checks. Plain JavaScript: it runs as-is from src/
// under the tests, and the build bundles it next to the CLI.
import { parentPort } from 'node:worker_threads';
import { callGo, startGoProgram } from './go-wasm.js';

const { format } = await startGoProgram('@cdktf/hcl-tools');
parentPort.on('message', async ({ id, text }) => {
  try {
    parentPort.postMessage({ id, value: await callGo(format, text) });
  } catch (err) {
    parentPort.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
});
