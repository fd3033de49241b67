import { execa } from 'execa';
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export const BIN = join(import.meta.dirname, '..', '..', 'bin', 'create-api-endpoint.js');

/**
 * Runs the built CLI with no TTY and no AWS region in the environment, in `cwd` — by default a
 * new empty folder, never the checkout (a ./my-api left there by the README's quick start must
 * not change what a test sees).
 */
export async function cli(args: string[], opts: { cwd?: string; env?: Record<string, string>; timeout?: number } = {}) {
  const env: Record<string, string | undefined> = { ...process.env, AWS_REGION: undefined, AWS_DEFAULT_REGION: undefined, NO_COLOR: '1', ...opts.env };
  return execa(process.execPath, [BIN, ...args], { cwd: opts.cwd ?? tmp('cae-cwd-'), env, extendEnv: false, reject: false, stdin: 'ignore', stripFinalNewline: false, ...(opts.timeout ? { timeout: opts.timeout } : {}) });
}

export const tmp = (prefix = 'cae-') => mkdtempSync(join(tmpdir(), prefix));

/** Every file below dir, as full paths. */
export function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((e) => (statSync(join(dir, e)).isDirectory() ? walk(join(dir, e)) : [join(dir, e)]));
}

/**
 * A generated file's text for comparison with a golden copy. The manifest stores each base
 * gzip-compressed, and gzip's bytes may differ between zlib builds (Node versions): compare
 * the manifest with its bases decompressed.
 */
export function comparable(path: string, text: string): string {
  if (!path.endsWith('.create-api-endpoint.json')) return text;
  const doc = JSON.parse(text) as { files?: { base?: string }[] };
  for (const f of doc.files ?? []) if (typeof f.base === 'string') f.base = gunzipSync(Buffer.from(f.base, 'base64')).toString('utf8');
  return JSON.stringify(doc, null, 2);
}
