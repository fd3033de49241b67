/**
 * Evaluates the expressions of hcl-expr.ts as far as static reading allows: literals,
 * templates, tuples and objects, known variables and locals, conditionals with a known
 * condition, and the functions whose result follows from their arguments (jsonencode,
 * concat, merge, file, yamldecode …). Anything that depends on what Terraform knows only at
 * plan or apply time is `Unknown`, carrying the references it depends on — so a rule can still
 * ask "does this refer to X?" and "is this list one item long?" of a partly known value.
 */
import { load as loadYaml } from 'js-yaml';
import { parseTemplate, type Expr, type Step } from './hcl-expr.js';

/** A value static reading cannot settle, with the addresses it depends on. */
export class Unknown {
  constructor(
    readonly refs: ReadonlySet<string>,
    readonly why: string,
    /** For a string with unknown parts: its known text, each unknown part as "*" ("com.amazonaws.*.execute-api"). */
    readonly pattern?: string,
  ) {}
}

/** A function call that Terraform would fail (jsondecode of text that is not JSON): try() moves on. */
export class Failed extends Unknown {}

/** jsonencode() of a value with unknown parts: the JSON text is not known, its structure is. */
export class Encoded {
  constructor(readonly value: Value) {}
}

export type Value = null | boolean | number | string | Value[] | { [k: string]: Value } | Unknown | Encoded;

export const isUnknown = (v: unknown): v is Unknown => v instanceof Unknown;
export const isKnown = (v: Value): boolean => !(v instanceof Unknown) && !(v instanceof Encoded) && (Array.isArray(v) ? v.every(isKnown) : isObject(v) ? Object.values(v).every(isKnown) : true);
export const isObject = (v: unknown): v is { [k: string]: Value } => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Unknown) && !(v instanceof Encoded);

/** Every reference a value depends on (its unknown parts' references). */
export function refsOfValue(v: Value, out = new Set<string>()): Set<string> {
  if (v instanceof Unknown) for (const r of v.refs) out.add(r);
  else if (v instanceof Encoded) refsOfValue(v.value, out);
  else if (Array.isArray(v)) for (const x of v) refsOfValue(x, out);
  else if (isObject(v)) for (const x of Object.values(v)) refsOfValue(x, out);
  return out;
}

const unknown = (why: string, ...from: Value[]) => new Unknown(new Set(from.flatMap((f) => [...refsOfValue(f)])), why);

/** What the evaluator asks of the world: references and local files. */
export interface Scope {
  /** The value a reference names (var.x, local.x, aws_x.y…), after its path; Unknown when not static. */
  ref(root: string, path: Step[], evalIndex: (x: Expr) => Value): Value;
  /** A file's text, relative to the module folder (file(), templatefile()); undefined when not read. */
  file(path: string): string | undefined;
}

const MAX_STEPS = 200_000;

/** Evaluates an attribute value as hcl2json gives it (strings hold expressions as "${…}"). */
export function evaluate(v: unknown, scope: Scope): Value {
  const budget = { steps: 0 };
  return evalRaw(v, scope, budget, 0);
}

function evalRaw(v: unknown, scope: Scope, budget: { steps: number }, depth: number): Value {
  if (depth > 64 || ++budget.steps > MAX_STEPS) return new Unknown(new Set(), 'too large or too deep to read');
  if (typeof v === 'string') return evalExpr(parseTemplate(v), scope, budget, depth + 1);
  if (Array.isArray(v)) return v.map((x) => evalRaw(x, scope, budget, depth + 1));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, evalRaw(x, scope, budget, depth + 1)]));
  return (v ?? null) as Value;
}

