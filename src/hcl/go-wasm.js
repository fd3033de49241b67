// Starts the Go program inside one of the two @cdktf WASM packages and returns the functions
// it registers. The packages' own entry points do the same, but first load fs-extra (~25 ms)
// and unzip their ~6 MB binary in 16 KB steps with gunzipSync on the calling thread (~23 ms);
// here the unzip is one step on libuv's thread pool (~12 ms) and compilation is asynchronous,
// so the calling thread keeps working while the binary gets ready. What this relies on —
// `main.wasm.gz` at the package root, `wasm/bridge_wasm_exec.js` defining `globalThis.Go`,
// the program registering its functions on a global object — is the layout of the exact
// versions pinned in package.json; every test that parses or formats goes through here.
// Plain JavaScript: the formatter's worker (format-worker.js) uses it too.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';

const require = createRequire(import.meta.url);

/** The global object each package's Go program registers its functions on. */
const REGISTRY = {
  '@cdktf/hcl2json': '__parse_terraform_config_wasm__',
  '@cdktf/hcl-tools': '__hcl_helpers_config_wasm__',
};

/**
 * @param {keyof typeof REGISTRY} pkg
 * @returns {Promise<Record<string, (...args: unknown[]) => void>>}
 */
export async function startGoProgram(pkg) {
  // Entry points: hcl2json's is lib/index.js, hcl-tools' src/index.js; the files sit one up.
  const root = join(dirname(require.resolve(pkg)), '..');
  const binary = readFile(join(root, 'main.wasm.gz')).then(unzip);
  // Go's wasm_exec.js sets globalThis.Go (and the fs/crypto shims Go expects); take the class
  // at once, as the other package's copy would replace it.
  require(join(root, 'wasm', 'bridge_wasm_exec.js'));
  const Go = globalThis.Go;
  const module = await WebAssembly.compile(await binary);
  const go = new Go();
  // Go 1.18's collector starts at a 4 MB heap and would run every few MB of the parse's
  // garbage; for a run this short, collecting at 5× the live heap costs ~10% less CPU for
  // ~10 MB more memory. (GOMEMLIMIT, which would bound it, needs Go 1.19.)
  go.env = { GOGC: '400' };
  const instance = await WebAssembly.instantiate(module, go.importObject);
  const functions = {};
  globalThis[REGISTRY[pkg]] = functions;
  // Runs Go's main until it blocks waiting for calls; its functions are registered by then.
  void go.run(instance);
  if (Object.keys(functions).length === 0) throw new Error(`${pkg}: the Go program registered no functions (is the installed version the one package.json pins?)`);
  return functions;
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

/**
 * Calls a function of a Go program: Go takes a Node-style callback as the last argument.
 * @param {(...args: unknown[]) => void} fn
 * @param {...unknown} args
 * @returns {Promise<string>}
 */
export function callGo(fn, ...args) {
  return new Promise((resolve, reject) => {
    fn(...args, (/** @type {unknown} */ err, /** @type {string} */ value) => (err ? reject(new Error(String(err))) : resolve(value)));
  });
}
