/** Reads templates from disk (the shipped set, then overlays that replace or add by name). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { packageRoot } from '../core/package-root.js';
import type { Templates } from './engine.js';

export function loadTemplates(overlays: string[] = []): Templates {
  const map = new Map<string, string>();
  for (const dir of [join(packageRoot(), 'templates'), ...overlays]) {
    for (const file of walk(dir)) {
      if (!file.endsWith('.hbs')) continue;
      const name = relative(dir, file).split(sep).join('/').replace(/\.hbs$/, '');
      map.set(name, readFileSync(file, 'utf8'));
    }
  }
  return map;
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const full = join(dir, entry);
    if (statSync(full).isDirectory()) out.push(...walk(full));
    else out.push(full);
  }
  return out;
}