/** Evaluates a parsed expression. */
export function evalExpr(e: Expr, scope: Scope, budget = { steps: 0 }, depth = 0): Value {
  if (depth > 96 || ++budget.steps > MAX_STEPS) return new Unknown(new Set(), 'too large or too deep to read');
  const ev = (x: Expr) => evalExpr(x, scope, budget, depth + 1);
  switch (e.t) {
    case 'lit':
      // "$${" and "%%{" are HCL's escapes for a literal "${" and "%{".
      return typeof e.v === 'string' ? e.v.replace(/([$%])\1\{/g, '$1{') : e.v;
    case 'opaque':
      return new Unknown(new Set(), `not read: ${e.text.slice(0, 60)}`);
    case 'tmpl': {
      const parts = e.parts.map((p) => (typeof p === 'string' ? p.replace(/([$%])\1\{/g, '$1{') : ev(p)));
      if (parts.every((p) => typeof p === 'string' || typeof p === 'number' || typeof p === 'boolean')) return parts.map(String).join('');
      const pattern = parts.map((p) => (typeof p === 'string' || typeof p === 'number' || typeof p === 'boolean' ? String(p) : p instanceof Unknown && p.pattern !== undefined ? p.pattern : '*')).join('');
      return new Unknown(new Set(parts.flatMap((p) => (typeof p === 'string' ? [] : [...refsOfValue(p as Value)]))), 'a template with parts known only at apply', pattern);
    }
    case 'tuple':
      return e.items.map(ev);
    case 'object': {
      const out: { [k: string]: Value } = {};
      for (const { key, value } of e.items) {
        const k = ev(key);
        if (typeof k !== 'string' && typeof k !== 'number') return unknown('an object whose keys are known only at apply', k, ev(value));
        out[String(k)] = ev(value);
      }
      return out;
    }
    case 'ref':
      return scope.ref(e.root, e.path, ev);
    case 'access':
      return walk(ev(e.x), e.path, ev);
    case 'for':
      return unknown('a for expression', ...e.refs.map(ev));
    case 'unary': {
      const x = ev(e.x);
      if (x instanceof Unknown) return x;
      return e.op === '!' ? !truthy(x) : typeof x === 'number' ? -x : unknown('not a number');
    }
    case 'binary':
      return binary(e.op, ev(e.a), () => ev(e.b));
    case 'cond': {
      const c = ev(e.c);
      if (typeof c === 'boolean') return c ? ev(e.a) : ev(e.b);
      // Unknown condition: both sides the same known value is still known.
      const [a, b] = [ev(e.a), ev(e.b)];
      if (isKnown(a) && JSON.stringify(a) === JSON.stringify(b)) return a;
      return new Conditional(c, a, b);
    }
    case 'call':
      // try() takes the first argument that evaluates: the others are not evaluated (a
      // yamldecode of an 8 MB JSON document after its jsondecode succeeded would cost seconds).
      if (e.name === 'try' && !e.expand) {
        let last: Value = null;
        for (const a of e.args) {
          last = ev(a);
          if (!(last instanceof Failed)) return last;
        }
        return last;
      }
      return call(e.name, e.args.map(ev), e.expand, scope);
  }
}

/** `cond ? a : b` whose condition is not known: either branch may be the value. */
export class Conditional extends Unknown {
  constructor(
    readonly condition: Value,
    readonly a: Value,
    readonly b: Value,
  ) {
    super(new Set([...refsOfValue(condition), ...refsOfValue(a), ...refsOfValue(b)]), 'a conditional whose condition is known only at apply');
  }
}

const truthy = (v: Value) => v === true;

function binary(op: string, a: Value, lazyB: () => Value): Value {
  if (op === '&&') {
    if (a === false) return false;
    const b = lazyB();
    if (a === true) return b;
    return b === false ? false : unknown('a condition known only at apply', a, b);
  }
  if (op === '||') {
    if (a === true) return true;
    const b = lazyB();
    if (a === false) return b;
    return b === true ? true : unknown('a condition known only at apply', a, b);
  }
  const b = lazyB();
  if (!isKnown(a) || !isKnown(b)) return unknown('an operation on values known only at apply', a, b);
  switch (op) {
    case '==':
      return JSON.stringify(a) === JSON.stringify(b);
    case '!=':
      return JSON.stringify(a) !== JSON.stringify(b);
  }
  if (typeof a !== 'number' || typeof b !== 'number') return unknown(`${op} on non-numbers`);
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return b === 0 ? unknown('division by zero') : a / b;
    case '%':
      return b === 0 ? unknown('division by zero') : a % b;
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
  }
  return unknown(`operator ${op}`);
}

/** Follows a traversal into a known value; an unknown stays unknown with its references. */
export function walk(v: Value, path: Step[], ev: (x: Expr) => Value): Value {
  let cur = v;
  for (let i = 0; i < path.length; i++) {
    const s = path[i]!;
    if (cur instanceof Unknown) return cur;
    if (s.k === 'splat') {
      if (!Array.isArray(cur)) return cur === null ? [] : walk([cur], path.slice(i), ev);
      return cur.map((x) => walk(x, path.slice(i + 1), ev));
    }
    const key = s.k === 'attr' ? s.name : ev(s.x);
    if (key instanceof Unknown) return unknown('an index known only at apply', cur, key);
    if (Array.isArray(cur) && typeof key === 'number') cur = cur[key] ?? unknown(`index ${key} out of range`);
    else if (isObject(cur) && (typeof key === 'string' || typeof key === 'number')) cur = cur[String(key)] ?? unknown(`no key ${String(key)}`);
    else return unknown('an attribute of a value that has none');
  }
  return cur;
}

const str = (v: Value): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined);
const list = (v: Value): Value[] | undefined => (Array.isArray(v) ? v : undefined);

