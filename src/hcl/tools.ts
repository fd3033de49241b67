/**
 * The two WASM-backed HCL tools: @cdktf/hcl2json (parse) and @cdktf/hcl-tools (format).
 * Each is a Go program that costs ~100 ms of CPU to start, so they load lazily, once per
 * process, and the caller can start them early (`warmUp`) to overlap their start with
 * rendering. The parser runs on the main thread; the formatter on a worker thread, so the two
 * Go runtimes use two cores.
 */
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { callGo, startGoProgram } from './go-wasm.js';
import { EXIT } from '../core/errors.js';

export interface HclTools {
  parse(file: string, text: string): Promise<Record<string, unknown>>;
  format(text: string): Promise<string>;
}

/** A tool could not start (an incomplete install, a changed package): not the HCL's fault. */
export class ToolStartError extends Error {
  readonly exitCode = EXIT.internal;
  constructor(tool: string, cause: unknown) {
    super(`${tool} could not start: ${cause instanceof Error ? cause.message : String(cause)}. The install looks incomplete: reinstall create-api-endpoint (in a checkout: npm ci).`);
    this.name = 'ToolStartError';
  }
}

type Parse = HclTools['parse'];
let parser: Promise<Parse> | undefined;
let formatter: Formatter | undefined;

const loadParser = () =>
  (tuneWasm(),
  (parser ??= startGoProgram('@cdktf/hcl2json').then(
    ({ parse }) =>
      async (file: string, text: string) =>
        JSON.parse(await callGo(parse!, file, text)) as Record<string, unknown>,
    (err: unknown) => {
      throw new ToolStartError('@cdktf/hcl2json', err);
    },
  )));
const loadFormatter = () => (tuneWasm(), (formatter ??= new Formatter()));

/** Node majors whose V8 is known to have the flags below (an unknown flag prints an error). */
const TUNED_NODE = { min: 20, max: 26 };

let tuned = false;
/**
 * Both tools are large Go programs compiled to WASM and run once per process. V8 would
 * validate and compile every function up front and recompile hot ones with its optimizing
 * tier in the background; for a short run that work costs more than it saves. Validate and
 * compile lazily, with the baseline compiler only: a cold run takes about half the time and a
 * third less memory (see `npm run bench`). V8 flags are process-wide and apply to modules
 * compiled after they are set, so this runs just before the first tool loads (and after Ink's
 * small layout engine has compiled normally, on the wizard path). On a Node newer than the
 * ones checked, the tools run with V8's defaults: slower, never wrong.
 */
function tuneWasm(): void {
  if (tuned) return;
  tuned = true;
  const major = Number(process.versions.node.split('.')[0]);
  if (major < TUNED_NODE.min || major > TUNED_NODE.max) return;
  for (const flag of ['--wasm-lazy-compilation', '--wasm-lazy-validation', '--liftoff-only']) setFlagsFromString(flag);
}

/** The formatter on a worker thread (format-worker.js): it runs beside the parser on a second core. */
export class Formatter {
  private readonly worker: Worker;
  private readonly pending = new Map<number, { resolve: (v: string) => void; reject: (e: Error) => void }>();
  private next = 0;
  /** Set when the worker died (its program did not start): every call fails with it. */
  private failed: ToolStartError | undefined;

  constructor(script = new URL('./format-worker.js', import.meta.url)) {
    this.worker = new Worker(script);
    // An idle formatter must not keep the process alive.
    this.worker.unref();
    this.worker.on('message', ({ id, value, error }: { id: number; value?: string; error?: string }) => {
      const call = this.pending.get(id)!;
      this.pending.delete(id);
      if (this.pending.size === 0) this.worker.unref();
      if (error !== undefined) call.reject(new Error(error));
      else call.resolve(value!);
    });
    this.worker.on('error', (err) => {
      this.failed = new ToolStartError('@cdktf/hcl-tools', err);
      for (const call of this.pending.values()) call.reject(this.failed);
      this.pending.clear();
    });
  }

  format(text: string): Promise<string> {
    if (this.failed) return Promise.reject(this.failed);
    const id = this.next++;
    if (this.pending.size === 0) this.worker.ref();
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, text });
    });
  }
}

/** Start loading what a run will need, without waiting for it. */
export function warmUp(what: { parse?: boolean; format?: boolean }): void {
  if (what.parse) void loadParser().catch(() => undefined);
  // The worker starts its Go program as soon as it is created.
  if (what.format) loadFormatter();
}

export const hclTools: HclTools = {
  parse: async (file, text) => (await loadParser())(file, text),
  format: (text) => loadFormatter().format(text),
};

/** Files that hold HCL (and so are parsed, formatted and checked). */
export const isHcl = (path: string) => path.endsWith('.tf') || path.endsWith('.tfvars') || path.endsWith('.tfvars.example');
