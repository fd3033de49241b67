import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
// @ts-expect-error plain ESM helper shared with the refresh script
import { renderScenario, scenarios, snapshotsDir } from '../scripts/scenarios.mjs';
import { comparable, tmp, walk } from './helpers/cli.js';


for (const name of scenarios() as string[]) {
  test(`snapshot ${name}: every check passes and the output is byte-identical to the golden copy`, () => {
    const out = join(tmp(), 'out');
    const report = renderScenario(name, out);
    for (const c of report.checks) assert.equal(c.status, 'pass', `${c.name}: ${JSON.stringify(c.findings)}`);
    for (const c of report.checks) assert.deepEqual(c.findings, [], `${c.name} has findings`);
    const expected = join(snapshotsDir, name, 'expected');
    const got = walk(out).map((f) => relative(out, f)).sort();
    const want = walk(expected).map((f) => relative(expected, f)).sort();
    assert.deepEqual(got, want, 'file list differs: run npm run snapshots:update and review the diff');
    for (const f of want) {
      assert.equal(comparable(f, readFileSync(join(out, f), 'utf8')), comparable(f, readFileSync(join(expected, f), 'utf8')), `${name}/${f} differs: run npm run snapshots:update and review the diff`);
    }
  });
}
