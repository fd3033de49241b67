/**
 * A parsed Terraform tree for the rules: every block with its file, line, module folder and
 * address, over hcl2json's output. Pure: the parse step (checks/check-parse.ts for our output,
 * analysis/read-tree.ts for any tree) fills `parsed`; this indexes it.
 */
import { posix } from 'node:path';
import { escapeRe } from '../core/text.js';

export type Json = Record<string, unknown>;

export interface Block {
  kind: 'resource' | 'data' | 'module' | 'variable' | 'output' | 'provider';
  /** Resource or data type; for the other kinds, empty. */
  type: string;
  name: string;
  /** As Terraform writes it inside its module: aws_vpc_endpoint.this, data.aws_iam_policy_document.x, module.api. */
  address: string;
  file: string;
  /** 1-based line of the block's header (1 when it cannot be found). */
  line: number;
  /** The module folder ('' for the root). */
  dir: string;
  body: Json;
}

export interface Tree {
  files: ReadonlyMap<string, string>;
  parsed: ReadonlyMap<string, Json>;
  blocks: Block[];
  /** Known values of var.* and local.* per module folder (defaults, tfvars, module arguments), where static. */
  values: Map<string, Map<string, unknown>>;
}

export const dirOf = (file: string) => (file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '');

/** A block body as hcl2json gives it: one object per block instance. */
export function bodies(v: unknown): Json[] {
  return Array.isArray(v) ? (v.filter((x) => x && typeof x === 'object') as Json[]) : [];
}

export function treeOf(files: ReadonlyMap<string, string>, parsed: ReadonlyMap<string, Json>, values: Map<string, Map<string, unknown>> = new Map()): Tree {
  const blocks: Block[] = [];
  for (const [file, doc] of parsed) {
    if (!file.endsWith('.tf')) continue;
    const text = files.get(file) ?? '';
    const lineOf = (header: RegExp) => {
      const lines = text.split('\n');
      const i = lines.findIndex((l) => header.test(l));
      return i < 0 ? 1 : i + 1;
    };
    const label = (s: string) => `"?${escapeRe(s)}"?`;
    for (const kind of ['resource', 'data'] as const) {
      for (const [type, byName] of Object.entries((doc[kind] ?? {}) as Record<string, Json>)) {
        for (const [name, list] of Object.entries(byName)) {
          const line = lineOf(new RegExp(`^\\s*${kind}\\s+${label(type)}\\s+${label(name)}\\s*\\{`));
          for (const body of bodies(list)) blocks.push({ kind, type, name, address: `${kind === 'data' ? 'data.' : ''}${type}.${name}`, file, line, dir: dirOf(file), body });
        }
      }
    }
    for (const kind of ['module', 'variable', 'output', 'provider'] as const) {
      for (const [name, list] of Object.entries((doc[kind] ?? {}) as Json)) {
        const line = lineOf(new RegExp(`^\\s*${kind}\\s+${label(name)}\\s*\\{`));
        for (const body of bodies(list)) blocks.push({ kind, type: '', name, address: kind === 'module' ? `module.${name}` : `${kind}.${name}`, file, line, dir: dirOf(file), body });
      }
    }
  }
  const tree: Tree = { files, parsed, blocks, values };
  // A resource whose count settles to 0 does not exist.
  tree.blocks = blocks.filter((b) => b.kind !== 'resource' || valueOf(tree, b.dir, b.body.count) !== 0);
  return tree;
}

/** Resources (or data sources, with `data.` before the type) of a type, in one module folder when given. */
export function ofType(tree: Tree, type: string, dir?: string): Block[] {
  const [kind, t] = type.startsWith('data.') ? ['data', type.slice(5)] : ['resource', type];
  return tree.blocks.filter((b) => b.kind === kind && b.type === t && (dir === undefined || b.dir === dir));
}

/** Whether an expression string (as hcl2json gives it, "${…}") refers to a block's address. */
export const refersTo = (expr: unknown, address: string) => new RegExp(`(^|[^\\w.])${escapeRe(address)}(\\.|\\[|$|[^\\w])`).test(JSON.stringify(expr ?? ''));

/** A literal value, or undefined when the value is an expression ("${…}") that static reading cannot settle. */
export function literal(v: unknown): unknown {
  if (typeof v === 'string' && v.includes('${')) return undefined;
  return v;
}

