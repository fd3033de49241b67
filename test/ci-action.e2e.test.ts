// The GitHub Action (action.yml) and its steps, run here as a CI runner would run them, on a
// fixture monorepo in git: the changed files become the folders that hold them, each folder is
// checked with its own SARIF file and category (valid SARIF 2.1.0), the worst exit code wins.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parse } from 'yaml';
import { BIN, tmp } from './helpers/cli.js';
import { git } from './helpers/git.js';

const repo = new URL('..', import.meta.url).pathname;
const CAE = `${process.execPath} ${BIN}`;

const sh = (cwd: string, script: string, env: Record<string, string>) => spawnSync('bash', [join(repo, 'scripts/ci', script)], { cwd, encoding: 'utf8', env: { ...process.env, CAE, NO_COLOR: '1', ...env }, timeout: 120_000 });

test('action.yml: a composite action whose steps run the scripts this package ships, with the inputs they read', () => {
  const action = parse(readFileSync(join(repo, 'action.yml'), 'utf8'));
  assert.equal(action.runs.using, 'composite');
  for (const input of ['paths', 'base', 'severity', 'preset', 'update-check', 'upload-sarif', 'version']) assert.ok(action.inputs[input], input);
  const scripts = action.runs.steps.filter((s: { run?: string }) => s.run).map((s: { run: string }) => /scripts\/ci\/[\w.]+/.exec(s.run)![0]);
  assert.deepEqual(scripts, ['scripts/ci/folders.sh', 'scripts/ci/check.sh']);
  for (const s of scripts) assert.ok(existsSync(join(repo, s)), s);
  assert.equal(action.runs.steps[2].uses, 'github/codeql-action/upload-sarif@v3');
});

test('the action\'s steps on a monorepo: changed files → their folders; one SARIF file per folder with a distinct category; exit 1 for the broken one only', () => {
  const dir = tmp('cae-ci-');
  git(dir, 'init', '-q', '-b', 'main');
  for (const [out, clients] of [['services/orders/infra', 'global'], ['services/ledger/infra', 'internal']] as const) {
    const r = spawnSync(process.execPath, [BIN, '--yes', '--clients', clients, '--name', out.split('/')[1]!, '--no-terraform', '--no-cache', '--out', out], { cwd: dir, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
  }
  // A hand-written root nobody generated, and a README nobody checks.
  mkdirSync(join(dir, 'platform/api'), { recursive: true });
  writeFileSync(join(dir, 'platform/api/main.tf'), 'resource "aws_api_gateway_rest_api" "this" {\n  name = "platform"\n\n  endpoint_configuration {\n    types = ["PRIVATE"]\n  }\n}\n');
  writeFileSync(join(dir, 'README.md'), '# monorepo\n');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  const base = git(dir, 'rev-parse', 'HEAD');

  // The pull request: an edit deep in a generated folder's module, the hand-written root, the README.
  appendFileSync(join(dir, 'services/orders/infra/modules/rest-api/main.tf'), '\n# reviewed\n');
  appendFileSync(join(dir, 'platform/api/main.tf'), '\n# todo: policy\n');
  appendFileSync(join(dir, 'README.md'), 'more\n');
  git(dir, 'commit', '-q', '-am', 'change');

  const output = join(dir, '.github-output');
  const folders = sh(dir, 'folders.sh', { INPUT_BASE: base, GITHUB_OUTPUT: output });
  assert.equal(folders.status, 0, folders.stderr);
  assert.deepEqual(folders.stdout.trim().split('\n').sort(), ['platform/api', 'services/orders/infra']);
  assert.match(readFileSync(output, 'utf8'), /^folders<<CAE_EOF\n(platform\/api|services\/orders\/infra)\n/m);

  // Paths given instead: the same mapping (a file → its generated folder).
  const given = sh(dir, 'folders.sh', { INPUT_PATHS: 'services/ledger/infra/modules/rest-api/main.tf README.md' });
  assert.deepEqual(given.stdout.trim().split('\n'), ['services/ledger/infra']);

  const sarifDir = join(dir, 'sarif');
  const check = sh(dir, 'check.sh', { FOLDERS: folders.stdout, SARIF_DIR: sarifDir, UPDATE_CHECK: 'true', GITHUB_OUTPUT: output });
  assert.equal(check.status, 1, check.stdout + check.stderr);
  assert.match(check.stdout, /CAE001/, 'the private API without a resource policy is reported in the log');
  assert.match(check.stdout, /services\/orders\/infra: current/, 'update --check ran on the generated folder');
  assert.match(check.stdout, /checked 2 folder\(s\); exit 1/);
  assert.match(readFileSync(output, 'utf8'), new RegExp(`^sarif-dir=${sarifDir}$`, 'm'));

  const files = readdirSync(sarifDir).sort();
  assert.deepEqual(files, ['platform_api.sarif', 'services_orders_infra.sarif']);
  const docs = files.map((f) => JSON.parse(readFileSync(join(sarifDir, f), 'utf8')));
  assert.deepEqual(docs.map((d) => d.runs[0].automationDetails.id), ['create-api-endpoint/platform/api/', 'create-api-endpoint/services/orders/infra/']);
  assert.ok(docs[0].runs[0].results.some((r: { ruleId: string }) => r.ruleId === 'CAE001'));

  // Valid SARIF 2.1.0, against the published schema.
  const Ajv = createRequire(import.meta.url)('ajv-draft-04');
  const schemaPath = join(createRequire(import.meta.url).resolve('@microsoft/jest-sarif/package.json'), '..', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json');
  const validate = new Ajv({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false }).compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
  for (const d of docs) assert.ok(validate(d), JSON.stringify(validate.errors));

  // Nothing changed that matters: nothing to check, exit 0, no SARIF output.
  const none = sh(dir, 'check.sh', { FOLDERS: '', SARIF_DIR: join(dir, 'sarif-none') });
  assert.equal(none.status, 0, none.stderr);
  assert.match(none.stdout, /checked 0 folder\(s\); exit 0/);
});
