// Loads the Go programs inside the two @cdktf WASM packages. The packages' own entry points
// do this too, but first load fs-extra (~25 ms) and unzip their ~6 MB binary in 16 KB steps
// with gunzipSync on the calling thread (~23 ms); here the unzip is one step on libuv's
// thread pool (~12 ms) and compilation is asynchronous, so the calling thread keeps working
// while the binary gets ready. What this relies on — `main.wasm.gz` at the package root,
// `wasm/bridge_wasm_exec.js` defining `globalThis.Go`, the program registering its functions
// on a global object — is the layout of the exact versions pinned in package.json; every
// test that parses or formats goes through here. Plain JavaScript, like go-program.js.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { runGoProgram } from './go-program.js';

const require = createRequire(import.meta.url);

/**
 * A package's folder and its compiled program (a WebAssembly.Module can be posted to a worker).
 * @param {import('./go-program.js').GoPackage} pkg
 */
export async function compileGoProgram(pkg) {
  // Entry points: hcl2json's is lib/index.js, hcl-tools' src/index.js; the files sit one up.
  const root = join(dirname(require.resolve(pkg)), '..');
  const module = await WebAssembly.compile(await readFile(join(root, 'main.wasm.gz')).then(unzip));
  return { root, module };
}

/**
 * Compiles and starts a package's Go program on this thread.
 * @param {import('./go-program.js').GoPackage} pkg
 */
export async function startGoProgram(pkg) {
  const { root, module } = await compileGoProgram(pkg);
  return runGoProgram(pkg, root, module);
}

/**
 * Unzips on the thread pool into one buffer of the final size (gzip's trailer holds it): in
 * 16 KB chunks, as zlib would by default, the unzip costs three times the CPU.
 * @param {Buffer} gz
 */
function unzip(gz) {
  const size = gz.readUInt32LE(gz.length - 4);
  return promisify(gunzip)(gz, { chunkSize: Math.max(size, 64 * 1024) });
}
