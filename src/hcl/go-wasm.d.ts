/** Types for go-wasm.js (plain JavaScript, like go-program.js). */
import type { GoFunction, GoPackage } from './go-program.js';
export function compileGoProgram(pkg: GoPackage): Promise<{ root: string; module: WebAssembly.Module }>;
export function startGoProgram(pkg: GoPackage): Promise<Record<string, GoFunction>>;
