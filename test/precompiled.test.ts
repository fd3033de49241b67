// The build precompiles the shipped templates; the engine uses an entry only when it matches
// the template text byte for byte. Guard that the built set is complete, current and usable.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { COMPILE_OPTIONS, templateHash } from '../src/render/engine.js';
import { loadTemplates } from '../src/render/templates-dir.js';

test('dist/templates.precompiled.cjs holds every shipped template, current, built with the engine options', () => {
  const built = createRequire(import.meta.url)('../dist/templates.precompiled.cjs') as { options: object; templates: Record<string, { hash: string }> };
  assert.deepEqual(built.options, COMPILE_OPTIONS, 'build and engine must compile alike (scripts/build.mjs COMPILE_OPTIONS)');
  const shipped = loadTemplates();
  assert.deepEqual(Object.keys(built.templates).sort(), [...shipped.keys()].sort());
  for (const [name, source] of shipped) assert.equal(built.templates[name]!.hash, templateHash(source), `${name} changed since the build`);
});