const REF = /^\$\{(var|local)\.([\w-]+)\}$/;
const TERNARY = /^\$\{var\.([\w-]+)\s*\?\s*(\d+)\s*:\s*(\d+)\}$/;

/**
 * The value of an attribute when it can be known statically: a literal, `var.x` or `local.x`
 * whose value is known in that module folder, `var.flag ? 1 : 0`, or a list of those.
 * Otherwise undefined (the rule then skips).
 */
export function valueOf(tree: Tree, dir: string, v: unknown): unknown {
  if (Array.isArray(v)) {
    const items = v.map((x) => valueOf(tree, dir, x));
    return items.some((x) => x === undefined) ? undefined : items;
  }
  if (typeof v !== 'string' || !v.includes('${')) return v;
  const known = tree.values.get(dir);
  const ref = REF.exec(v.trim());
  if (ref) {
    const value = known?.get(`${ref[1]}.${ref[2]}`);
    return value === undefined ? undefined : valueOf(tree, dir, value);
  }
  const ternary = TERNARY.exec(v.trim());
  if (ternary) {
    const flag = known?.get(`var.${ternary[1]}`);
    return typeof flag === 'boolean' ? Number(flag ? ternary[2] : ternary[3]) : undefined;
  }
  return undefined;
}

/** A local module call: the folder it reads (relative to the tree's root) and the caller's folder. */
export type ModuleCalls = Map<string, { args: Json; from: string }>;

/** The local module calls in parsed files (source ./ or ../), by the folder they call. */
export function localModuleCalls(parsed: ReadonlyMap<string, Json>): ModuleCalls {
  const calls: ModuleCalls = new Map();
  for (const [file, doc] of parsed) {
    if (!file.endsWith('.tf')) continue;
    const from = dirOf(file);
    for (const list of Object.values((doc.module ?? {}) as Json)) {
      const call = bodies(list)[0];
      const source = String(call?.source ?? '');
      if (!call || !/^\.\.?\//.test(source)) continue;
      const target = posix.normalize(posix.join(from, source)).replace(/\/$/, '');
      calls.set(target === '.' ? '' : target, { args: call, from });
    }
  }
  return calls;
}

/**
 * var.* and local.* values per module folder, where static: a module's variable defaults,
 * overridden in the root by terraform.tfvars and *.auto.tfvars (in name order, as Terraform
 * loads them) and in a child by the arguments its caller passes — a literal, or a plain
 * `var.x`/`local.x` of the caller that is known.
 */
export function knownValues(parsed: ReadonlyMap<string, Json>, moduleArgs: ModuleCalls): Map<string, Map<string, unknown>> {
  const values = new Map<string, Map<string, unknown>>();
  const at = (dir: string) => values.get(dir) ?? values.set(dir, new Map()).get(dir)!;
  for (const [file, doc] of parsed) {
    const dir = dirOf(file);
    if (file.endsWith('.tfvars')) continue;
    for (const [name, list] of Object.entries((doc.variable ?? {}) as Json)) {
      const def = bodies(list)[0]?.default;
      if (def !== undefined && !at(dir).has(`var.${name}`)) at(dir).set(`var.${name}`, def);
    }
    for (const block of bodies(doc.locals)) for (const [name, v] of Object.entries(block)) at(dir).set(`local.${name}`, v);
  }
  for (const [file, doc] of [...parsed].filter(([f]) => f.endsWith('.tfvars')).sort(([a], [b]) => (a === 'terraform.tfvars' ? -1 : b === 'terraform.tfvars' ? 1 : a < b ? -1 : 1)))
    for (const [name, v] of Object.entries(doc)) if (!file.includes('/')) at('').set(`var.${name}`, v);
  for (const [dir, { args, from }] of moduleArgs)
    for (const [name, v] of Object.entries(args)) {
      if (['source', 'version', 'count', 'for_each', 'providers', 'depends_on'].includes(name)) continue;
      if (typeof v === 'string' && v.includes('${')) {
        // set by an expression: known only when it is a plain reference the caller knows
        const ref = REF.exec(v.trim());
        const passed = ref ? values.get(from)?.get(`${ref[1]}.${ref[2]}`) : undefined;
        if (passed === undefined) at(dir).delete(`var.${name}`);
        else at(dir).set(`var.${name}`, passed);
      } else at(dir).set(`var.${name}`, v);
    }
  return values;
}
