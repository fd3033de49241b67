/**
 * A content-addressed cache of the WASM tools' answers. Parsing and formatting are pure
 * functions of (tool version, file name, text), and each tool costs 150–250 ms just to start,
 * so a run whose files were all seen before (re-generation, a pipeline re-run, the same
 * scenario in CI) answers from disk and never starts either runtime. Misses call the tool and
 * are stored. The cache never fails a run: unreadable or corrupt entries are misses, and
 * writes that fail are dropped.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
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

const folderFor = (dir: string, versions: Versions) => join(dir, `hcl2json-${versions.parse}_hcl-tools-${versions.format}`);

/** Every cache write still in flight in this process (see settleCacheWrites). */
const inFlight = new Set<Promise<void>>();

/** Settles once every cache write started so far has landed or failed (the CLI waits for it before exiting). */
export async function settleCacheWrites(): Promise<void> {
  await Promise.all(inFlight);
}

/** The tools behind the cache; `flush` settles once every answer computed so far is stored. */
export type CachedTools = HclTools & { flush(): Promise<void> };

export function withCache(tools: HclTools, dir: string, versions: Versions, limit = MAX_ENTRIES): CachedTools {
  const folder = folderFor(dir, versions);
  const keyOf = (...parts: string[]) => createHash('sha256').update(parts.join('\0')).digest('hex');
  const writes: Promise<void>[] = [];
  let ready: Promise<unknown> | undefined;

  /**
   * Stores an answer without holding up the run: the write goes to the thread pool (a pending
   * write keeps the process alive until it lands), into a temporary file renamed into place,
   * so a reader never sees half an entry.
   */
  function store(file: string, key: string, value: unknown): void {
    const write = async () => {
      const tmp = join(folder, `.${key}.${process.pid}.tmp`);
      await writeFile(tmp, JSON.stringify({ value }));
      await rename(tmp, file);
    };
    // The first store makes the folder and prunes it; the others wait for that.
    const first = !ready;
    ready ??= mkdir(folder, { recursive: true });
    const pending: Promise<void> = ready
      .then(write)
      .then(() => (first ? prune(folder, limit) : undefined))
      .catch(() => undefined) // A cache that cannot be written only costs speed.
      .finally(() => inFlight.delete(pending));
    inFlight.add(pending);
    writes.push(pending);
  }

  /** The stored answer for key, else compute it (the tool call) and store it. */
  async function cached<T>(key: string, isValid: (v: unknown) => v is T, compute: () => Promise<T>): Promise<T> {
    const file = join(folder, `${key}.json`);
    try {
      const hit = (JSON.parse(readFileSync(file, 'utf8')) as { value: unknown }).value;
      if (isValid(hit)) return hit;
    } catch {
      // Missing or corrupt: a miss.
    }
    const value = await compute();
    store(file, key, value);
    return value;
  }

  return {
    parse: (file, text) => cached(keyOf('parse', file, text), isObject, () => tools.parse(file, text)),
    format: (text) => cached(keyOf('format', text), isString, () => tools.format(text)),
    flush: async () => void (await Promise.all(writes)),
  };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isString = (v: unknown): v is string => typeof v === 'string';

/** Keep the folder bounded: past the limit, drop the oldest entries down to three quarters of it. */
async function prune(folder: string, limit: number): Promise<void> {
  const names = (await readdir(folder)).filter((n) => n.endsWith('.json'));
  if (names.length <= limit) return;
  const byAge = await Promise.all(names.map(async (n) => ({ n, t: (await stat(join(folder, n))).mtimeMs })));
  byAge.sort((a, b) => a.t - b.t);
  await Promise.all(byAge.slice(0, names.length - Math.floor(limit * 0.75)).map(({ n }) => rm(join(folder, n), { force: true })));
}
