// Every snapshot is clean under tflint with its bundled terraform ruleset at preset "all"
// (what terraform-aws-modules run in pre-commit). .ci/run installs tflint 0.64 with go install.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { tmp } from './helpers/cli.js';

const tflint = [process.env.TFLINT, join(homedir(), 'go', 'bin', 'tflint'), 'tflint'].find((b) => b && spawnSync(b, ['--version']).status === 0);
const snapshots = new URL('../snapshots/', import.meta.url).pathname;

test('tflint (bundled terraform ruleset, preset "all") finds nothing in any snapshot', { skip: tflint ? false : 'tflint is not installed (go install github.com/terraform-linters/tflint@v0.64.0; .ci/run does)' }, () => {
  const config = join(tmp(), '.tflint.hcl');
  writeFileSync(config, 'config {\n  call_module_type = "local"\n}\n\nplugin "terraform" {\n  enabled = true\n  preset  = "all"\n}\n');
  for (const scenario of readdirSync(snapshots).filter((d) => !d.includes('.'))) {
    const r = spawnSync(tflint!, ['--config', config, '--chdir', join(snapshots, scenario, 'expected'), '--recursive', '--format', 'compact'], { encoding: 'utf8' });
    assert.equal(r.status, 0, `${scenario}:\n${r.stdout}${r.stderr}`);
  }
});
