import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { diagnosticsToFindings, findTerraform, terraformCheck, whyInitFailed } from '../src/checks/check-terraform.js';
import { tmp } from './helpers/cli.js';

test('validate -json diagnostics become findings with file and line', () => {
  const findings = diagnosticsToFindings(
    JSON.stringify({
      valid: false,
      diagnostics: [
        { severity: 'error', summary: 'Unsupported argument', detail: 'An argument named "nmae" is not expected here.', range: { filename: 'modules/rest-api/main.tf', start: { line: 12 } } },
        { severity: 'warning', summary: 'Deprecated attribute' },
      ],
    }),
  );
  assert.deepEqual(findings[0], {
    file: 'modules/rest-api/main.tf',
    line: 12,
    severity: 'error',
    message: 'Unsupported argument: An argument named "nmae" is not expected here.',
    fix: 'See the message; fix the template or the inputs that produced this file.',
  });
  assert.equal(findings[1]!.severity, 'warning');
  assert.equal(findings[1]!.file, '(configuration)');
});

test('init failures are explained in plain words', () => {
  const offline = whyInitFailed('Error: Failed to query available provider packages\n\n Could not retrieve the list of available versions: dial tcp: lookup registry.terraform.io: no such host');
  assert.match(offline, /^terraform init failed: Error: Failed to query available provider packages — Could not retrieve the list of available versions: dial tcp/);
  assert.match(offline, /provider registry looks unreachable/);
  // Another cause is quoted as terraform said it, with no talk of downloads.
  const mirror = whyInitFailed('│ Error: Failed to query available provider packages\n│ \n│ Could not retrieve the list of available versions for provider hashicorp/aws: no available releases match the given constraints ~> 6.66\n');
  assert.equal(mirror, 'terraform init failed: Error: Failed to query available provider packages — Could not retrieve the list of available versions for provider hashicorp/aws: no available releases match the given constraints ~> 6.66');
  assert.equal(whyInitFailed('│ Error: Unsupported Terraform Core version\n│ more'), 'terraform init failed: Error: Unsupported Terraform Core version — more');
});

test('the binary is found on PATH (terraform before tofu), or named explicitly', () => {
  const dir = tmp();
  writeFileSync(join(dir, 'tofu'), '#!/bin/sh\n');
  chmodSync(join(dir, 'tofu'), 0o755);
  assert.equal(findTerraform({ env: { PATH: dir } }), join(dir, 'tofu'));
  writeFileSync(join(dir, 'terraform'), '#!/bin/sh\n');
  assert.equal(findTerraform({ env: { PATH: dir } }), join(dir, 'terraform'));
  assert.equal(findTerraform({ binary: '/x/terraform', env: { PATH: dir } }), '/x/terraform');
  assert.equal(findTerraform({ env: { PATH: '' } }), undefined);
});

test('no binary: skip with the reason, never a pass', async () => {
  const r = await terraformCheck({ env: { PATH: '' } }).run({ files: new Map(), raw: new Map(), parsed: new Map() });
  assert.equal(r.status, 'skip');
  assert.match(r.reason!, /no terraform or tofu binary on PATH/);
});

test('a fake terraform: init and validate arguments, and its diagnostics read back', async () => {
  const dir = tmp();
  const log = join(dir, 'calls.log');
  const fake = join(dir, 'terraform');
  writeFileSync(
    fake,
    `#!/bin/sh
echo "$PWD $@" >> ${log}
if [ "$1" = "validate" ]; then
  echo '{"valid":false,"diagnostics":[{"severity":"error","summary":"Bad","range":{"filename":"main.tf","start":{"line":3}}}]}'
fi
`,
  );
  chmodSync(fake, 0o755);
  const r = await terraformCheck({ binary: fake }).run({ files: new Map([['main.tf', 'x'], ['README.md', 'y']]), raw: new Map(), parsed: new Map() });
  assert.equal(r.status, 'fail');
  assert.deepEqual(r.findings.map((f) => [f.file, f.line, f.message]), [['main.tf', 3, 'Bad']]);
  const { readFileSync, existsSync } = await import('node:fs');
  const calls = readFileSync(log, 'utf8').trim().split('\n');
  assert.match(calls[0]!, / init -backend=false -input=false -no-color$/);
  assert.match(calls[1]!, / validate -json -no-color$/);
  // The temporary copy (where .terraform would live) is removed afterwards.
  assert.equal(existsSync(calls[0]!.split(' ')[0]!), false);
});

test('a real terraform on this machine, if any: validate runs or skips with a reason', { skip: !findTerraform({}) && 'no terraform binary on this machine' }, async () => {
  const r = await terraformCheck({}).run({ files: new Map([['main.tf', 'terraform {\n  required_providers {\n    aws = { source = "hashicorp/aws" }\n  }\n}\n']]), raw: new Map(), parsed: new Map() });
  if (r.status === 'skip') assert.match(r.reason!, /terraform init|timed out/);
  else assert.equal(r.status, 'pass');
});
