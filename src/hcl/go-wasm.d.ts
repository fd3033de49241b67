/** Types for go-wasm.js (plain JavaScript so the formatter's worker can load it as-is). */
export type GoFunction = (...args: unknown[]) => void;
export function startGoProgram(pkg: '@cdktf/hcl2json' | '@cdktf/hcl-tools'): Promise<Record<string, GoFunction>>;
export function callGo(fn: GoFunction, ...args: unknown[]): Promise<string>;
