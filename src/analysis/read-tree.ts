/**
 * Reads a Terraform tree for `check`: a root folder, the local modules it calls (however far,
 * each folder once), the root's variable files, and — on demand — the files its expressions
 * name (file(), templatefile()). Bounded on any input: only regular files (a link is followed
 * only to a regular file; a FIFO or device is refused before it is opened), at most
 * MAX_FILE_BYTES a file and MAX_TREE_BYTES in all, nesting at most MAX_DEPTH levels. HCL is
 * read by the fast reader (analysis/hcl-expr.ts); a file it cannot read goes to hcl2json, the
 * authority, which either reads it or names the syntax error and its line. JSON syntax
 * (.tf.json, .tfvars.json) is read as Terraform reads it.
 */
import { closeSync, fstatSync, openSync, readSync, readdirSync, statSync, constants } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { errnoText } from '../core/errors.js';
import { HclSyntaxError, lineOfOffset, parseHclFile, type Json } from './hcl-expr.js';
import { declarationLines, isConfig, isVars } from './tree.js';
import type { HclTools } from '../hcl/tools.js';
import { ToolStartError } from '../hcl/tools.js';
import { syntaxFindings } from '../checks/check-parse.js';

export const MAX_FILE_BYTES = 32 * 1024 * 1024;
export const MAX_TREE_BYTES = 256 * 1024 * 1024;

export interface ReadTree {
  /** Path (relative to the root) → text, for every file read. */
  files: Map<string, string>;
  parsed: Map<string, Json>;
  lines: Map<string, Map<string, number>>;
  /** Module calls not followed (registry, git, …) or whose folder is missing. */
  notAnalysed: { module: string; source: string; file: string; why?: string }[];
  /** Reads a file an expression names, relative to the root (bounded); undefined when it cannot be read. */
  readFile(path: string): string | undefined;
}

/** Bad input found while reading: each a line naming the file (and line) and what is wrong. */
export class TreeProblems extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'TreeProblems';
  }
}

