// Generations of a generated tree for the writer's tests: many files, some added and some
// dropped between generations, each with its manifest, as the generate use case writes them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildManifest, manifestText, MANIFEST, ownedHashes, parseManifest, sha256 } from '../../src/manifest/manifest.js';
import type { Answers, FileTree, Recommendation } from '../../src/core/types.js';

const rec: Recommendation = { endpointType: 'PRIVATE', recommended: 'PRIVATE', overridden: false, reasons: [], tradeoffs: [], warnings: [] };

/** Generation g: 300 files in modules/m<i>/, f0–f9 only in generation 1, f300–f309 only in 2. */
export function generation(g: 1 | 2): FileTree {
  const files: FileTree = new Map();
  const ids = g === 1 ? Array.from({ length: 300 }, (_, i) => i) : Array.from({ length: 300 }, (_, i) => i + 10);
  for (const i of ids) files.set(`modules/m${i % 20}/f${i}.tf`, `# generation ${g}, file ${i}\n${'x'.repeat(500)}\n`);
  files.set('main.tf', `# main, generation ${g}\n`);
  const manifest = buildManifest({ toolVersion: `0.${g}.0`, answers: { name: 'fixture' } as Answers, recommendation: rec, files });
  files.set(MANIFEST, manifestText(manifest));
  return files;
}

/** What a folder's manifest says the tool owns there (the manifest included), as writeGenerated passes it. */
export function ownedOf(dir: string): { owned: Map<string, string> | null; manifestSha: string | null } {
  let text: string;
  try {
    text = readFileSync(join(dir, MANIFEST), 'utf8');
  } catch {
    return { owned: null, manifestSha: null };
  }
  const read = parseManifest(text);
  if (read.version !== 2) throw new Error('fixture expects a v2 manifest');
  return { owned: new Map([...ownedHashes(read.manifest), [MANIFEST, sha256(text)]]), manifestSha: sha256(text) };
}
