/**
 * The two WASM-backed HCL tools: @cdktf/hcl2json (parse) and @cdktf/hcl-tools (format).
 * Each costs ~150–250 ms to start, so they load lazily, once per process, and the caller
 * can start them early (`warmUp`) to overlap their start with rendering. The formatter runs
 * on a worker thread, so the two Go runtimes use two cores.
 */
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';

export interface HclTools {
  parse(file: string, text: string): Promise<Record<string, unknown>>;
  format(text: string): Promise<string>;
}

let parser: Promise<typeof import('@cdktf/hcl2json')> | undefined;
let formatter: Formatter | undefined;

const loadParser = () => (tuneWasm(), (parser ??= import('@cdktf/hcl2json')));
const loadFormatter = () => (tuneWasm(), (formatter ??= new Formatter()));

let tuned = false;
/**
 * Both tools are large Go programs compiled to WASM and run once per process. V8 would
 * compile every function up front and recompile hot ones with its optimizing tier in the
 * background; for a short run that work costs more than it saves. Compile lazily, with the
 * baseline compiler only: a cold run takes about half the time and a third less memory (see
 * `npm run bench`). V8 flags are process-wide and apply to modules compiled after they are
 * set, so this runs just before the first tool loads (and after Ink's small layout engine has
 * compiled normally, on the wizard path).
 */
function tuneWasm(): void {
  if (tuned) return;
  tuned = true;
  setFlagsFromString('--wasm-lazy-compilation');
  setFlagsFromString('--liftoff-only');
}

/** The formatter on a worker thread (format-worker.js): it runs beside the parser on a second core. */
class Formatter {
  private readonly worker = new Worker(new URL('./format-worker.js', import.meta.url));
  private readonly pending = new Map<number, { resolve: (v: string) => void; reject: (e: Error) => void }>();
  private next = 0;

  constructor() {
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
      for (const call of this.pending.values()) call.reject(err);
      this.pending.clear();
    });
  }

  format(text: string): Promise<string> {
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
  // The Go runtime starts on the first call; start it now.
  if (what.format) void loadFormatter().format('').catch(() => undefined);
}

export const hclTools: HclTools = {
  async parse(file, text) {
    const { parse } = await loadParser();
    return parse(file, text);
  },
  format: (text) => loadFormatter().format(text),
};

/** Files that hold HCL (and so are parsed, formatted and checked). */
export const isHcl = (path: string) => path.endsWith('.tf') || path.endsWith('.tfvars') || path.endsWith('.tfvars.example');