/** A regular file's text, refusing anything else (without opening a FIFO) and anything too large. */
export function readBounded(path: string, budget: { bytes: number }): { text?: string; problem?: string } {
  let st;
  try {
    st = statSync(path); // follows links: what the link points to is what is judged
  } catch (err) {
    return { problem: `cannot read it (${errnoText(err)})` };
  }
  if (!st.isFile()) return { problem: st.isDirectory() ? 'a folder where a file was expected' : 'not a regular file (a FIFO, a socket or a device); check reads regular files only' };
  if (st.size > MAX_FILE_BYTES) return { problem: `${(st.size / 1024 / 1024).toFixed(1)} MB, larger than the ${MAX_FILE_BYTES / 1024 / 1024} MB check reads in one file` };
  if (budget.bytes + st.size > MAX_TREE_BYTES) return { problem: `the tree is larger than the ${MAX_TREE_BYTES / 1024 / 1024} MB check reads in all` };
  let fd: number;
  try {
    // O_NONBLOCK: if the file was swapped for a FIFO after the check above, the open does not wait.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    return { problem: `cannot read it (${errnoText(err)})` };
  }
  try {
    const now = fstatSync(fd);
    if (!now.isFile()) return { problem: 'not a regular file (a FIFO, a socket or a device); check reads regular files only' };
    const size = Math.min(now.size, MAX_FILE_BYTES + 1);
    const buf = Buffer.alloc(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, buf, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    if (read > MAX_FILE_BYTES) return { problem: `larger than the ${MAX_FILE_BYTES / 1024 / 1024} MB check reads in one file` };
    budget.bytes += read;
    return { text: buf.subarray(0, read).toString('utf8') };
  } catch (err) {
    return { problem: `cannot read it (${errnoText(err)})` };
  } finally {
    closeSync(fd);
  }
}

/** What a folder holds that check reads: configuration everywhere, variable files in the root. */
const wanted = (name: string, root: boolean) => isConfig(name) || (root && (name === 'terraform.tfvars' || name === 'terraform.tfvars.json' || name.endsWith('.auto.tfvars') || name.endsWith('.auto.tfvars.json')));

/**
 * Reads and parses a tree. Throws TreeProblems (bad input: exit 2) for unreadable, oversized
 * or non-regular files, syntax errors (file and line), nesting past the bound, and duplicate
 * declarations, as terraform would refuse them.
 */
export async function readTree(root: string, tools: HclTools, onFile?: (filesRead: number, bytes: number) => void): Promise<ReadTree> {
  const budget = { bytes: 0 };
  const files = new Map<string, string>();
  const parsed = new Map<string, Json>();
  const lines = new Map<string, Map<string, number>>();
  const declared = new Map<string, Parsed['declared']>();
  const notAnalysed: ReadTree['notAnalysed'] = [];
  const problems: string[] = [];
  const queue: string[] = [''];
  const seen = new Set<string>();
  const shown = (rel: string) => join(root, rel);
  while (queue.length) {
    const dir = queue.shift()!;
    if (seen.has(dir)) continue;
    seen.add(dir);
    let names: string[];
    try {
      names = readdirSync(join(root, dir)).sort();
    } catch (err) {
      problems.push(`${shown(dir) || root}: cannot read the folder (${errnoText(err)}).`);
      continue;
    }
    const here = names.filter((n) => wanted(n, dir === ''));
    if (dir === '' && !here.some(isConfig)) throw new TreeProblems([`check ${root}: no .tf or .tf.json files there. Give the folder of a Terraform root module (the one you run terraform plan in).`]);
    for (const name of here) {
      const rel = dir ? `${dir}/${name}` : name;
      const r = readBounded(join(root, rel), budget);
      if (r.problem) {
        problems.push(`${shown(rel)}: ${r.problem}.`);
        continue;
      }
      files.set(rel, r.text!);
      onFile?.(files.size, budget.bytes);
      const doc = await parseOne(rel, r.text!, tools, problems, shown(rel));
      if (!doc) continue;
      parsed.set(rel, doc.doc);
      lines.set(rel, doc.lines);
      declared.set(rel, doc.declared);
      // Yield between files: a signal (Ctrl-C, SIGTERM) is handled at once.
      await new Promise((resolveNow) => setImmediate(resolveNow));
    }
    problems.push(...duplicates([...declared].filter(([f]) => (f.includes('/') ? f.slice(0, f.lastIndexOf('/')) : '') === dir), shown));
    // Follow local module calls; list the others as not analysed.
    for (const [rel, doc] of parsed) {
      if (!isConfig(rel) || (rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : '') !== dir) continue;
      for (const [name, list] of Object.entries((doc.module ?? {}) as Json)) {
        for (const call of Array.isArray(list) ? (list as Json[]) : [list as Json]) {
          const source = String(call?.source ?? '');
          if (!/^\.\.?\//.test(source)) {
            notAnalysed.push({ module: name, source, file: shown(rel) });
            continue;
          }
          const target = relative(resolve(root), resolve(root, dir, source)).split(sep).join('/');
          let isDir = false;
          try {
            isDir = statSync(join(root, target)).isDirectory();
          } catch {
            isDir = false;
          }
          if (!isDir) notAnalysed.push({ module: name, source, file: shown(rel), why: 'the folder does not exist' });
          else queue.push(target === '' ? '' : target);
        }
      }
    }
  }
  if (problems.length) throw new TreeProblems(problems);
  const extra = new Map<string, string | undefined>();
  return {
    files,
    parsed,
    lines,
    notAnalysed,
    readFile(path) {
      const rel = relative(resolve(root), resolve(root, path)).split(sep).join('/');
      if (files.has(rel)) return files.get(rel);
      if (!extra.has(rel)) {
        const r = readBounded(join(root, rel), budget);
        extra.set(rel, r.text);
        if (r.text !== undefined) files.set(rel, r.text);
      }
      return extra.get(rel);
    },
  };
}

/** Parses one file: the fast reader, hcl2json where it cannot read the text, JSON for .json syntax. */
type Parsed = { doc: Json; lines: Map<string, number>; declared: { key: string; label: string; line: number }[] };

/** The declarations terraform keys by name, in file order: what duplicates are judged on. */
function declaredIn(headers: { type: string; labels: string[]; line: number }[]): Parsed['declared'] {
  return headers
    .filter((h) => (h.type === 'resource' || h.type === 'data' ? h.labels.length === 2 : ['module', 'variable', 'output'].includes(h.type) && h.labels.length === 1))
    .map((h) => ({ key: `${h.type} ${h.labels.join(' ')}`, label: `${h.type} ${h.labels.map((l) => `"${l}"`).join(' ')}`, line: h.line }));
}

async function parseOne(rel: string, text: string, tools: HclTools, problems: string[], shown: string): Promise<Parsed | undefined> {
  if (rel.endsWith('.json')) {
    try {
      const doc = JSON.parse(text) as unknown;
      if (!doc || typeof doc !== 'object' || Array.isArray(doc)) throw new Error('not a JSON object');
      const lines = jsonLines(text, doc as Json);
      return { doc: rel.endsWith('.tfvars.json') ? (doc as Json) : normalizeJsonConfig(doc as Json), lines, declared: [] };
    } catch (err) {
      problems.push(`${shown}: not valid JSON configuration (${(err as Error).message}).`);
      return undefined;
    }
  }
  try {
    const { doc, blocks } = parseHclFile(text);
    const lines = new Map<string, number>();
    for (const b of blocks) {
      const key = b.type === 'resource' || b.type === 'data' ? `${b.type} ${b.labels[0]} ${b.labels[1]}` : `${b.type} ${b.labels[0]}`;
      if (!lines.has(key)) lines.set(key, b.line);
    }
    return { doc, lines, declared: declaredIn(blocks) };
  } catch (err) {
    if (!(err instanceof HclSyntaxError)) throw err;
    const line = lineOfOffset(text, err.offset);
    if (err.tooDeep) {
      problems.push(`${shown}:${line}: ${err.message}; check refuses such text rather than risk its parser on it.`);
      return undefined;
    }
  }
  // The authority: hcl2json either reads it (a form the fast reader does not know) or names the error.
  try {
    const doc = (await tools.parse(rel, text)) as Json;
    return { doc, lines: declarationLines(text), declared: [] };
  } catch (err) {
    if (err instanceof ToolStartError) throw err;
    for (const f of syntaxFindings(rel, (err as Error).message)) problems.push(`${shown}${f.line ? `:${f.line}` : ''}: ${f.message}`);
    return undefined;
  }
}

/**
 * Terraform's JSON syntax in hcl2json's shape: block bodies as lists (a block given as one
 * object or as a list of them), so the rules read HCL and JSON configuration alike.
 */
export function normalizeJsonConfig(doc: Json): Json {
  const out: Json = {};
  const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v && typeof v === 'object' ? [v] : []);
  for (const [kind, value] of Object.entries(doc)) {
    if (kind === '//') continue;
    if (kind === 'resource' || kind === 'data') {
      const byType: Json = {};
      for (const item of list(value))
        for (const [type, names] of Object.entries(item as Json))
          for (const n of list(names))
            for (const [name, body] of Object.entries(n as Json)) (((byType[type] ??= {}) as Json)[name] = [...(((byType[type] as Json)[name] as unknown[]) ?? []), ...list(body)]);
      out[kind] = byType;
    } else if (kind === 'module' || kind === 'variable' || kind === 'output' || kind === 'provider') {
      const byName: Json = {};
      for (const item of list(value)) for (const [name, body] of Object.entries(item as Json)) byName[name] = [...((byName[name] as unknown[]) ?? []), ...list(body)];
      out[kind] = byName;
    } else out[kind] = list(value);
  }
  return out;
}

