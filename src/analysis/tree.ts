/**
 * A parsed Terraform tree for the rules: every block with its file, line, module folder,
 * address and whether it exists (count/for_each), and a scope per module folder in which any
 * attribute can be evaluated (evaluate.ts): variables from tfvars, defaults and what a caller
 * passes, locals, module outputs of local modules, files. References keep the folder they
 * were made in ("modules/api::aws_api_gateway_rest_api.this"), so evidence that crosses a
 * module boundary is followed. Pure, apart from `readFile` (file(), templatefile()).
 */
import { Encoded, evaluate, fromJson, isKnown, Unknown, walk, type Scope, type Value } from './evaluate.js';
import type { Step } from './hcl-expr.js';

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
  /** Whether it exists: true, or 'maybe' when its count or for_each is known only at apply. */
  exists: true | 'maybe';
}

/** A module call: the folder it reads when local, else its source (not analysed). */
export interface ModuleCall {
  block: Block;
  target?: string;
  source: string;
}

export interface Tree {
  files: ReadonlyMap<string, string>;
  parsed: ReadonlyMap<string, Json>;
  blocks: Block[];
  calls: ModuleCall[];
  /** Blocks by type (resource types bare, data sources as data.<type>, other kinds as <kind>). */
  index: Map<string, Block[]>;
  /**
   * The scope of a module folder. `existence`: the scope count and for_each are read in, where
   * a library root's variables are its caller's to set (a resource that exists only when an
   * input is set may exist), not their defaults.
   */
  scope(dir: string, existence?: boolean): Scope;
  /**
   * Whether the root is a module meant to be called (no provider configuration, no backend,
   * no tfvars): its variables are then the caller's to set, not their defaults.
   */
  library: boolean;
}

export const dirOf = (file: string) => (file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '');

/** A block body as hcl2json gives it (one object per block instance); a JSON configuration's single object counts too. */
export function bodies(v: unknown): Json[] {
  if (Array.isArray(v)) return v.filter((x) => x && typeof x === 'object' && !Array.isArray(x)) as Json[];
  return v && typeof v === 'object' ? [v as Json] : [];
}

/** A reference as the evaluator records it: qualified by the module folder it was made in. */
export const qualified = (dir: string, address: string) => `${dir}::${address}`;
/** The qualified reference of a block. */
export const refOf = (b: Block) => qualified(b.dir, b.address);

export interface TreeInput {
  files: ReadonlyMap<string, string>;
  parsed: ReadonlyMap<string, Json>;
  /** Line of each block, by file and key ("resource <type> <name>", "<kind> <name>"); computed from the text when absent. */
  lines?: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** Reads a file a configuration names (file(), templatefile()), relative to the root; undefined when it cannot be read. */
  readFile?: (path: string) => string | undefined;
}

