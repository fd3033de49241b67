// The pre-commit hooks (.pre-commit-hooks.yaml) with the real pre-commit tool: `pre-commit
// try-repo` installs this package as a node hook (npm install, npm pack, npm install -g) and
// runs it on a fixture repository's files, as a developer's commit would.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toolTest } from './helpers/tools.js';
import { BIN, tmp } from './helpers/cli.js';

const repo = new URL('..', import.meta.url).pathname;
const preCommit = [process.env.PRE_COMMIT, join(repo, '.venv-precommit', 'bin', 'pre-commit')].find((p) => p && existsSync(p)) ?? (spawnSync('sh', ['-c', 'command -v pre-commit'], { encoding: 'utf8' }).stdout.trim() || undefined);
const missing = !preCommit && 'pre-commit is not installed (pip install pre-commit; .ci/run installs it into .venv-precommit)';

toolTest('pre-commit try-repo: the check hook fails a commit that touches a broken root (naming the finding) and passes one that touches only a sound generated folder; the update --check hook passes a current folder', missing, { timeout: 600_000 }, () => {
  const dir = tmp('cae-precommit-');
  const git = (...args: string[]) => assert.equal(spawnSync('git', ['-c', 'user.email=ci@example.com', '-c', 'user.name=ci', '-c', 'commit.gpgsign=false', ...args], { cwd: dir }).status, 0);
  git('init', '-q', '-b', 'main');
  const gen = spawnSync(process.execPath, [BIN, '--yes', '--clients', 'internal', '--name', 'orders-api', '--no-terraform', '--no-cache', '--out', 'api'], { cwd: dir, encoding: 'utf8' });
  assert.equal(gen.status, 0, gen.stderr);
  mkdirSync(join(dir, 'broken'));
  writeFileSync(join(dir, 'broken/main.tf'), 'resource "aws_api_gateway_rest_api" "this" {\n  name = "x"\n\n  endpoint_configuration {\n    types = ["PRIVATE"]\n  }\n}\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'fixture');
  // npm offline: the hook's install takes every package from the npm cache npm ci filled (tests use no network).
  const env = { ...process.env, PRE_COMMIT_HOME: join(dir, '.pre-commit-home'), NO_COLOR: '1', npm_config_offline: 'true' };
  const tryRepo = (...args: string[]) => spawnSync(preCommit!, ['try-repo', repo, ...args], { cwd: dir, env, encoding: 'utf8', timeout: 540_000 });

  const bad = tryRepo('create-api-endpoint-check', '--files', 'broken/main.tf', 'api/modules/rest-api/main.tf');
  assert.equal(bad.status, 1, bad.stdout + bad.stderr);
  assert.match(bad.stdout, /create-api-endpoint check\.+Failed/);
  assert.match(bad.stdout, /broken\/main\.tf\n\s+1\s+error\s+CAE001/);

  const good = tryRepo('--files', 'api/modules/rest-api/main.tf', 'api/.create-api-endpoint.json');
  assert.equal(good.status, 0, good.stdout + good.stderr);
  assert.match(good.stdout, /create-api-endpoint check\.+Passed/);
  assert.match(good.stdout, /create-api-endpoint update --check\.+Passed/);
});
