// The pre-commit hooks (.pre-commit-hooks.yaml) with the real pre-commit tool, offline: each
// hook as published (language node, entry create-api-endpoint …) is run by `pre-commit run` with
// its own entry arguments, file pattern and filename passing, the entry pointed at this
// checkout's built CLI (a `repo: local` copy of the definition, language system) — what a
// developer's commit runs, without npm installing the package (test/package.e2e.test.ts proves
// the packed tarball installs offline).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { toolTest } from './helpers/tools.js';
import { BIN, tmp } from './helpers/cli.js';
import { git } from './helpers/git.js';

const repo = new URL('..', import.meta.url).pathname;
const preCommit = [process.env.PRE_COMMIT, join(repo, '.venv-precommit', 'bin', 'pre-commit')].find((p) => p && existsSync(p)) ?? (spawnSync('sh', ['-c', 'command -v pre-commit'], { encoding: 'utf8' }).stdout.trim() || undefined);
const missing = !preCommit && 'pre-commit is not installed (pip install pre-commit; .ci/run installs it into .venv-precommit)';

toolTest('pre-commit: the check hook fails a commit that touches a broken root (naming the finding) and passes one that touches only a sound generated folder; the update --check hook passes a current folder', missing, { timeout: 300_000 }, () => {
  const hooks = parse(readFileSync(join(repo, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; entry: string; language: string; files?: string; pass_filenames?: boolean }[];
  assert.deepEqual(hooks.map((h) => h.id), ['create-api-endpoint-check', 'create-api-endpoint-update-check']);
  for (const h of hooks) {
    assert.equal(h.language, 'node', 'published as a node hook: pre-commit installs the package');
    assert.match(h.entry, /^create-api-endpoint /, 'the entry is the package\'s bin');
  }
  const dir = tmp('cae-precommit-');
  git(dir, 'init', '-q', '-b', 'main');
  const gen = spawnSync(process.execPath, [BIN, '--yes', '--clients', 'internal', '--name', 'orders-api', '--no-terraform', '--no-cache', '--out', 'api'], { cwd: dir, encoding: 'utf8' });
  assert.equal(gen.status, 0, gen.stderr);
  mkdirSync(join(dir, 'broken'));
  writeFileSync(join(dir, 'broken/main.tf'), 'resource "aws_api_gateway_rest_api" "this" {\n  name = "x"\n\n  endpoint_configuration {\n    types = ["PRIVATE"]\n  }\n}\n');
  const local = hooks.map((h) => ({ ...h, language: 'system', entry: `${process.execPath} ${BIN} ${h.entry.replace(/^create-api-endpoint\s*/, '')}` }));
  writeFileSync(join(dir, '.pre-commit-config.yaml'), stringify({ repos: [{ repo: 'local', hooks: local }] }));
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'fixture');
  const env = { ...process.env, PRE_COMMIT_HOME: join(dir, '.pre-commit-home'), NO_COLOR: '1' };
  const run = (...args: string[]) => spawnSync(preCommit!, ['run', ...args], { cwd: dir, env, encoding: 'utf8', timeout: 240_000 });

  const bad = run('create-api-endpoint-check', '--files', 'broken/main.tf', 'api/modules/rest-api/main.tf');
  assert.equal(bad.status, 1, bad.stdout + bad.stderr);
  assert.match(bad.stdout, /create-api-endpoint check\.+Failed/);
  assert.match(bad.stdout, /broken\/main\.tf\n\s+1\s+error\s+CAE001/);

  const good = run('--files', 'api/modules/rest-api/main.tf', 'api/.create-api-endpoint.json');
  assert.equal(good.status, 0, good.stdout + good.stderr);
  assert.match(good.stdout, /create-api-endpoint check\.+Passed/);
  assert.match(good.stdout, /create-api-endpoint update --check\.+Passed/);

  // A file the hooks' patterns do not match runs neither.
  writeFileSync(join(dir, 'NOTES.md'), 'x\n');
  const none = run('--files', 'NOTES.md');
  assert.equal(none.status, 0, none.stdout);
  assert.match(none.stdout, /create-api-endpoint check\.+\(no files to check\)Skipped/);
});