export function treeOf(input: TreeInput): Tree {
  const { files, parsed } = input;
  const blocks: Block[] = [];
  for (const [file, doc] of parsed) {
    if (!isConfig(file)) continue;
    const lines = input.lines?.get(file) ?? declarationLines(files.get(file) ?? '');
    const dir = dirOf(file);
    for (const kind of ['resource', 'data'] as const)
      for (const [type, byName] of Object.entries(asMap(doc[kind])))
        for (const [name, list] of Object.entries(asMap(byName)))
          for (const body of bodies(list))
            blocks.push({ kind, type, name, address: `${kind === 'data' ? 'data.' : ''}${type}.${name}`, file, line: lines.get(`${kind} ${type} ${name}`) ?? 1, dir, body, exists: true });
    for (const kind of ['module', 'variable', 'output', 'provider'] as const)
      for (const [name, list] of Object.entries(asMap(doc[kind])))
        for (const body of bodies(list)) blocks.push({ kind, type: '', name, address: kind === 'module' ? `module.${name}` : `${kind}.${name}`, file, line: lines.get(`${kind} ${name}`) ?? 1, dir, body, exists: true });
  }

  const index = new Map<string, Block[]>();
  const put = (key: string, b: Block) => (index.get(key) ?? index.set(key, []).get(key)!).push(b);
  for (const b of blocks) put(b.kind === 'resource' ? b.type : b.kind === 'data' ? `data.${b.type}` : b.kind, b);

  const calls: ModuleCall[] = (index.get('module') ?? []).map((block) => {
    const source = typeof block.body.source === 'string' ? block.body.source : '';
    const local = /^\.\.?\//.test(source) ? normalizeDir(block.dir, source) : undefined;
    // A local folder this check did not read (missing, outside the checkout, no configuration)
    // is as unknown as a registry module: no target, so rules treat it the same way.
    const target = local !== undefined && [...parsed.keys()].some((f) => dirOf(f) === local && isConfig(f)) ? local : undefined;
    return { block, source, ...(target !== undefined ? { target } : {}) };
  });
  const rootHas = (kind: string) => [...parsed.entries()].some(([f, doc]) => dirOf(f) === '' && isConfig(f) && kind in doc);
  const backend = [...parsed.entries()].some(([f, doc]) => dirOf(f) === '' && isConfig(f) && bodies(doc.terraform).some((t) => 'backend' in t || 'cloud' in t));
  const tfvars = [...parsed.keys()].some((f) => isVars(f));
  const library = !rootHas('provider') && !backend && !tfvars && blocks.some((b) => b.kind === 'variable' && b.dir === '');

  const tree: Tree = { files, parsed, blocks, calls, index, scope: () => undefined as never, library };
  const scopes = new Map<string, Scope>();
  tree.scope = (dir, existence = false) => {
    const key = `${existence ? 'e' : 'v'}:${dir}`;
    return scopes.get(key) ?? scopes.set(key, makeScope(tree, dir, input.readFile ?? (() => undefined), existence)).get(key)!;
  };

  // A block whose count settles to 0 (or for_each to nothing) does not exist; one whose count
  // is known only at apply may exist.
  tree.blocks = blocks.filter((b) => {
    if (b.kind !== 'resource' && b.kind !== 'data' && b.kind !== 'module') return true;
    const scope = tree.scope(b.dir, true);
    if (b.body.count !== undefined) {
      const n = evaluate(b.body.count, scope);
      if (n === 0) return false;
      if (typeof n !== 'number') b.exists = 'maybe';
    }
    if (b.body.for_each !== undefined) {
      const each = evaluate(b.body.for_each, scope);
      if ((Array.isArray(each) && each.length === 0) || (isPlainObject(each) && Object.keys(each).length === 0)) return false;
      if (!isKnown(each)) b.exists = 'maybe';
    }
    return true;
  });
  tree.index = rebuild(tree.blocks);
  tree.calls = calls.filter((c) => tree.blocks.includes(c.block));
  return tree;
}

function rebuild(blocks: Block[]): Map<string, Block[]> {
  const index = new Map<string, Block[]>();
  for (const b of blocks) {
    const key = b.kind === 'resource' ? b.type : b.kind === 'data' ? `data.${b.type}` : b.kind;
    (index.get(key) ?? index.set(key, []).get(key)!).push(b);
  }
  return index;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Unknown);
const asMap = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
/** Configuration files (HCL or JSON syntax), as opposed to variable files. */
export const isConfig = (file: string) => file.endsWith('.tf') || file.endsWith('.tf.json');
/** Variable files: terraform.tfvars(.json) and *.auto.tfvars(.json) in the root. */
export const isVars = (file: string) => !file.includes('/') && (file.endsWith('.tfvars') || file.endsWith('.tfvars.json'));

