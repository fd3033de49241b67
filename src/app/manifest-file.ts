/** Reading a folder's `.create-api-endpoint.json`: one place for generate, update and --from. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError, errnoText } from '../core/errors.js';
import { MANIFEST, ManifestError, parseManifest, type ReadManifest } from '../manifest/manifest.js';

export interface ManifestAt {
  dir: string;
  /** The manifest's path, for messages. */
  path: string;
  text: string;
  read: ReadManifest;
}

/** The folder's manifest, undefined when there is none; unreadable or invalid is bad input (exit 2) naming the file and the way out. */
export async function loadManifest(dir: string): Promise<ManifestAt | undefined> {
  const path = join(dir, MANIFEST);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw new UsageError([`${path}: cannot read it (${errnoText(err)}).`]);
  }
  try {
    return { dir, path, text, read: parseManifest(text) };
  } catch (err) {
    if (!(err instanceof ManifestError)) throw err;
    throw new UsageError([
      `${path}: ${err.message}.`,
      `It tells create-api-endpoint what it generated in ${dir} and owns there, so nothing is written while it is unreadable. Restore it from version control (git checkout -- ${path}), or write elsewhere with --out.`,
    ]);
  }
}
