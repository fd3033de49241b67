/** The installed package's root folder (holds templates/ and the provider schema), found from this file. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && JSON.parse(readFileSync(pkg, 'utf8')).name === 'create-api-endpoint') return (root = dir);
    const parent = dirname(dir);
    if (parent === dir) throw new Error('create-api-endpoint: cannot find its package folder (templates are missing).');
    dir = parent;
  }
}

let manifest: { version: string; dependencies: Record<string, string> } | undefined;
const ownPackage = () => (manifest ??= JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')));

export function toolVersion(): string {
  return ownPackage().version;
}

/** The exact version a runtime dependency is pinned to in our package.json. */
export function dependencyVersion(name: string): string {
  return ownPackage().dependencies[name] ?? 'unknown';
}