function normalizeDir(from: string, source: string): string {
  const parts = from ? from.split('/') : [];
  for (const seg of source.replace(/\/+$/, '').split('/')) {
    if (seg === '' || seg === '.') continue;
    // Above the root (an example calling "../../"): the folder is named as read-tree names it, ../x.
    if (seg === '..' && parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
    else parts.push(seg);
  }
  return parts.join('/');
}

/** Resources (or data sources, as data.<type>) of a type, in one module folder when given. */
export function ofType(tree: Tree, type: string, dir?: string): Block[] {
  const all = tree.index.get(type) ?? [];
  return dir === undefined ? all : all.filter((b) => b.dir === dir);
}

/** An attribute of a block (or any raw value from its body), evaluated in the block's folder. */
/**
 * An attribute's value in a folder. Long expressions (an OpenAPI body) are evaluated once per
 * tree and folder: many rules read the same body.
 */
const evaluated = new WeakMap<Tree, Map<string, Value>>();
export const evalIn = (tree: Tree, dir: string, raw: unknown): Value => {
  if (typeof raw !== 'string' || raw.length < 200) return evaluate(raw, tree.scope(dir));
  let memo = evaluated.get(tree);
  if (!memo) evaluated.set(tree, (memo = new Map()));
  const key = `${dir}\0${raw}`;
  if (!memo.has(key)) memo.set(key, evaluate(raw, tree.scope(dir)));
  return memo.get(key)!;
};

/**
 * The value of an attribute when it is known statically (a literal, a known variable or
 * local, a conditional on a known flag, a list of those, a function of known values);
 * otherwise undefined, and the rule skips.
 */
export function valueOf(tree: Tree, dir: string, v: unknown): unknown {
  const value = evalIn(tree, dir, v);
  return isKnown(value) ? value : undefined;
}

/** The qualified references an attribute's value depends on. */
export { refsOfValue } from './evaluate.js';

/** Whether an attribute refers to a block (in the block's folder or, through module outputs, another). */
export function pointsTo(tree: Tree, from: Block, raw: unknown, target: Block): boolean {
  return refsIn(tree, from.dir, raw).has(refOf(target));
}

/** Every qualified reference an attribute's value depends on. */
export function refsIn(tree: Tree, dir: string, raw: unknown): Set<string> {
  const out = new Set<string>();
  collect(evalIn(tree, dir, raw), out);
  return out;
}

function collect(v: Value, out: Set<string>): void {
  if (v instanceof Unknown) for (const r of v.refs) out.add(r);
  else if (Array.isArray(v)) for (const x of v) collect(x, out);
  else if (v instanceof Encoded) collect(v.value, out);
  else if (isPlainObject(v)) for (const x of Object.values(v)) collect(x as Value, out);
}

/** The evaluation scope of a module folder. */
function makeScope(tree: Tree, dir: string, readFile: (path: string) => string | undefined, existence: boolean): Scope {
  const locals = new Map<string, Value>();
  const evaluating = new Set<string>();
  const localRaw = (name: string): unknown => {
    for (const [file, doc] of tree.parsed) if (dirOf(file) === dir && isConfig(file)) for (const l of bodies(doc.locals)) if (name in l) return l[name];
    return undefined;
  };
  const attr = (s: Step | undefined) => (s?.k === 'attr' ? s.name : undefined);
  const unknown = (address: string, why: string) => new Unknown(new Set([qualified(dir, address)]), why);
  const scope: Scope = {
    ref(root, path, ev) {
      switch (root) {
        case 'var': {
          const name = attr(path[0]);
          if (!name) return unknown('var', 'a variable');
          return walk(variableValue(tree, dir, name, existence), path.slice(1), ev);
        }
        case 'local': {
          const name = attr(path[0]);
          if (!name) return unknown('local', 'a local');
          if (!locals.has(name)) {
            if (evaluating.has(name)) return unknown(`local.${name}`, 'a local that refers to itself');
            evaluating.add(name);
            const raw = localRaw(name);
            locals.set(name, raw === undefined ? unknown(`local.${name}`, 'an undeclared local') : evaluate(raw, scope));
            evaluating.delete(name);
          }
          return walk(locals.get(name)!, path.slice(1), ev);
        }
        case 'module': {
          const name = attr(path[0]);
          const call = tree.calls.find((c) => c.block.dir === dir && c.block.name === name);
          const output = attr(path.find((s, i) => i > 0 && s.k === 'attr'));
          if (!call || call.target === undefined || !output) return unknown(`module.${name}`, `an output of module ${name}`);
          const out = (tree.index.get('output') ?? []).find((o) => o.dir === call.target && o.name === output);
          if (!out) return unknown(`module.${name}`, `output ${output} of module ${name} is not declared`);
          const rest = path.slice(path.findIndex((s, i) => i > 0 && s.k === 'attr') + 1);
          const key = `out|${call.target}|${output}`;
          if (resolving.has(key) || resolving.size > 256) return unknown(`module.${name}`, 'an output that leads back to itself');
          resolving.add(key);
          let value: Value;
          try {
            value = evaluate(out.body.value, tree.scope(call.target, existence));
          } finally {
            resolving.delete(key);
          }
          // A module called with count or for_each: its outputs are per instance.
          return call.block.body.count !== undefined || call.block.body.for_each !== undefined ? new Unknown(new Set([qualified(dir, `module.${name}`), ...refsOfOutput(value)]), 'an output of a module with instances') : walk(value, rest, ev);
        }
        case 'data': {
          const [type, name] = [attr(path[0]), attr(path[1])];
          return unknown(`data.${type}.${name}`, 'a data source read at plan time');
        }
        case 'path': {
          const what = attr(path[0]);
          return what === 'module' ? dir || '.' : what === 'root' || what === 'cwd' ? '.' : unknown('path', 'a path');
        }
        case 'each':
        case 'count':
        case 'self':
        case 'terraform':
          return unknown(root, `${root}.* is known only per instance`);
        default: {
          // A resource's attribute: known after apply. The reference is recorded with and
          // without the attribute (aws_x.y and aws_x.y.regional_domain_name; aws_x.y.* for the
          // whole object), for rules that ask which.
          const name = attr(path[0]);
          if (!name) return unknown(root, 'a value known after apply');
          const attribute = attr(path.slice(1).find((s) => s.k === 'attr'));
          return new Unknown(new Set([qualified(dir, `${root}.${name}`), qualified(dir, `${root}.${name}.${attribute ?? '*'}`)]), 'a value known after apply');
        }
      }
    },
    file: (path) => readFile(path),
  };
  return scope;
}

function refsOfOutput(v: Value): string[] {
  const out = new Set<string>();
  collect(v, out);
  return [...out];
}

/**
 * A variable's value in a module folder: what its caller passes (evaluated in the caller's
 * folder), else its default; in the root, terraform.tfvars and *.auto.tfvars (in the order
 * Terraform loads them), else its default — unless the root is a module meant to be called,
 * whose variables are its caller's to set.
 */
const resolving = new Set<string>();

function variableValue(tree: Tree, dir: string, name: string, existence: boolean): Value {
  // A variable whose value leads back to itself (modules calling each other in a cycle): unknown.
  const key = `${existence}|${dir}|${name}`;
  if (resolving.has(key) || resolving.size > 256) return new Unknown(new Set([qualified(dir, `var.${name}`)]), 'a value that leads back to itself');
  resolving.add(key);
  try {
    return variableValueOnce(tree, dir, name, existence);
  } finally {
    resolving.delete(key);
  }
}

function variableValueOnce(tree: Tree, dir: string, name: string, existence: boolean): Value {
  const decl = (tree.index.get('variable') ?? []).find((v) => v.dir === dir && v.name === name);
  const unknown = (why: string) => new Unknown(new Set([qualified(dir, `var.${name}`)]), why);
  const callers = tree.calls.filter((c) => c.target === dir);
  if (callers.length) {
    const values = callers.map((c) => (c.block.body[name] !== undefined ? evaluate(c.block.body[name], tree.scope(c.block.dir, existence)) : decl?.body.default !== undefined ? evaluate(decl.body.default, tree.scope(dir)) : unknown('required and not passed')));
    const first = values[0]!;
    return values.every((v) => isKnown(v) && JSON.stringify(v) === JSON.stringify(first)) ? first : values.length === 1 ? first : unknown('passed differently by its callers');
  }
  if (dir === '') {
    for (const [file, doc] of varFiles(tree)) if (file && name in doc) return fromJson(doc[name]);
  }
  // A library root: what exists is its caller's choice; its settings are judged by their defaults.
  if (dir === '' && tree.library && existence) return unknown(`set by whoever calls this module${decl?.body.default !== undefined ? ' (it has a default)' : ''}`);
  if (decl?.body.default !== undefined) return evaluate(decl.body.default, tree.scope(dir));
  return unknown(decl ? 'a variable without a default, set at plan time' : 'an undeclared variable');
}

/** The root's variable files, in the order Terraform reads them (the later wins, so reversed). */
function varFiles(tree: Tree): [string, Json][] {
  const files = [...tree.parsed].filter(([f]) => isVars(f));
  const rank = (f: string) => (f === 'terraform.tfvars' ? 0 : f === 'terraform.tfvars.json' ? 1 : 2);
  return files.sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : 1)).reverse();
}

/**
 * Where each top-level block is declared, in one pass over a file's lines: "resource <type>
 * <name>", "data <type> <name>", "<kind> <name>" → 1-based line. For text parsed by hcl2json
 * (which gives no lines); the fast reader records its own.
 */
export function declarationLines(text: string): Map<string, number> {
  const out = new Map<string, number>();
  const LABELLED = /^\s*(resource|data)\s+"?([\w-]+)"?\s+"?([\w-]+)"?|^\s*(variable|output|module|provider)\s+"?([\w-]+)"?/;
  let line = 0;
  for (let start = 0; start <= text.length; ) {
    const end = text.indexOf('\n', start);
    const l = text.slice(start, end < 0 ? text.length : end);
    line++;
    if (l.length < 512) {
      const m = LABELLED.exec(l);
      if (m) {
        const key = m[1] ? `${m[1]} ${m[2]} ${m[3]}` : `${m[4]} ${m[5]}`;
        if (!out.has(key)) out.set(key, line);
      }
    }
    if (end < 0) break;
    start = end + 1;
  }
  return out;
}
