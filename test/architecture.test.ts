// The source's shape: no import cycles, and layers that only import downward (the lint rule
// covers static imports; this also follows dynamic ones).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { walk } from './helpers/cli.js';

const src = new URL('../src/', import.meta.url).pathname;
const files = walk(src).filter((f) => /\.(ts|tsx|js)$/.test(f) && !f.endsWith('.d.ts'));

/** Relative imports of a file, resolved to source files: static ones, and dynamic ones separately. */
function importsOf(file: string): { static: string[]; dynamic: string[] } {
  const text = readFileSync(file, 'utf8');
  const toFile = (spec: string) => {
    const base = resolve(dirname(file), spec).replace(/\.js$/, '');
    return [`${base}.ts`, `${base}.tsx`, `${base}.js`].find((f) => files.includes(f)) ?? base;
  };
  const statics = [...text.matchAll(/^(?:import|export)\s[^;]*?from\s+'(\.[^']+)'/gms)].map((m) => toFile(m[1]!));
  const dynamics = [...text.matchAll(/import\('(\.[^']+)'\)/g)].map((m) => toFile(m[1]!));
  return { static: statics, dynamic: dynamics };
}

const graph = new Map(files.map((f) => [f, importsOf(f)]));
const name = (f: string) => relative(src, f);

test('no import cycles among the static imports of src/', () => {
  const state = new Map<string, 'visiting' | 'done'>();
  const cycles: string[] = [];
  const visit = (f: string, path: string[]) => {
    if (state.get(f) === 'done') return;
    if (state.get(f) === 'visiting') return void cycles.push([...path.slice(path.indexOf(f)), f].map(name).join(' → '));
    state.set(f, 'visiting');
    for (const next of graph.get(f)?.static ?? []) visit(next, [...path, f]);
    state.set(f, 'done');
  };
  for (const f of files) visit(f, []);
  assert.deepEqual(cycles, []);
});

const LAYER: [RegExp, number][] = [
  [/^(core|catalog|plan|render|checks|hcl|manifest|write|report|analysis|rules|openapi)\/|^pipeline\.ts$/, 0],
  [/^app\//, 1],
  [/^wizard\//, 2],
  [/^commands\//, 3],
  [/^(cli|api|backstage)\.ts$/, 4],
];
const layerOf = (f: string) => LAYER.find(([re]) => re.test(name(f)))?.[1] ?? -1;

test('every file belongs to a layer, and imports (static or dynamic) go downward only — except commands loading the wizard', () => {
  const upward: string[] = [];
  for (const [f, { static: s, dynamic: d }] of graph) {
    assert.notEqual(layerOf(f), -1, `${name(f)} is in no layer`);
    for (const to of [...s, ...d]) {
      const allowed = layerOf(to) <= layerOf(f) || (layerOf(f) === 3 && layerOf(to) === 2);
      if (!allowed) upward.push(`${name(f)} → ${name(to)}`);
    }
  }
  assert.deepEqual(upward, []);
  // The wizard in particular never imports the commands (it did, before the app layer).
  for (const [f, { static: s, dynamic: d }] of graph) if (name(f).startsWith('wizard/')) for (const to of [...s, ...d]) assert.ok(!name(to).startsWith('commands/'), `${name(f)} imports ${name(to)}`);
});

test('the helpers resolve real files (the graph is not empty by mistake)', () => {
  const main = join(src, 'commands', 'main.ts');
  assert.ok(graph.get(main)!.static.some((f) => f.endsWith('registry.ts')));
  assert.ok(files.length > 40);
});
