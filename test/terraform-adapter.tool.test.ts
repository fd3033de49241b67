import { test } from 'node:test';
import { toolTest } from './helpers/tools.js';
import assert from 'node:assert/strict';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { diagnosticsToFindings, findTerraform, terraformCheck, whyInitFailed } from '../src/checks/check-terraform.js';
import { tmp } from './helpers/cli.js';
import { mirrorRoot, terraformSkip } from './helpers/terraform.js';

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
  // Terraform puts the cause on the last line of the message: it is quoted whole.
  const wrapped = whyInitFailed('╷\n│ Error: Failed to query available provider packages\n│ \n│ Could not retrieve the list of available versions for provider\n│ hashicorp/aws: no available releases match the given constraints ~> 6.66\n╵\n\nError: Second problem\n  with detail\n');
  assert.equal(wrapped, 'terraform init failed: Error: Failed to query available provider packages — Could not retrieve the list of available versions for provider hashicorp/aws: no available releases match the given constraints ~> 6.66; Error: Second problem — with detail');
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

toolTest('the product\'s terraform validate: offline from --terraform-plugin-dir (a pass, no registry); an unreachable registry is a skip quoting Terraform\'s error, remembered for this binary and configuration', terraformSkip, { timeout: 180_000 }, async () => {
  const { readdirSync, mkdirSync, symlinkSync, existsSync } = await import('node:fs');
  const { cli } = await import('./helpers/cli.js');
  // The mirror holds provider 5.x; our output pins ~> 6.x. For a public scenario (no
  // data.aws_region, the one 5.x difference) the 5.x binary answers for a 6.x version.
  const versions = join(mirrorRoot!, 'registry.terraform.io/hashicorp/aws');
  const version = readdirSync(versions)[0]!;
  const arch = readdirSync(join(versions, version))[0]!;
  const binary = readdirSync(join(versions, version, arch)).find((f) => f.startsWith('terraform-provider-aws'))!;
  const plugins = tmp('cae-plugins-');
  const target = join(plugins, 'registry.terraform.io/hashicorp/aws/6.66.0', arch);
  mkdirSync(target, { recursive: true });
  symlinkSync(join(versions, version, arch, binary), join(target, 'terraform-provider-aws_v6.66.0_x5'));
  const dir = tmp();
  const noNetwork = join(dir, 'offline.tfrc');
  // A provider installation that can only fail fast: every provider from a mirror on a closed port.
  writeFileSync(noNetwork, 'provider_installation {\n  network_mirror {\n    url = "https://127.0.0.1:9/"\n  }\n}\n');
  const base = ['--name', 'orders-api', '--clients', 'regional', '--region', 'eu-west-1', '--no-waf', '--yes', '--dry-run', '--json', '--require-terraform'];

  const offline = await cli([...base, '--terraform-plugin-dir', plugins], { cwd: dir, env: { TF_CLI_CONFIG_FILE: noNetwork, XDG_CACHE_HOME: join(dir, 'cache') } });
  const validate = JSON.parse(offline.stdout).checks.find((c: { name: string }) => c.name === 'terraform validate');
  assert.equal(validate.status, 'pass', JSON.stringify(validate));
  assert.equal(offline.exitCode, 0, offline.stderr);

  const cache = join(dir, 'cache2');
  const first = await cli(base.filter((a) => a !== '--require-terraform'), { cwd: dir, env: { TF_CLI_CONFIG_FILE: noNetwork, XDG_CACHE_HOME: cache } });
  const skipped = JSON.parse(first.stdout).checks.find((c: { name: string }) => c.name === 'terraform validate');
  assert.equal(skipped.status, 'skip');
  assert.match(skipped.reason, /^terraform init failed: Error: Failed to query available provider packages/);
  assert.ok(existsSync(join(cache, 'create-api-endpoint', 'terraform-plugins')), 'the plugin cache lives under the tool\'s cache folder');
  const second = await cli(base.filter((a) => a !== '--require-terraform'), { cwd: dir, env: { TF_CLI_CONFIG_FILE: noNetwork, XDG_CACHE_HOME: cache } });
  const again = JSON.parse(second.stdout).checks.find((c: { name: string }) => c.name === 'terraform validate');
  assert.match(again.reason, /\[remembered from a run \d+ seconds? ago; tried again an hour after it, or now with --no-cache\]/);
  // Another CLI configuration is not covered by the memory.
  writeFileSync(noNetwork, readFileSync(noNetwork, 'utf8') + '# changed\n');
  const changed = await cli(base.filter((a) => a !== '--require-terraform'), { cwd: dir, env: { TF_CLI_CONFIG_FILE: noNetwork, XDG_CACHE_HOME: cache } });
  assert.doesNotMatch(JSON.parse(changed.stdout).checks.find((c: { name: string }) => c.name === 'terraform validate').reason, /remembered/);

  // A mirror without a version that fits: terraform's whole cause, and what the mirror holds.
  const old = tmp('cae-plugins-old-');
  mkdirSync(join(old, 'registry.terraform.io/hashicorp/aws', version, arch), { recursive: true });
  symlinkSync(join(versions, version, arch, binary), join(old, 'registry.terraform.io/hashicorp/aws', version, arch, binary));
  const mismatch = await cli([...base.filter((a) => a !== '--require-terraform'), '--terraform-plugin-dir', old], { cwd: dir, env: { TF_CLI_CONFIG_FILE: noNetwork, XDG_CACHE_HOME: join(dir, 'cache3') } });
  const why = JSON.parse(mismatch.stdout).checks.find((c: { name: string }) => c.name === 'terraform validate').reason;
  assert.match(why, /no available releases match the given constraints ~> 6\.\d+/);
  assert.match(why, new RegExp(`which holds hashicorp/aws ${version.replace(/\./g, '\\.')}`));

  const missing = await cli([...base, '--terraform-plugin-dir', join(dir, 'nope')], { cwd: dir });
  assert.equal(missing.exitCode, 2);
  assert.match(missing.stderr, /--terraform-plugin-dir .*nope: no such folder/);
});
