/**
 * references: every var., local., module., data. and resource reference resolves within
 * its module; module calls pass only declared variables and every required one; module
 * outputs and resource attributes that are referenced exist. Unused variables and locals
 * are reported as warnings (dead code in generated output).
 */
import { posix } from 'node:path';
import type { Finding } from '../core/types.js';
import { bodies, declaredBlocks, escapeRe, lineOf, moduleDirs, namedBlocks, statusOf, type Check, type Json } from './model.js';
import { providerSchema, type ProviderSchema } from './provider-schema.js';

const MODULE_META = new Set(['source', 'version', 'providers', 'count', 'for_each', 'depends_on']);

interface Ref {
  kind: 'var' | 'local' | 'module' | 'data' | 'resource';
  text: string;
  parts: string[];
  file: string;
  /** Whether an instance key or splat follows the resource name (name[0], name["a"], name[*]). */
  indexed?: boolean;
}

export function referencesCheck(load: () => ProviderSchema = providerSchema): Check {
  return {
    name: 'references',
    run(input) {
      const schema = load();
      const findings: Finding[] = [];
      const dirs = moduleDirs([...input.parsed.keys()]);
      const outputsByDir = new Map<string, Set<string>>();
      const varsByDir = new Map<string, Map<string, { body: Json; file: string }>>();
      for (const [dir, files] of dirs) {
        outputsByDir.set(dir, new Set(namedBlocks(input.parsed, files, 'output').keys()));
        varsByDir.set(dir, namedBlocks(input.parsed, files, 'variable'));
      }

      for (const [dir, files] of dirs) {
        const vars = varsByDir.get(dir)!;
        const locals = new Map<string, string>();
        for (const f of files) for (const l of bodies(input.parsed.get(f)?.locals)) for (const k of Object.keys(l)) locals.set(k, f);
        const blocks = declaredBlocks(input.parsed, files);
        const resources = new Map(blocks.filter((b) => b.kind === 'resource').map((b) => [`${b.type}.${b.name}`, b]));
        const data = new Map(blocks.filter((b) => b.kind === 'data').map((b) => [`${b.type}.${b.name}`, b]));
        const modules = namedBlocks(input.parsed, files, 'module');

        const refs: Ref[] = [];
        for (const f of files) collectRefs(input.parsed.get(f), f, refs);
        const usedVars = new Set<string>();
        const usedLocals = new Set<string>();

        for (const r of refs) {
          const text = input.files.get(r.file);
          const line = lineOf(text, new RegExp(escapeRe(r.text)));
          const add = (message: string, fix: string) => findings.push({ file: r.file, line, severity: 'error', message, fix });
          const [a, b, c] = r.parts;
          if (r.kind === 'var') {
            usedVars.add(a!);
            if (!vars.has(a!)) add(`Reference to undeclared variable "var.${a}".`, `Declare variable "${a}" in ${join(dir, 'variables.tf')}, or fix the name.`);
          } else if (r.kind === 'local') {
            usedLocals.add(a!);
            if (!locals.has(a!)) add(`Reference to undeclared local value "local.${a}".`, `Define ${a} in a locals block of this module.`);
          } else if (r.kind === 'module') {
            const call = modules.get(a!);
            if (!call) add(`Reference to undeclared module "module.${a}".`, `Add a module "${a}" block, or fix the name.`);
            else if (b) {
              const target = resolveSource(dir, call.body.source);
              const outs = target !== undefined ? outputsByDir.get(target) : undefined;
              if (outs && !outs.has(b)) add(`Module "${a}" (${target}) has no output "${b}".`, `Add output "${b}" to ${join(target!, 'outputs.tf')}, or use one it has: ${[...outs].join(', ')}.`);
            }
          } else {
            const key = `${a}.${b}`;
            const decl = r.kind === 'data' ? data.get(key) : resources.get(key);
            const label = r.kind === 'data' ? `data.${key}` : key;
            if (!decl) {
              add(`Reference to undeclared ${r.kind === 'data' ? 'data source' : 'resource'} "${label}".`, `Declare ${label} in this module, or fix the reference.`);
              continue;
            }
            const types = r.kind === 'data' ? schema.dataSources : schema.resources;
            const attrs = types[a!]?.attrs;
            if (c && attrs && !attrs.includes(c)) add(`"${label}" has no attribute "${c}" in AWS provider ${schema.providerVersion}.`, 'Use an attribute the resource exports (see its documentation).');
            // An attribute of a resource with count or for_each needs an instance key (terraform: "Missing resource instance key").
            else if (c && r.kind === 'resource' && !r.indexed && (decl.body.count !== undefined || decl.body.for_each !== undefined))
              add(`"${label}" has ${decl.body.count !== undefined ? 'count' : 'for_each'}, so "${label}.${c}" needs an instance key.`, `Write ${label}[${decl.body.count !== undefined ? '0' : '"<key>"'}].${c}, or ${label}[*].${c} for all instances.`);
          }
        }

        for (const [name, call] of modules) {
          const target = resolveSource(dir, call.body.source);
          const declared = target !== undefined ? varsByDir.get(target) : undefined;
          if (!declared) continue;
          const text = input.files.get(call.file);
          for (const arg of Object.keys(call.body)) {
            if (MODULE_META.has(arg) || declared.has(arg)) continue;
            findings.push({
              file: call.file,
              line: lineOf(text, new RegExp(`^\\s*${escapeRe(arg)}\\s*=`), new RegExp(`module\\s+"${escapeRe(name)}"`)),
              severity: 'error',
              message: `Module "${name}" passes "${arg}", which ${target} does not declare.`,
              fix: `Declare variable "${arg}" in ${target}, or remove the argument.`,
            });
          }
          for (const [v, decl] of declared) {
            if ('default' in decl.body || v in call.body) continue;
            findings.push({
              file: call.file,
              line: lineOf(text, new RegExp(`module\\s+"${escapeRe(name)}"`)),
              severity: 'error',
              message: `Module "${name}" does not set required variable "${v}" of ${target}.`,
              fix: `Pass ${v} = … in the module block.`,
            });
          }
        }

        for (const [v, decl] of vars) {
          if (usedVars.has(v)) continue;
          findings.push({
            file: decl.file,
            line: lineOf(input.files.get(decl.file), new RegExp(`^variable\\s+"${escapeRe(v)}"`)),
            severity: 'warning',
            message: `Variable "${v}" is declared but never used.`,
            fix: 'Remove it, or use it.',
          });
        }
        for (const [l, file] of locals) {
          if (usedLocals.has(l)) continue;
          findings.push({ file, line: lineOf(input.files.get(file), new RegExp(`^\\s*${escapeRe(l)}\\s*=`)), severity: 'warning', message: `Local value "${l}" is never used.`, fix: 'Remove it, or use it.' });
        }
      }
      return { status: statusOf(findings), findings };
    },
  };
}

