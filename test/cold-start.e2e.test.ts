// Every error path ends promptly on a cold first run: an empty cache folder (the WASM tools
// are started early then) and --no-cache. A run that hangs is killed by the timeout and fails.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, tmp } from './helpers/cli.js';

const dir = tmp();
const occupied = join(dir, 'occupied');
mkdirSync(occupied);
writeFileSync(join(occupied, 'main.tf'), '# mine\n');

const cases: [string, string[], number][] = [
  ['contradicting answers', ['--yes', '--clients', 'global', '--compliance'], 2],
  ['an invalid value', ['--yes', '--clients', 'everyone'], 2],
  ['a missing answer', ['--clients', 'internal', '--hybrid'], 2],
  ['a missing answers file', ['--yes', '--answers', join(dir, 'nope.yaml')], 2],
  ['a refused overwrite', ['--yes', '--out', occupied, '--no-terraform'], 3],
];

for (const [what, args, code] of cases) {
  for (const mode of ['an empty cache folder', '--no-cache'] as const) {
    test(`${what} exits ${code} promptly with ${mode}`, async () => {
      const cache = tmp('cae-cold-');
      const r = await cli([...args, ...(mode === '--no-cache' ? ['--no-cache'] : [])], { env: { XDG_CACHE_HOME: cache }, timeout: 30_000 });
      assert.equal(r.timedOut, false, `${what} did not exit within 30 s`);
      assert.equal(r.exitCode, code, r.stderr);
      assert.match(r.stderr, /error: /);
    });
  }
}
