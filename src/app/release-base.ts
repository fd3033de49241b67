/**
 * What a released version generated for a folder whose manifest kept no copy of it (manifest
 * version 1): its recorded answers rendered again with that release's own renderer and
 * templates, frozen in templates/releases/<version>/render.mjs (scripts/freeze-release.mjs),
 * then formatted as that release formatted them. Copier renders the old template at the old tag
 * for the same reason: with the real base, an unedited file is replaced and an edited one is
 * merged, instead of every line that differs from today's render being taken for the owner's.
 */
import Handlebars from 'handlebars';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageRoot } from '../core/package-root.js';
import type { FileTree } from '../core/types.js';
import { isHcl, type HclTools } from '../hcl/tools.js';

interface FrozenRelease {
  VERSION: string;
  COMMIT: string;
  render(answers: Record<string, unknown>): Map<string, string>;
}

/** The folder of a release's frozen renderer; undefined when this package has none for it. */
export function releaseRenderer(version: string): string | undefined {
  // The version comes from a manifest on disk: only a plain x.y.z names a folder.
  if (!/^\d{1,4}\.\d{1,4}\.\d{1,4}$/.test(version)) return undefined;
  const file = join(packageRoot(), 'templates', 'releases', version, 'render.mjs');
  return existsSync(file) ? file : undefined;
}

/**
 * The frozen renderers hold only our code and templates: they take Handlebars from the running
 * tool (the version that release pinned too; the tests prove the output is still the same).
 */
export function provideHandlebars(): void {
  (globalThis as Record<symbol, unknown>)[Symbol.for('create-api-endpoint.handlebars')] ??= Handlebars;
}

export interface ReleaseBase {
  version: string;
  commit: string;
  files: FileTree;
}

/**
 * The files `version` wrote for `answers`, limited to `paths` (the manifest's list). Undefined
 * when this package keeps no renderer of that version, or when the answers do not render with
 * it (a manifest edited by hand): the caller then falls back to today's render, and says so.
 */
export async function releaseBase(version: string, answers: Record<string, unknown>, paths: string[], tools: HclTools): Promise<ReleaseBase | undefined> {
  const file = releaseRenderer(version);
  if (!file) return undefined;
  let rendered: Map<string, string>;
  let release: FrozenRelease;
  try {
    provideHandlebars();
    release = (await import(pathToFileURL(file).href)) as FrozenRelease;
    rendered = release.render(structuredClone(answers));
  } catch {
    return undefined;
  }
  const files: FileTree = new Map();
  for (const path of paths) {
    const text = rendered.get(path);
    if (text === undefined) continue;
    let out = text;
    // That release wrote each HCL file as terraform fmt prints it; text it could not format was written as rendered.
    if (isHcl(path))
      try {
        out = await tools.format(text);
      } catch {
        out = text;
      }
    files.set(path, out);
  }
  return { version: release.VERSION, commit: release.COMMIT, files };
}