const join = (dir: string, file: string) => (dir ? `${dir}/${file}` : file);

function resolveSource(dir: string, source: unknown): string | undefined {
  if (typeof source !== 'string' || !source.startsWith('.')) return undefined;
  const resolved = posix.normalize(posix.join(dir || '.', source));
  return resolved === '.' ? '' : resolved.replace(/\/$/, '');
}

/** Walk every string in a parsed file and pull references out of its `${…}` expressions. */
function collectRefs(node: unknown, file: string, out: Ref[]): void {
  if (typeof node === 'string') {
    for (const expr of expressions(node)) scan(expr, file, out);
  } else if (Array.isArray(node)) {
    for (const n of node) collectRefs(n, file, out);
  } else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k.includes('${')) for (const expr of expressions(k)) scan(expr, file, out);
      collectRefs(v, file, out);
    }
  }
}

/** The contents of each top-level `${ … }` in a string (balanced braces; `$${` is a literal). */
export function expressions(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '$' && s[i + 1] === '$' && s[i + 2] === '{') {
      i += 2;
      continue;
    }
    if (s[i] !== '$' || s[i + 1] !== '{') continue;
    let depth = 1;
    let j = i + 2;
    for (; j < s.length && depth > 0; j++) {
      if (s[j] === '{') depth++;
      else if (s[j] === '}') depth--;
    }
    out.push(s.slice(i + 2, j - 1));
    i = j - 1;
  }
  return out;
}

const NAMED = /(?<![\w.])(var|local|module|data)\.([A-Za-z_][\w-]*)(?:\[[^\]]*\])?(?:\.([A-Za-z_][\w-]*))?(?:\[[^\]]*\])?(?:\.([A-Za-z_][\w-]*))?/g;
const RESOURCE = /(?<![\w.-])(aws_[a-z0-9_]+)\.([A-Za-z_][\w-]*)(\[[^\]]*\])?(?:\.([A-Za-z_]\w*))?/g;

function scan(expr: string, file: string, out: Ref[]): void {
  for (const m of expr.matchAll(NAMED)) {
    const kind = m[1] as Ref['kind'];
    out.push({ kind, text: m[0], parts: [m[2]!, m[3]!, m[4]!].filter(Boolean), file });
  }
  for (const m of expr.matchAll(RESOURCE)) {
    out.push({ kind: 'resource', text: m[0], parts: [m[1]!, m[2]!, m[4]!].filter(Boolean), file, indexed: m[3] !== undefined });
  }
}
