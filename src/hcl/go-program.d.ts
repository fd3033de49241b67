/** Types for go-program.js (plain JavaScript so the formatter's worker can load it as-is). */
export type GoPackage = '@cdktf/hcl2json' | '@cdktf/hcl-tools';
export type GoFunction = (...args: unknown[]) => void;
export function runGoProgram(pkg: GoPackage, root: string, module: WebAssembly.Module): Promise<Record<string, GoFunction>>;
export function callGo(fn: GoFunction, ...args: unknown[]): Promise<string>;
