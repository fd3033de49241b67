// Every rule of `check` against hand-written trees, one folder per way of writing the thing:
// test/rules/<RULE>/<style>/bad gives exactly the findings its expected.json lists (file,
// line, address), and good (with "root", the root module is a folder inside them: an example
// calling the module above it) — the fixed twin — gives none of that rule. The folders are real
// Terraform, kept in terraform fmt's format.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkTrees, CHECK_RULES } from '../src/app/check.js';
import { hclTools } from '../src/hcl/tools.js';

const ROOT = new URL('./rules/', import.meta.url).pathname;
interface Expected {
  rule: string;
  bad: { file: string; line: number; address: string }[];
  good: { file: string; line: number; address: string }[];
  /** The root module inside bad/ and good/ when it is not the folder itself (an example calling ../../). */
  root?: string;
}

const cases = readdirSync(ROOT)
  .sort()
  .flatMap((rule) => readdirSync(join(ROOT, rule)).sort().map((style) => ({ rule, style, dir: join(ROOT, rule, style) })));

for (const c of cases) {
  test(`${c.rule} ${c.style}: bad gives the expected findings, good none`, async () => {
    const expected = JSON.parse(readFileSync(join(c.dir, 'expected.json'), 'utf8')) as Expected;
    assert.equal(expected.rule, c.rule);
    for (const side of ['bad', 'good'] as const) {
      const dir = join(c.dir, side, expected.root ?? '');
      assert.ok(existsSync(dir), `${side}/${expected.root ?? ''} is missing`);
      const out = await checkTrees([dir], hclTools);
      const got = out.findings.filter((f) => f.rule === c.rule).map((f) => ({ file: f.file.slice(f.file.indexOf(`/${side}/`) + side.length + 2), line: f.line, address: f.address }));
      assert.deepEqual(got, expected[side], `${side}: ${JSON.stringify(out.findings.map((f) => [f.rule, f.file, f.line, f.message]))}`);
      if (side === 'bad') for (const f of out.findings.filter((x) => x.rule === c.rule)) assert.ok(f.fix.length > 0 && f.message.startsWith(`${c.rule} `));
    }
  });
}

test('every rule of check has at least one fixture folder, and every fixture folder a rule', () => {
  assert.deepEqual([...new Set(cases.map((c) => c.rule))].sort(), CHECK_RULES.map((r) => r.id).sort());
});

test('the fixtures are in terraform fmt\'s format', async () => {
  const files = cases.flatMap((c) => ['bad', 'good'].flatMap((side) => walk(join(c.dir, side))));
  for (const f of files.filter((x) => x.endsWith('.tf'))) {
    const text = readFileSync(f, 'utf8');
    assert.equal(await hclTools.format(text), text, `${f} is not formatted (terraform fmt)`);
  }
});

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}
