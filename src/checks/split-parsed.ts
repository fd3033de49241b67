/**
 * hcl2json answers far faster for one large document than for many small ones (each call
 * pays the WASM bridge's scheduling), so a module's files are parsed as one document and
 * the result is split back into per-file parts by where each top-level block is declared.
 * Only used when the whole module parsed; failures are re-parsed per file.
 */
import type { Json } from './model.js';

export function splitParsed(merged: Json, texts: Map<string, string>): Map<string, Json> {
  return split(merged, texts).parts;
}

/**
 * The same, but only when every top-level declaration was found at the start of a line of
 * some file (hand-written text may indent them): otherwise undefined, and the caller parses
 * each file on its own.
 */
export function splitParsedExactly(merged: Json, texts: Map<string, string>): Map<string, Json> | undefined {
  const { parts, guessed } = split(merged, texts);
  return guessed ? undefined : parts;
}

function split(merged: Json, texts: Map<string, string>): { parts: Map<string, Json>; guessed: boolean } {
  const out = new Map<string, Json>([...texts.keys()].map((p) => [p, {}]));
  const declaredIn = declarations(texts);
  const first = [...texts.keys()][0]!;
  let guessed = false;
  const fileOf = (key: string) => declaredIn.get(key) ?? ((guessed = true), first);
  const put = (file: string, path: string[], value: unknown) => {
    let node = out.get(file)!;
    for (const key of path.slice(0, -1)) node = (node[key] ??= {}) as Json;
    node[path[path.length - 1]!] = value;
  };

  for (const [kind, value] of Object.entries(merged)) {
    if (kind === 'resource' || kind === 'data') {
      for (const [type, byName] of Object.entries(value as Record<string, Json>))
        for (const [name, body] of Object.entries(byName)) put(fileOf(`${kind} ${type} ${name}`), [kind, type, name], body);
    } else if (kind === 'variable' || kind === 'output' || kind === 'module' || kind === 'provider') {
      for (const [name, body] of Object.entries(value as Json)) put(fileOf(`${kind} ${name}`), [kind, name], body);
    } else if (kind === 'locals') {
      // Each locals block whole, in order, to the file that declares its first key: a file
      // with two locals blocks keeps two, as it parses alone.
      for (const block of value as Json[]) {
        const key = Object.keys(block)[0];
        ((out.get(key === undefined ? first : fileOf(`locals ${key}`))!.locals ??= []) as Json[]).push(block);
      }
    } else {
      put(fileOf(kind), [kind], value);
    }
  }
  return { parts: out, guessed };
}

const LABELLED = /^(resource|data)\s+"([^"]+)"\s+"([^"]+)"|^(variable|output|module|provider)\s+"([^"]+)"|^([A-Za-z_][\w-]*)\b/;
const LOCAL = /^(\s+)([A-Za-z_][\w-]*)\s*=/;

/**
 * Where each top-level block is declared, in one pass over each file's lines: "resource
 * <type> <name>", "<kind> <name>" for the other labelled blocks, "locals <key>" for each
 * local, else the block's keyword. The first file to declare a key wins.
 */
function declarations(texts: Map<string, string>): Map<string, string> {
  const index = new Map<string, string>();
  const add = (key: string, file: string) => void (index.has(key) || index.set(key, file));
  for (const [file, text] of texts) {
    let inLocals = false;
    let indent: string | undefined; // of the locals block's own keys, not of nested values
    for (const line of text.split('\n')) {
      if (inLocals) {
        if (line.startsWith('}')) inLocals = false;
        else {
          const local = LOCAL.exec(line);
          if (local && (indent ??= local[1]) === local[1]) add(`locals ${local[2]}`, file);
        }
        continue;
      }
      const m = LABELLED.exec(line);
      if (!m) continue;
      if (m[1]) add(`${m[1]} ${m[2]} ${m[3]}`, file);
      else if (m[4]) add(`${m[4]} ${m[5]}`, file);
      else {
        add(m[6]!, file);
        if (m[6] === 'locals') [inLocals, indent] = [!/\}\s*$/.test(line), undefined];
      }
    }
  }
  return index;
}
