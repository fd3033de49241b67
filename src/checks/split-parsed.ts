/**
 * hcl2json answers far faster for one large document than for many small ones (each call
 * pays the WASM bridge's scheduling), so a module's files are parsed as one document and
 * the result is split back into per-file parts by finding each block's header in the
 * file texts. Only used when the whole module parsed; failures are re-parsed per file.
 */
import { escapeRe, type Json } from './model.js';

export function splitParsed(merged: Json, texts: Map<string, string>): Map<string, Json> {
  const out = new Map<string, Json>([...texts.keys()].map((p) => [p, {}]));
  const fileWith = (re: RegExp) => [...texts].find(([, t]) => re.test(t))?.[0] ?? [...texts.keys()][0]!;
  const put = (file: string, path: string[], value: unknown) => {
    let node = out.get(file)!;
    for (const key of path.slice(0, -1)) node = (node[key] ??= {}) as Json;
    node[path[path.length - 1]!] = value;
  };

  for (const [kind, value] of Object.entries(merged)) {
    if (kind === 'resource' || kind === 'data') {
      for (const [type, byName] of Object.entries(value as Record<string, Json>))
        for (const [name, body] of Object.entries(byName))
          put(fileWith(new RegExp(`^${kind}\\s+"${escapeRe(type)}"\\s+"${escapeRe(name)}"`, 'm')), [kind, type, name], body);
    } else if (kind === 'variable' || kind === 'output' || kind === 'module') {
      for (const [name, body] of Object.entries(value as Json)) put(fileWith(new RegExp(`^${kind}\\s+"${escapeRe(name)}"`, 'm')), [kind, name], body);
    } else if (kind === 'locals') {
      for (const block of value as Json[]) {
        for (const [key, v] of Object.entries(block)) {
          const file = fileWith(new RegExp(`^locals\\s*\\{[\\s\\S]*?^\\s+${escapeRe(key)}\\s*=`, 'm'));
          const list = ((out.get(file)!.locals ??= [{}]) as Json[])[0]!;
          list[key] = v;
        }
      }
    } else if (kind === 'provider') {
      for (const [name, body] of Object.entries(value as Json)) put(fileWith(new RegExp(`^provider\\s+"${escapeRe(name)}"`, 'm')), [kind, name], body);
    } else {
      put(fileWith(new RegExp(`^${escapeRe(kind)}\\b`, 'm')), [kind], value);
    }
  }
  return out;
}
