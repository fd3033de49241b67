// Runs a compiled Go program from one of the two @cdktf WASM packages and calls its
// functions. Kept apart from go-wasm.js (which reads and compiles the binaries) so that the
// formatter's worker, which receives its program already compiled, loads nothing else.
// Plain JavaScript: format-worker.js uses it as-is.
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

/** The global object each package's Go program registers its functions on. */
const REGISTRY = {
  '@cdktf/hcl2json': '__parse_terraform_config_wasm__',
  '@cdktf/hcl-tools': '__hcl_helpers_config_wasm__',
};

/**
 * @param {keyof typeof REGISTRY} pkg
 * @param {string} root the package's folder
 * @param {WebAssembly.Module} module its compiled main.wasm
 * @returns {Promise<Record<string, (...args: unknown[]) => void>>}
 */
export async function runGoProgram(pkg, root, module) {
  // Go's wasm_exec.js sets globalThis.Go (and the fs/crypto shims Go expects); take the class
  // at once, as the other package's copy would replace it.
  require(join(root, 'wasm', 'bridge_wasm_exec.js'));
  const Go = globalThis.Go;
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
