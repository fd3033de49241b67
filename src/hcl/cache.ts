/**
 * A content-addressed cache of the WASM tools' answers. Parsing and formatting are pure
 * functions of (tool version, file name, text), and each tool costs 150–250 ms just to start,
 * so a run whose files were all seen before (re-generation, a pipeline re-run, the same
 * scenario in CI) answers from disk and never starts either runtime. Misses call the tool and
 * are stored. The cache never fails a run: unreadable or corrupt entries are misses, and
 * writes that fail are dropped.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { HclTools } from './tools.js';
import { dependencyVersion } from '../core/package-root.js';

/** Entries kept per tool version; older ones are pruned when a run's first write finds more. */
const MAX_ENTRIES = 2000;

/** $XDG_CACHE_HOME/create-api-endpoint, else ~/.cache/create-api-endpoint. */
export function defaultCacheDir(env: Record<string, string | undefined>): string {
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'create-api-endpoint');
}

type Versions = { parse: string; format: string };

/** The versions the cache is keyed by: the exact pins of the two tools in our package.json. */
export const toolVersions = (): Versions => ({ parse: dependencyVersion('@cdktf/hcl2json'), format: dependencyVersion('@cdktf/hcl-tools') });

/** Whether the WASM tools will surely run: no cache, or none yet for these tool versions. */
export function toolsWillRun(noCache: boolean, env: Record<string, string | undefined>): boolean {
  return noCache || !existsSync(folderFor(defaultCacheDir(env), toolVersions()));
}

const folderFor = (dir: string, versions: { parse: string; format: string }) => join(dir, `hcl2json-${versions.parse}_hcl-tools-${versions.format}`);

export function withCache(tools: HclTools, dir: string, versions: { parse: string; format: string }, limit = MAX_ENTRIES): HclTools {
  const folder = folderFor(dir, versions);
  const keyOf = (...parts: string[]) => createHash('sha256').update(parts.join('\0')).digest('hex');
  let written = 0;

  function read<T>(key: string): { value: T } | undefined {
    try {
      return JSON.parse(readFileSync(join(folder, `${key}.json`), 'utf8')) as { value: T };
    } catch {
      return undefined;
    }
  }
  function write(key: string, value: unknown): void {
    try {
      mkdirSync(folder, { recursive: true });
      const tmp = join(folder, `.${key}.${process.pid}.tmp`);
      writeFileSync(tmp, JSON.stringify({ value }));
      renameSync(tmp, join(folder, `${key}.json`));
      if (++written === 1) prune(folder, limit);
    } catch {
      // A cache that cannot be written only costs speed.
    }
  }

  return {
    async parse(file, text) {
      const key = keyOf('parse', file, text);
      const hit = read<Record<string, unknown>>(key);
      if (hit) return hit.value;
      const value = await tools.parse(file, text);
      write(key, value);
      return value;
    },
    async format(text) {
      const key = keyOf('format', text);
      const hit = read<string>(key);
      if (hit && typeof hit.value === 'string') return hit.value;
      const value = await tools.format(text);
      write(key, value);
      return value;
    },
  };
}

/** Keep the folder bounded: past the limit, drop the oldest entries down to three quarters of it. */
function prune(folder: string, limit: number): void {
  const names = readdirSync(folder).filter((n) => n.endsWith('.json'));
  if (names.length <= limit) return;
  const byAge = names.map((n) => ({ n, t: statSync(join(folder, n)).mtimeMs })).sort((a, b) => a.t - b.t);
  for (const { n } of byAge.slice(0, names.length - Math.floor(limit * 0.75))) rmSync(join(folder, n), { force: true });
}
