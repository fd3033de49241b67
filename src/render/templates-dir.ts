/** Reads templates from disk (the shipped set, then overlays that replace or add by name). */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { packageRoot } from '../core/package-root.js';
import type { Templates } from './engine.js';
import { errnoText, UsageError } from '../core/errors.js';
import { didYouMean } from '../core/closest.js';
import { escapeRe } from '../core/text.js';

/**
 * The shipped templates, then each `--templates` overlay folder in order: a `.hbs` file
 * replaces the shipped template of the same name (its path without `.hbs`) or adds a partial
 * that some template includes. Anything else is a mistake worth stopping for: a missing
 * folder, a folder without templates, or a name nothing uses (usually a typo).
 */
export function loadTemplates(overlays: string[] = []): Templates {
  // Read once per process: main checks the overlays up front, the pipeline renders with them.
  const key = JSON.stringify(overlays);
  let templates = loaded.get(key);
  if (!templates) loaded.set(key, (templates = readTemplates(overlays)));
  return templates;
}

const loaded = new Map<string, Templates>();

function readTemplates(overlays: string[]): Templates {
  const shipped = readFolder(join(packageRoot(), 'templates'));
  const map = new Map(shipped);
  const added = new Map<string, string>();
  const problems: string[] = [];
  for (const dir of overlays) {
    let stats;
    try {
      stats = statSync(dir);
    } catch {
      problems.push(`--templates ${dir}: no such folder. Give a folder of .hbs files named like the built-in ones (e.g. module/main.tf.hbs).`);
      continue;
    }
    if (!stats.isDirectory()) {
      problems.push(`--templates ${dir}: not a folder. Give a folder of .hbs files named like the built-in ones (e.g. module/main.tf.hbs).`);
      continue;
    }
    let found: Map<string, string>;
    try {
      found = readFolder(dir);
    } catch (err) {
      const at = (err as NodeJS.ErrnoException).path;
      problems.push(`--templates ${dir}: cannot read ${at ?? 'it'}: ${errnoText(err)}. Fix or remove that entry (a link that points back into the folder loops).`);
      continue;
    }
    if (found.size === 0) problems.push(`--templates ${dir}: has no .hbs files; nothing to replace or add.`);
    for (const [name, source] of found) {
      map.set(name, source);
      if (!shipped.has(name)) added.set(name, join(dir, `${name}.hbs`));
    }
  }
  for (const [name, file] of added) {
    const used = [...map.values()].some((source) => new RegExp(`\\{\\{#?>\\s*${escapeRe(name)}[\\s}]`).test(source));
    if (!used)
      problems.push(`--templates: ${file} replaces no built-in template and no template includes it as {{> ${name}}}.${didYouMean(name, shipped.keys())}`);
  }
  if (problems.length) throw new UsageError(problems);
  return map;
}

/** Each overlay folder with a digest of its templates (names and text), as the manifest records them. */
export function overlayRecords(overlays: string[]): { name: string; sha256: string }[] {
  return overlays.map((dir) => {
    const hash = createHash('sha256');
    for (const [name, source] of [...readFolder(dir)].sort(([a], [b]) => (a < b ? -1 : 1))) hash.update(`${name}\0${source}\0`);
    return { name: dir, sha256: hash.digest('hex') };
  });
}

function readFolder(dir: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const file of walk(dir)) {
    if (!file.endsWith('.hbs')) continue;
    map.set(relative(dir, file).split(sep).join('/').replace(/\.hbs$/, ''), readFileSync(file, 'utf8'));
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
