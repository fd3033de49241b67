// Every snapshot is clean under tflint with its bundled terraform ruleset at preset "all"
// (what terraform-aws-modules run in pre-commit). .ci/run installs tflint 0.64 with go install.
import { toolTest } from './helpers/tools.js';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { tmp } from './helpers/cli.js';

const tflint = [process.env.TFLINT, join(homedir(), 'go', 'bin', 'tflint'), 'tflint'].find((b) => b && /0\.64\./.test(spawnSync(b, ['--version'], { encoding: 'utf8' }).stdout ?? ''));
const missing = tflint ? false : 'tflint 0.64 is not installed (go install github.com/terraform-linters/tflint@v0.64.0; .ci/run does)';
const snapshots = new URL('../snapshots/', import.meta.url).pathname;

toolTest('tflint (bundled terraform ruleset, preset "all") finds nothing in any snapshot', missing, {}, () => {
  const config = join(tmp(), '.tflint.hcl');
  writeFileSync(config, 'config {\n  call_module_type = "local"\n}\n\nplugin "terraform" {\n  enabled = true\n  preset  = "all"\n}\n');
  for (const scenario of readdirSync(snapshots).filter((d) => !d.includes('.'))) {
    const r = spawnSync(tflint!, ['--config', config, '--chdir', join(snapshots, scenario, 'expected'), '--recursive', '--format', 'compact'], { encoding: 'utf8' });
    assert.equal(r.status, 0, `${scenario}:\n${r.stdout}${r.stderr}`);
  }
});

toolTest('tflint finds nothing in a sample of the answer matrix either (every 12th accepted combination, written to disk)', missing, { timeout: 600_000 }, async () => {
  const { acceptedCombinations } = await import('./helpers/matrix.js');
  const { generateChecked } = await import('../src/app/generate.js');
  const { parseCliArgs } = await import('../src/commands/args.js');
  const { mkdirSync } = await import('node:fs');
  const { dirname } = await import('node:path');
  const flags = parseCliArgs(['--no-terraform']).run;
  const config = join(tmp(), '.tflint.hcl');
  writeFileSync(config, 'config {\n  call_module_type = "local"\n}\n\nplugin "terraform" {\n  enabled = true\n  preset  = "all"\n}\n');
  let seen = 0;
  let linted = 0;
  for (const { values, answers } of acceptedCombinations()) {
    if (seen++ % 12 !== 0) continue;
    const generated = await generateChecked(answers, flags, { XDG_CACHE_HOME: process.env.XDG_CACHE_HOME }, '0.0.0');
    const dir = tmp('cae-lint-');
    for (const [path, text] of generated.files) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    const lint = spawnSync(tflint!, ['--config', config, '--chdir', dir, '--recursive', '--format', 'compact'], { encoding: 'utf8' });
    assert.equal(lint.status, 0, `${JSON.stringify(values)}:\n${lint.stdout}${lint.stderr}`);
    linted++;
  }
  assert.ok(linted >= 20, `${linted} trees linted`);
});