/** Lines of the blocks of a JSON configuration: where the block's name appears after its type. */
function jsonLines(text: string, doc: Json): Map<string, number> {
  const out = new Map<string, number>();
  const lineAt = (i: number) => (i < 0 ? 1 : text.slice(0, i).split('\n').length);
  const find = (...keys: string[]) => {
    let at = 0;
    for (const k of keys) {
      const i = text.indexOf(JSON.stringify(k), at);
      if (i < 0) return -1;
      at = i;
    }
    return at;
  };
  const norm = normalizeJsonConfig(doc);
  for (const kind of ['resource', 'data'] as const)
    for (const [type, names] of Object.entries((norm[kind] ?? {}) as Json)) for (const name of Object.keys(names as Json)) out.set(`${kind} ${type} ${name}`, lineAt(find(kind, type, name)));
  for (const kind of ['module', 'variable', 'output', 'provider'] as const) for (const name of Object.keys((norm[kind] ?? {}) as Json)) out.set(`${kind} ${name}`, lineAt(find(kind, name)));
  return out;
}

/** Declarations terraform refuses as duplicates in one module folder: each said with both places. */
function duplicates(files: [string, Parsed['declared']][], shown: (rel: string) => string): string[] {
  const seen = new Map<string, string>();
  const out: string[] = [];
  for (const [file, list] of files)
    for (const d of list) {
      const at = `${shown(file)}:${d.line}`;
      const before = seen.get(d.key);
      if (before) out.push(`${at}: duplicate ${d.label}: also declared at ${before}; terraform refuses the configuration (Duplicate ${d.key.split(' ')[0]} configuration). Remove or rename one.`);
      else seen.set(d.key, at);
    }
  return out;
}

export { isVars };
