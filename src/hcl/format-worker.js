// Hosts @cdktf/hcl-tools (the formatter) on its own thread, so formatting runs on a second
// core while the main thread parses and checks. Plain JavaScript: it runs as-is from src/
// under the tests and is copied next to the bundle by the build.
import { parentPort } from 'node:worker_threads';

const { format } = await import('@cdktf/hcl-tools');
parentPort.on('message', async ({ id, text }) => {
  try {
    parentPort.postMessage({ id, value: await format(text) });
  } catch (err) {
    parentPort.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
});
