/** What every check receives, and small helpers to read hcl2json's output. */
import type { CheckResult, FileTree, Finding } from '../core/types.js';

export type { Json } from '../analysis/tree.js';
import type { Json } from '../analysis/tree.js';

/** The formatted tree: what the checks that need final text read. */
export interface Formatted {
  /** Final text of every file, in the planned order. */
  files: FileTree;
  /** The formatter's own output for each HCL file (absent where it failed). */
  canonical: FileTree;
}

export interface CheckInput {
  /** Final (formatted) files; the parse check, which runs first, sees the rendered text here. */
  files: FileTree;
  /** Files as the templates rendered them, before formatting (for the template guard). */
  raw: FileTree;
  /** The formatter's output for each rendered HCL file, when the pipeline formatted them. */
  canonical?: FileTree;
  /** hcl2json output per HCL file; filled by the parse check. */
  parsed: Map<string, Json>;
  /**
   * Files the Terraform reads that the run does not write (the owner's OpenAPI document), by
   * path relative to the root (../ where they live above it).
   */
  inputs?: FileTree;
  /** What the OpenAPI document holds that API Gateway or the endpoint decision will not take: findings of their rules. */
  openapiFindings?: Finding[];
}

/** The steps of every run, in order, as progress shows them (`render`, then the checks). */
export const STEP_NAMES = ['render', 'parse', 'schema', 'references', 'format', 'security', 'terraform validate'] as const;

export interface Check {
  name: string;
  /**
   * Runs on the final (formatted) text rather than the rendered text. Other checks may run
   * while formatting finishes: they read the parsed files, and take line numbers from the
   * rendered text, which the formatter never moves (it changes spaces within lines only).
   */
  needsFinalText?: boolean;
  run(input: CheckInput): Promise<Omit<CheckResult, 'name' | 'durationMs'>> | Omit<CheckResult, 'name' | 'durationMs'>;
}

export function statusOf(findings: Finding[]): 'pass' | 'fail' {
  return findings.some((f) => f.severity === 'error') ? 'fail' : 'pass';
}

export { bodies } from '../analysis/tree.js';
import { bodies } from '../analysis/tree.js';

export interface Declared {
  kind: 'resource' | 'data';
  type: string;
  name: string;
  body: Json;
  file: string;
}

/** Resources and data sources of a set of parsed files. */
export function declaredBlocks(parsed: Map<string, Json>, files: string[]): Declared[] {
  const out: Declared[] = [];
  for (const file of files) {
    const doc = parsed.get(file);
    if (!doc) continue;
    for (const kind of ['resource', 'data'] as const) {
      const byType = (doc[kind] ?? {}) as Record<string, Record<string, unknown>>;
      for (const [type, byName] of Object.entries(byType)) {
        for (const [name, list] of Object.entries(byName)) {
          for (const body of bodies(list)) out.push({ kind, type, name, body, file });
        }
      }
    }
  }
  return out;
}

/** Named top-level blocks (variable, output, module) of a set of parsed files. */
export function namedBlocks(parsed: Map<string, Json>, files: string[], kind: string): Map<string, { body: Json; file: string }> {
  const out = new Map<string, { body: Json; file: string }>();
  for (const file of files) {
    const byName = (parsed.get(file)?.[kind] ?? {}) as Record<string, unknown>;
    for (const [name, list] of Object.entries(byName)) {
      const body = bodies(list)[0];
      if (body) out.set(name, { body, file });
    }
  }
  return out;
}

/** Terraform module folders in a tree: each folder holding .tf files. */
export function moduleDirs(files: Iterable<string>): Map<string, string[]> {
  const dirs = new Map<string, string[]>();
  for (const f of files) {
    if (!f.endsWith('.tf')) continue;
    const dir = f.includes('/') ? f.slice(0, f.lastIndexOf('/')) : '';
    dirs.set(dir, [...(dirs.get(dir) ?? []), f]);
  }
  return dirs;
}

/** 1-based line of the first line matching `pattern` after the line matching `after` (when given). */
export function lineOf(text: string | undefined, pattern: RegExp, after?: RegExp): number | undefined {
  if (!text) return undefined;
  const lines = text.split('\n');
  let start = 0;
  if (after) {
    const i = lines.findIndex((l) => after.test(l));
    if (i < 0) return undefined;
    start = i;
  }
  for (let i = start; i < lines.length; i++) if (pattern.test(lines[i]!)) return i + 1;
  return undefined;
}

export { escapeRe } from '../core/text.js';