/** Functions whose result follows from their arguments; the rest are unknown (with their arguments' references). */
function call(name: string, args: Value[], expand: boolean, scope: Scope): Value {
  const fn = name.replace(/^provider::[\w-]+::/, '');
  if (expand) {
    const last = args[args.length - 1];
    if (!Array.isArray(last)) return unknown(`${fn}(… …)`, ...args);
    args = [...args.slice(0, -1), ...last];
  }
  const all = () => unknown(`${fn}() of values known only at apply`, ...args);
  switch (fn) {
    case 'jsonencode': {
      const [x] = args;
      if (x === undefined) return all();
      return isKnown(x) ? JSON.stringify(x) : new Encoded(x);
    }
    case 'jsondecode': {
      const s = str(args[0] ?? null);
      if (s === undefined) return all();
      try {
        return fromJson(JSON.parse(s));
      } catch {
        return new Failed(new Set(), 'jsondecode of text that is not JSON');
      }
    }
    case 'yamldecode': {
      const s = str(args[0] ?? null);
      if (s === undefined) return all();
      try {
        return fromJson(loadYaml(s, { json: true }));
      } catch {
        return new Failed(new Set(), 'yamldecode of text that is not YAML');
      }
    }
    case 'file': {
      const p = str(args[0] ?? null);
      const text = p === undefined ? undefined : scope.file(p);
      return text ?? unknown(p === undefined ? 'file() of a path known only at apply' : `file("${p}") was not read`, ...args);
    }
    case 'templatefile': {
      const p = str(args[0] ?? null);
      const text = p === undefined ? undefined : scope.file(p);
      if (text === undefined) return unknown(p === undefined ? 'templatefile() of a path known only at apply' : `templatefile("${p}") was not read`, ...args);
      const vars = isObject(args[1]) ? args[1] : {};
      // The template's ${name} are the given variables: known ones substituted, the rest unknown.
      const tpl = parseTemplate(text);
      return evalExpr(tpl, { ref: (root, path, ev) => (root in vars ? walk(vars[root]!, path, ev) : unknown(`${root} in a template`)), file: () => undefined });
    }
    case 'concat':
      return args.every(Array.isArray) ? (args as Value[][]).flat() : all();
    case 'tolist':
    case 'toset':
    case 'sort':
      return Array.isArray(args[0]) ? (fn === 'toset' ? dedupe(args[0]) : fn === 'sort' && args[0].every((x) => typeof x === 'string') ? [...args[0]].sort() : args[0]) : all();
    case 'distinct':
      return Array.isArray(args[0]) ? dedupe(args[0]) : all();
    case 'flatten':
      return Array.isArray(args[0]) ? flat(args[0]) : all();
    case 'compact':
      return Array.isArray(args[0]) ? (args[0].some((x) => x instanceof Unknown) ? all() : args[0].filter((x) => x !== null && x !== '')) : all();
    case 'merge':
      return args.every(isObject) ? Object.assign({}, ...(args as object[])) : all();
    case 'tomap':
    case 'tostring':
    case 'tonumber':
    case 'tobool':
    case 'nonsensitive':
    case 'sensitive':
      return args[0] ?? all();
    case 'length': {
      const x = args[0];
      if (Array.isArray(x)) return x.length;
      if (isObject(x)) return Object.keys(x).length;
      if (typeof x === 'string') return [...x].length;
      return all();
    }
    case 'lower':
    case 'upper':
    case 'trimspace': {
      const s = str(args[0] ?? null);
      return s === undefined ? all() : fn === 'lower' ? s.toLowerCase() : fn === 'upper' ? s.toUpperCase() : s.trim();
    }
    case 'join': {
      const [sep, l] = [str(args[0] ?? null), list(args[1] ?? null)];
      return sep !== undefined && l && l.every((x) => str(x) !== undefined) ? l.map((x) => str(x)!).join(sep) : all();
    }
    case 'split': {
      const [sep, s] = [str(args[0] ?? null), str(args[1] ?? null)];
      return sep !== undefined && s !== undefined ? s.split(sep) : all();
    }
    case 'replace': {
      const [s, a, b] = args.map((x) => str(x));
      return s !== undefined && a !== undefined && b !== undefined && !a.startsWith('/') ? s.split(a).join(b) : all();
    }
    case 'format': {
      const [f, ...rest] = args;
      if (typeof f !== 'string' || !rest.every((x) => str(x) !== undefined)) return all();
      let i = 0;
      return f.replace(/%%|%[sdvq]/g, (m) => (m === '%%' ? '%' : m === '%q' ? JSON.stringify(str(rest[i++]!)) : str(rest[i++] ?? '') ?? ''));
    }
    case 'coalesce': {
      for (const x of args) {
        if (x instanceof Unknown) return all();
        if (x !== null && x !== '') return x;
      }
      return all();
    }
    case 'coalescelist':
      for (const x of args) {
        if (!Array.isArray(x)) return all();
        if (x.length) return x;
      }
      return all();
    case 'try':
      // The first argument that evaluates; an unknown one may still fail at apply.
      return args[0] instanceof Unknown ? all() : (args[0] ?? all());
    case 'lookup': {
      const [m, k, d] = args;
      if (isObject(m) && typeof k === 'string') return m[k] ?? d ?? all();
      return all();
    }
    case 'element': {
      const [l, i] = args;
      return Array.isArray(l) && typeof i === 'number' && l.length ? l[i % l.length]! : all();
    }
    case 'keys':
      return isObject(args[0]) ? Object.keys(args[0]).sort() : all();
    case 'values':
      return isObject(args[0]) ? Object.keys(args[0]).sort().map((k) => (args[0] as { [k: string]: Value })[k]!) : all();
    case 'contains': {
      const [l, x] = args;
      return Array.isArray(l) && isKnown(l) && isKnown(x ?? null) ? l.some((y) => JSON.stringify(y) === JSON.stringify(x)) : all();
    }
    case 'can':
      return args[0] instanceof Unknown ? all() : true;
    case 'one':
      return Array.isArray(args[0]) ? (args[0].length === 0 ? null : args[0].length === 1 ? args[0][0]! : all()) : all();
    case 'timestamp':
    case 'uuid':
    case 'plantimestamp':
      return new Unknown(new Set([`${fn}()`]), `${fn}() changes on every run`);
    default:
      return all();
  }
}

function dedupe(l: Value[]): Value[] {
  const seen = new Set<string>();
  return l.filter((x) => {
    if (x instanceof Unknown) return true;
    const k = JSON.stringify(x);
    return seen.has(k) ? false : (seen.add(k), true);
  });
}

function flat(l: Value[]): Value[] {
  return l.flatMap((x) => (Array.isArray(x) ? flat(x) : [x]));
}

/** A parsed JSON/YAML document as a Value (its strings are data, not expressions). */
export function fromJson(x: unknown): Value {
  if (Array.isArray(x)) return x.map(fromJson);
  if (x instanceof Date) return x.toISOString();
  if (x && typeof x === 'object') return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, fromJson(v)]));
  return (x ?? null) as Value;
}
