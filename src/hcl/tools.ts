/**
 * The two WASM-backed HCL tools: @cdktf/hcl2json (parse) and @cdktf/hcl-tools (format).
 * Each costs ~150–250 ms to start, so they load lazily, once per process, and the caller
 * can start them early (`warmUp`) to overlap their start with rendering.
 */

export interface HclTools {
  parse(file: string, text: string): Promise<Record<string, unknown>>;
  format(text: string): Promise<string>;
}

let parser: Promise<typeof import('@cdktf/hcl2json')> | undefined;
let formatter: Promise<typeof import('@cdktf/hcl-tools')> | undefined;

const loadParser = () => (parser ??= import('@cdktf/hcl2json'));
const loadFormatter = () => (formatter ??= import('@cdktf/hcl-tools'));

/** Start loading what a run will need, without waiting for it. */
export function warmUp(what: { parse?: boolean; format?: boolean }): void {
  if (what.parse) void loadParser().catch(() => undefined);
  if (what.format) void loadFormatter().catch(() => undefined);
}

export const hclTools: HclTools = {
  async parse(file, text) {
    const { parse } = await loadParser();
    return parse(file, text);
  },
  async format(text) {
    const { format } = await loadFormatter();
    return format(text);
  },
};

/** Files that hold HCL (and so are parsed, formatted and checked). */
export const isHcl = (path: string) => path.endsWith('.tf') || path.endsWith('.tfvars') || path.endsWith('.tfvars.example');
