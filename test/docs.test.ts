import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { RULES } from '../src/rules/rules.js';

test('docs/rules/<ID>.md and the README rule table are what npm run docs writes from the rules (not stale)', async () => {
  // @ts-expect-error -- a plain ESM script without types
  const { renderDocs } = (await import('../scripts/docs.mjs')) as { renderDocs: () => Map<string, string> };
  const docs = renderDocs();
  assert.equal([...docs.keys()].filter((k) => k.startsWith('docs/rules/')).length, RULES.length);
  for (const [path, text] of docs) {
    let committed = '';
    try {
      committed = readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
    } catch {
      committed = '(missing)';
    }
    assert.ok(committed === text, `${path} is stale: run npm run docs`);
  }
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  for (const r of RULES) assert.ok(readme.includes(`| [${r.id}](docs/rules/${r.id}.md) | ${r.severity} |`), `${r.id} missing from the README table`);
});
