// Organisation presets (format v2), through the built CLI: locks, allowed lists, every
// requirement kind (generate before writing, check --preset on a hand-written tree, update),
// extends chains, npm-package presets, validation errors with file and line, rule settings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmp } from './helpers/cli.js';
import { cliInProcess as cli } from './helpers/in-process.js';

const QUIET = ['--no-terraform', '--no-cache'];

/** A team's preset folder with its files; returns the folder. */
function presetDir(files: Record<string, string>): string {
  const dir = tmp('cae-preset-');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const ORG = `# yaml-language-server: $schema=./preset.schema.json
name: acme-org
version: "2.1"
description: Acme's golden path for internal APIs.
locked:
  clients:
    value: internal
    reason: Only internal APIs in this account (SEC-12).
allowed:
  endpoint-type: [private]
  region: [eu-west-1, eu-central-1]
require:
  tags:
    cost-center: { pattern: '^\\d{4}$', reason: Finance allocates by cost centre }
  name: { value: '^[a-z]+-[a-z]+-api$', reason: Names are domain-service-api }
  log-retention-days: 731
`;

test('a flag, an answers file or --from against a lock is exit 2 naming the preset, the key, the locked value, the reason and the line', async () => {
  const dir = presetDir({ 'org.yaml': ORG, 'answers.yaml': 'clients: global\n' });
  const flag = await cli(['--preset', join(dir, 'org.yaml'), '--clients', 'global', '--yes', '--dry-run', ...QUIET], { cwd: dir });
  assert.equal(flag.exitCode, 2);
  assert.match(flag.stderr, /--clients: "global" is refused: preset acme-org locks it to "internal" \(org\.yaml:6\): Only internal APIs in this account \(SEC-12\)\. Fix: drop --clients/);

  const file = await cli(['--preset', join(dir, 'org.yaml'), '--answers', join(dir, 'answers.yaml'), '--yes', '--dry-run', ...QUIET], { cwd: dir });
  assert.equal(file.exitCode, 2);
  assert.match(file.stderr, /answers\.yaml: key "clients": "global" is refused: preset acme-org locks it to "internal".*remove the key from that file/);

  // A folder generated without the preset, re-generated with it (--from): its recorded answer is refused too.
  const api = join(dir, 'api');
  assert.equal((await cli(['--name', 'orders-api', '--clients', 'global', '--region', 'eu-west-1', '--yes', ...QUIET, '--out', api], { cwd: dir })).exitCode, 0);
  const from = await cli(['--from', api, '--preset', join(dir, 'org.yaml'), '--yes', '--dry-run', ...QUIET], { cwd: dir });
  assert.equal(from.exitCode, 2);
  assert.match(from.stderr, /\.create-api-endpoint\.json: key "clients": "global" is refused: preset acme-org locks it/);

  // The same value as the lock is fine.
  const same = await cli(['--preset', join(dir, 'org.yaml'), '--clients', 'internal', '--name', 'orders-core-api', '--tags', 'cost-center=1234', '--region', 'eu-west-1', '--yes', '--dry-run', ...QUIET], { cwd: dir });
  assert.equal(same.exitCode, 0, same.stderr);
});

test('allowed: a recommendation outside the list gives way to the closest allowed type, with the reason and the trade-off; an explicit value outside it is exit 2; a default outside it takes the first allowed', async () => {
  const dir = presetDir({ 'p.yaml': 'name: regional-only\nallowed:\n  endpoint-type: [regional, private]\n  region: [eu-west-1, eu-central-1]\n' });
  const p = join(dir, 'p.yaml');
  const r = await cli(['--preset', p, '--name', 'orders-api', '--clients', 'global', '--yes', '--dry-run', '--json', ...QUIET], { cwd: dir, env: { AWS_REGION: 'us-west-2' } });
  assert.equal(r.exitCode, 0, r.stderr);
  const report = JSON.parse(r.stdout);
  assert.equal(report.endpointType, 'REGIONAL');
  assert.equal(report.recommendation.endpointType, 'EDGE', 'what the rules recommend is still said');
  assert.ok(report.recommendation.reasons.some((x: string) => /preset regional-only allows only REGIONAL, PRIVATE: the recommended EDGE is not allowed, so REGIONAL, the closest allowed type, is used/.test(x)));
  assert.ok(report.recommendation.warnings.some((x: string) => /The preset's allowed types override the recommended EDGE: it gives up the CloudFront edge network/.test(x)));
  // $AWS_REGION (us-west-2) is not allowed: the first allowed Region is the default.
  const manifest = await cli(['--preset', p, '--name', 'orders-api', '--clients', 'global', '--yes', ...QUIET, '--out', join(dir, 'api')], { cwd: dir, env: { AWS_REGION: 'us-west-2' } });
  assert.equal(manifest.exitCode, 0, manifest.stderr);
  assert.equal(JSON.parse(readFileSync(join(dir, 'api', '.create-api-endpoint.json'), 'utf8')).answers.region, 'eu-west-1');
  assert.match(readFileSync(join(dir, 'api', 'README.md'), 'utf8'), /preset regional-only allows only REGIONAL, PRIVATE/);

  const edge = await cli(['--preset', p, '--name', 'orders-api', '--clients', 'global', '--endpoint-type', 'edge', '--yes', '--dry-run', ...QUIET], { cwd: dir });
  assert.equal(edge.exitCode, 2);
  assert.match(edge.stderr, /--endpoint-type: "edge" is not allowed by preset regional-only \(.*p\.yaml:3\); allowed: regional, private\./);
  const region = await cli(['--preset', p, '--name', 'orders-api', '--clients', 'global', '--region', 'us-east-1', '--yes', '--dry-run', ...QUIET], { cwd: dir });
  assert.equal(region.exitCode, 2);
  assert.match(region.stderr, /--region: "us-east-1" is not allowed by preset regional-only/);
});

test('require, enforced by generate: tags, name and domain suffix before rendering; WAF and private DNS as locks; retention and KMS in the module; a preset overlay that drops the tags fails the checks and writes nothing', async () => {
  const dir = presetDir({
    'p.yaml': [
      'name: strict',
      'require:',
      "  tags: { owner: '^[a-z]+$' }",
      "  name: '^[a-z]+-api$'",
      '  domain-suffix: { value: api.example.com, reason: DNS is delegated there only }',
      '  waf: true',
      '  log-retention-days: { value: 1096, reason: Three years for audit }',
      '  log-kms: true',
      '',
    ].join('\n'),
  });
  const p = join(dir, 'p.yaml');
  const base = ['--preset', p, '--clients', 'global', '--yes', ...QUIET];
  const bad = await cli([...base, '--name', 'Orders', '--tags', 'owner=Team1', '--domain', 'orders.example.org', '--no-waf', '--dry-run'], { cwd: dir });
  assert.equal(bad.exitCode, 2);
  assert.match(bad.stderr, /--waf: false is refused: preset strict locks it to true \(p\.yaml:6\): the preset requires AWS WAF on public stages/);
  const bad2 = await cli([...base, '--name', 'orders-svc', '--tags', 'owner=Team1', '--domain', 'orders.example.org', '--dry-run'], { cwd: dir });
  assert.equal(bad2.exitCode, 2);
  assert.match(bad2.stderr, /--tags owner=Team1: does not match \^\[a-z\]\+\$, required by preset strict \(p\.yaml:3\)/);
  assert.match(bad2.stderr, /--name orders-svc: does not match \^\[a-z\]\+-api\$, required by preset strict/);
  assert.match(bad2.stderr, /--domain orders\.example\.org: is not under api\.example\.com, required by preset strict \(p\.yaml:5\): DNS is delegated there only/);
  const missing = await cli([...base, '--name', 'orders-api', '--dry-run'], { cwd: dir });
  assert.equal(missing.exitCode, 2);
  assert.match(missing.stderr, /missing tag owner, required by preset strict.*Give --tags owner=<value matching \^\[a-z\]\+\$>/);

  const out = join(dir, 'api');
  const ok = await cli([...base, '--name', 'orders-api', '--tags', 'owner=payments', '--domain', 'orders.api.example.com', '--out', out], { cwd: dir });
  assert.equal(ok.exitCode, 0, ok.stdout + ok.stderr);
  const vars = readFileSync(join(out, 'modules/rest-api/variables.tf'), 'utf8');
  assert.match(vars, /variable "log_retention_days" \{[^}]*default\s+= 1096/);
  assert.match(vars, /condition\s+= var\.log_retention_days >= 1096\n\s+error_message = "log_retention_days must be at least 1096 \(preset strict: Three years for audit\)\."/);
  assert.match(vars, /variable "log_kms_key_arn" \{\n\s+description = "KMS key that encrypts the log groups, required by preset strict\.[^"]*"\n\s+type\s+= string\n\n\s+validation/, 'required: no default');
  assert.match(readFileSync(join(out, 'terraform.tfvars.example'), 'utf8'), /log_kms_key_arn = "arn:aws:kms:/);
  assert.match(readFileSync(join(out, 'variables.tf'), 'utf8'), /owner\s+= "payments"/);
  assert.match(readFileSync(join(out, 'README.md'), 'utf8'), /This module follows the \*\*strict\*\* preset/);

  // The preset's overlay replaces providers.tf with one without default tags: the security
  // check (rule CAE201, from the preset) fails on the render, and nothing is written.
  mkdirSync(join(dir, 'overlay', 'root'), { recursive: true });
  writeFileSync(join(dir, 'overlay', 'root', 'providers.tf.hbs'), 'provider "aws" {\n  region = var.region\n}\n');
  writeFileSync(p, readFileSync(p, 'utf8').replace('name: strict\n', 'name: strict\ntemplates: ./overlay\n'));
  const out2 = join(dir, 'api2');
  const dropped = await cli([...base, '--name', 'orders-api', '--tags', 'owner=payments', '--out', out2, '--json'], { cwd: dir });
  assert.equal(dropped.exitCode, 1, dropped.stderr);
  const security = JSON.parse(dropped.stdout).checks.find((c: { name: string }) => c.name === 'security');
  assert.ok(security.findings.some((f: { rule: string; message: string }) => f.rule === 'CAE201' && /has no tag owner \(neither in the provider's default tags nor its own\), required by preset strict/.test(f.message)), JSON.stringify(security.findings));
  assert.equal(existsSync(out2), false, 'nothing written');
});

/** A hand-written root module that breaks every requirement kind; `fixed` gives its twin that meets them. */
function handWritten(fixed: boolean): string {
  const dir = tmp('cae-tree-');
  writeFileSync(
    join(dir, 'main.tf'),
    `provider "aws" {
  region = "eu-west-1"
  default_tags {
    tags = { owner = "${fixed ? 'payments' : 'Payments Team'}"${fixed ? ', cost-center = "1234"' : ''} }
  }
}

resource "aws_api_gateway_rest_api" "this" {
  name = "${fixed ? 'orders-api' : 'OrdersAPI'}"
  endpoint_configuration {
    types = ["${fixed ? 'PRIVATE' : 'REGIONAL'}"]
${fixed ? '    vpc_endpoint_ids = ["vpce-0a1b2c3d"]\n' : ''}  }
}

resource "aws_api_gateway_stage" "this" {
  rest_api_id   = aws_api_gateway_rest_api.this.id
  stage_name    = "v1"
  deployment_id = "abc123"
}
${fixed ? '' : `
resource "aws_api_gateway_domain_name" "this" {
  domain_name              = "orders.example.org"
  regional_certificate_arn = "arn:aws:acm:eu-west-1:111122223333:certificate/abc"
}
`}
resource "aws_cloudwatch_log_group" "access" {
  name              = "access"
  retention_in_days = ${fixed ? 1096 : 30}
${fixed ? '  kms_key_id        = "arn:aws:kms:eu-west-1:111122223333:key/abc"\n' : ''}}

${fixed ? '' : `
resource "aws_vpc_endpoint" "api" {
  vpc_id              = "vpc-0a1b2c3d"
  service_name        = "com.amazonaws.eu-west-1.execute-api"
  vpc_endpoint_type   = "Interface"
  subnet_ids          = ["subnet-0a1b2c3d"]
  private_dns_enabled = true
}
`}`,
  );
  return dir;
}

test('check --preset: every requirement kind and the allowed types as rules CAE201–CAE208 on a hand-written tree, silent on its fixed twin; rule settings applied and disabled rules said', async () => {
  const dir = presetDir({
    'p.yaml': [
      'name: strict',
      'allowed: { endpoint-type: [private] }',
      'require:',
      "  tags: { owner: '^[a-z]+$', cost-center: '.+' }",
      "  name: '^[a-z]+-api$'",
      '  domain-suffix: api.example.com',
      '  waf: true',
      '  log-retention-days: 1096',
      '  log-kms: true',
      '  private-dns: false',
      '  vpc-endpoint-id: vpce-0a1b2c3d',
      'checks:',
      '  CAE007: { disabled: true, reason: Access logs are shipped by the org baseline }',
      '  CAE010: { severity: info }',
      '',
    ].join('\n'),
  });
  const bad = await cli(['check', '--preset', join(dir, 'p.yaml'), '--json', '--no-cache', handWritten(false)]);
  assert.equal(bad.exitCode, 1, bad.stderr);
  const report = JSON.parse(bad.stdout);
  const rules = new Set(report.findings.map((f: { rule: string }) => f.rule));
  // CAE204 (WAF) does not apply to a private API: the bad tree's API is REGIONAL, so it fires too.
  for (const id of ['CAE201', 'CAE202', 'CAE203', 'CAE204', 'CAE205', 'CAE206', 'CAE207', 'CAE208', 'CAE209']) assert.ok(rules.has(id), `${id} in ${[...rules].join(', ')}`);
  assert.ok(report.findings.some((f: { message: string }) => /default tag owner = "Payments Team" does not match \^\[a-z\]\+\$/.test(f.message)));
  assert.ok(report.findings.some((f: { message: string }) => /has no tag cost-center/.test(f.message)));
  assert.ok(report.findings.some((f: { rule: string; severity: string }) => f.rule === 'CAE010' && f.severity === 'info'), 'severity changed by the preset');
  assert.ok(!rules.has('CAE007'), 'disabled by the preset');
  assert.ok(!report.rulesRun.includes('CAE007'));
  assert.deepEqual(report.disabled, ['CAE007 disabled by preset strict: Access logs are shipped by the org baseline']);

  const good = await cli(['check', '--preset', join(dir, 'p.yaml'), '--json', '--no-cache', handWritten(true)]);
  const goodReport = JSON.parse(good.stdout);
  const presetFindings = goodReport.findings.filter((f: { rule: string }) => /^CAE2/.test(f.rule));
  assert.deepEqual(presetFindings, []);
  // Without --preset, none of the preset's rules run.
  const plain = JSON.parse((await cli(['check', '--json', '--no-cache', handWritten(false)])).stdout);
  assert.ok(!plain.rulesRun.some((id: string) => /^CAE2/.test(id)));
});

test('require vpc-endpoint-id: every private API reuses the shared endpoint (locked; no network baseline rendered); another ID is refused', async () => {
  const dir = presetDir({ 'p.yaml': 'name: shared-vpc\nrequire:\n  vpc-endpoint-id: { value: vpce-0a1b2c3d4e5f60718, reason: One endpoint per VPC (NET-3) }\n' });
  const out = join(dir, 'api');
  const r = await cli(['--preset', join(dir, 'p.yaml'), '--name', 'orders-api', '--clients', 'internal', '--region', 'eu-west-1', '--yes', ...QUIET, '--out', out], { cwd: dir });
  assert.equal(r.exitCode, 0, r.stdout + r.stderr);
  assert.equal(existsSync(join(out, 'modules/vpc-endpoint')), false);
  assert.match(readFileSync(join(out, "variables.tf"), "utf8"), /variable "vpc_endpoint_ids" \{[^}]*default\s+= \["vpce-0a1b2c3d4e5f60718"\]/);
  const other = await cli(['--preset', join(dir, 'p.yaml'), '--name', 'orders-api', '--clients', 'internal', '--vpc-endpoint-id', 'vpce-0f0f0f0f', '--yes', '--dry-run', ...QUIET], { cwd: dir });
  assert.equal(other.exitCode, 2);
  assert.match(other.stderr, /--vpc-endpoint-id: "vpce-0f0f0f0f" is refused: preset shared-vpc locks it to "vpce-0a1b2c3d4e5f60718" \(p\.yaml:3\): One endpoint per VPC \(NET-3\)/);
  // The rule agrees on the written tree.
  const check = await cli(['check', '--preset', join(dir, 'p.yaml'), '--json', '--no-cache', out]);
  assert.deepEqual(JSON.parse(check.stdout).findings.filter((f: { rule: string }) => f.rule === 'CAE209'), []);
});

test('extends: a team preset on an org preset keeps its locks, narrows its allowed lists, adds requirements; a cycle, a changed lock and a missing base are exit 2 naming the file', async () => {
  const dir = presetDir({
    'org.yaml': ORG,
    'team.yaml': "extends: ./org.yaml\nname: payments\ndefaults:\n  integration: lambda\nallowed:\n  region: [eu-central-1]\nrequire:\n  tags: { owner: '.+' }\n",
    'a.yaml': 'extends: ./b.yaml\n',
    'b.yaml': 'extends: ./a.yaml\n',
    'relock.yaml': 'extends: ./org.yaml\nlocked:\n  clients: { value: regional, reason: we are different }\n',
    'orphan.yaml': 'extends: ./nowhere.yaml\n',
    'narrow.yaml': 'extends: ./org.yaml\nallowed:\n  region: [us-east-1]\n',
  });
  const team = await cli(['--preset', join(dir, 'team.yaml'), '--clients', 'regional', '--yes', '--dry-run', ...QUIET], { cwd: dir });
  assert.equal(team.exitCode, 2);
  assert.match(team.stderr, /preset acme-org locks it to "internal"/);
  const missing = await cli(['--preset', join(dir, 'team.yaml'), '--name', 'orders-core-api', '--tags', 'cost-center=1234', '--yes', '--dry-run', ...QUIET], { cwd: dir });
  assert.equal(missing.exitCode, 2);
  assert.match(missing.stderr, /missing tag owner, required by preset payments/);
  const ok = await cli(['--preset', join(dir, 'team.yaml'), '--name', 'orders-core-api', '--tags', 'cost-center=1234,owner=payments', '--yes', ...QUIET, '--out', join(dir, 'api')], { cwd: dir });
  assert.equal(ok.exitCode, 0, ok.stderr);
  const manifest = JSON.parse(readFileSync(join(dir, 'api', '.create-api-endpoint.json'), 'utf8'));
  assert.equal(manifest.answers.region, 'eu-central-1', 'the team narrowed the Regions');
  assert.equal(manifest.answers.integration, 'lambda');
  assert.equal(manifest.endpointType, 'PRIVATE');
  assert.equal(manifest.preset.source, '../team.yaml', 'recorded relative to the folder');
  const listed = await cli(['--list-presets', '--preset', join(dir, 'team.yaml')], { cwd: dir });
  assert.match(listed.stdout, /Extends: acme-org/);

  const cycle = await cli(['--preset', join(dir, 'a.yaml'), '--yes', '--dry-run'], { cwd: dir });
  assert.equal(cycle.exitCode, 2);
  assert.match(cycle.stderr, /extends makes a cycle: a\.yaml → b\.yaml → a\.yaml/);
  const relock = await cli(['--preset', join(dir, 'relock.yaml'), '--yes', '--dry-run'], { cwd: dir });
  assert.equal(relock.exitCode, 2);
  assert.match(relock.stderr, /relock\.yaml:3: locked\.clients: "regional" contradicts the lock of acme-org \("internal": Only internal APIs in this account \(SEC-12\)\); a preset that extends another cannot unlock or change its locks/);
  const orphan = await cli(['--preset', join(dir, 'orphan.yaml'), '--yes', '--dry-run'], { cwd: dir });
  assert.equal(orphan.exitCode, 2);
  assert.match(orphan.stderr, /orphan\.yaml: extends \.\/nowhere\.yaml: no such file/);
  const narrow = await cli(['--preset', join(dir, 'narrow.yaml'), '--yes', '--dry-run'], { cwd: dir });
  assert.equal(narrow.exitCode, 2);
  assert.match(narrow.stderr, /allowed\.region: none of us-east-1 is allowed by acme-org \(eu-west-1, eu-central-1\)/);
});

test('an npm package of presets in the local node_modules: resolved without network, its version recorded; a missing one says where it looked', async () => {
  const repo = tmp('cae-repo-');
  const pkg = join(repo, 'node_modules', '@acme', 'api-presets');
  mkdirSync(join(pkg, 'presets'), { recursive: true });
  writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name: '@acme/api-presets', version: '1.4.2' }));
  writeFileSync(join(pkg, 'presets', 'base.yaml'), 'name: acme-base\nlocked:\n  clients: { value: internal, reason: Internal only }\n');
  writeFileSync(join(pkg, 'presets', 'private.yaml'), 'extends: ./base.yaml\nname: acme-private\ndefaults:\n  integration: http\n');
  mkdirSync(join(repo, 'services', 'orders'), { recursive: true });
  const cwd = join(repo, 'services', 'orders'); // node_modules two folders up
  const r = await cli(['--preset', '@acme/api-presets/private', '--name', 'orders', '--yes', ...QUIET, '--out', 'api'], { cwd });
  assert.equal(r.exitCode, 0, r.stderr);
  const manifest = JSON.parse(readFileSync(join(cwd, 'api', '.create-api-endpoint.json'), 'utf8'));
  assert.deepEqual({ ...manifest.preset, sha256: undefined }, { name: '@acme/api-presets/private', source: 'npm:@acme/api-presets/private@1.4.2', version: '1.4.2', sha256: undefined });
  assert.equal(manifest.answers.integration, 'http');
  const refused = await cli(['--preset', '@acme/api-presets/private', '--clients', 'global', '--yes', '--dry-run', ...QUIET], { cwd });
  assert.match(refused.stderr, /preset acme-base locks it to "internal"/);

  const gone = await cli(['--preset', '@acme/other/private', '--yes', '--dry-run'], { cwd });
  assert.equal(gone.exitCode, 2);
  assert.match(gone.stderr, /--preset @acme\/other\/private: no such preset\. .*no package @acme\/other is installed; looked in .*services\/orders\/node_modules\/@acme\/other, .*services\/node_modules\/@acme\/other/);
  assert.match(gone.stderr, /npm install --save-dev @acme\/other/);
  const noSub = await cli(['--preset', '@acme/api-presets/public', '--yes', '--dry-run'], { cwd });
  assert.equal(noSub.exitCode, 2);
  assert.match(noSub.stderr, /the package @acme\/api-presets@1\.4\.2 .* has no preset public; looked for public, public\.yaml/);
});

test('preset validation: unknown keys (did you mean), wrong types, a lock outside allowed, a pattern that does not compile, a disabled rule without a reason — exit 2 naming file, line and key', async () => {
  const cases: [string, RegExp][] = [
    ['lokced:\n  clients: { value: internal, reason: x }\n', /p\.yaml:1: lokced: unknown key\. Did you mean "locked"\?/],
    ['locked:\n  clients: internal\n', /p\.yaml:2: locked\.clients: give the value and the reason, e.g\. clients: \{ value: global, reason: /],
    ['locked:\n  clients: { value: internal }\n', /p\.yaml:2: locked\.clients: a lock needs a reason/],
    ['allowed:\n  endpoint-type: private\n', /p\.yaml:2: allowed\.endpoint-type: must be a non-empty list of values/],
    ['allowed:\n  endpoint-type: [private]\nlocked:\n  endpoint-type: { value: edge, reason: x }\n', /p\.yaml:4: locked\.endpoint-type: locks "edge", which allowed\.endpoint-type \(private\) does not allow/],
    ["require:\n  name: '^[a-z+$'\n", /p\.yaml:2: require\.name: "\^\[a-z\+\$" does not compile/],
    ['require:\n  log-retention-days: 100\n', /p\.yaml:2: require\.log-retention-days: 100 is not a retention CloudWatch Logs accepts/],
    ['require:\n  tagz: {}\n', /p\.yaml:2: require\.tagz: unknown requirement\. Did you mean "tags"\?/],
    ['checks:\n  CAE007: { disabled: true }\n', /p\.yaml:2: checks\.CAE007: a disabled rule needs a reason/],
    ['checks:\n  CAE999: { severity: info }\n', /p\.yaml:2: checks\.CAE999: no rule CAE999/],
    ['defaults:\n  clients: everyone\n', /p\.yaml:2: defaults\.clients: "everyone" is not allowed; choose one of global, regional, internal/],
    ['defaults:\n  waf: false\nclients: internal\n', /p\.yaml:3: clients: answer keys go under defaults \(or locked\)/],
  ];
  for (const [text, why] of cases) {
    const dir = presetDir({ 'p.yaml': text });
    const r = await cli(['--preset', join(dir, 'p.yaml'), '--yes', '--dry-run', ...QUIET], { cwd: dir });
    assert.equal(r.exitCode, 2, `${text}: ${r.stderr}`);
    assert.match(r.stderr, why, text);
    assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
  }
});

test('update re-reads the preset: update --check says the preset changed; update applies a new requirement and a new lock (the recorded answer gives way, said in a note)', async () => {
  const dir = presetDir({ 'org.yaml': 'name: org\ndefaults:\n  waf: true\nrequire:\n  log-retention-days: 400\n' });
  const api = join(dir, 'api');
  const gen = await cli(['--preset', './org.yaml', '--name', 'orders-api', '--clients', 'regional', '--region', 'eu-west-1', '--yes', ...QUIET, '--out', api], { cwd: dir });
  assert.equal(gen.exitCode, 0, gen.stderr);
  assert.match(readFileSync(join(api, 'modules/rest-api/variables.tf'), 'utf8'), /default\s+= 400/);
  const current = await cli(['update', '--check', api, ...QUIET]);
  assert.equal(current.exitCode, 0, current.stdout + current.stderr);

  // The platform team raises retention and locks the Region elsewhere: the folder is behind.
  writeFileSync(join(dir, 'org.yaml'), 'name: org\nlocked:\n  region: { value: eu-central-1, reason: Data residency moved (SEC-20) }\nrequire:\n  log-retention-days: 731\n');
  const pending = await cli(['update', '--check', api, ...QUIET], { cwd: tmp() }); // from another folder: the recorded path is relative to the API folder
  assert.equal(pending.exitCode, 1, pending.stdout + pending.stderr);
  assert.match(pending.stdout, /update pending — .*the preset \.\/org\.yaml changed/);

  const applied = await cli(['update', api, '--json', ...QUIET]);
  assert.equal(applied.exitCode, 0, applied.stdout + applied.stderr);
  const report = JSON.parse(applied.stdout);
  assert.ok(report.notes.some((n: string) => /key "region" \("eu-west-1"\) gives way to the lock of preset org: "eu-central-1" — Data residency moved \(SEC-20\)/.test(n)), JSON.stringify(report.notes));
  assert.match(readFileSync(join(api, 'modules/rest-api/variables.tf'), 'utf8'), /default\s+= 731/);
  const manifest = JSON.parse(readFileSync(join(api, '.create-api-endpoint.json'), 'utf8'));
  assert.equal(manifest.answers.region, 'eu-central-1');

  // A requirement the recorded answers break is refused by update, as by generate.
  writeFileSync(join(dir, 'org.yaml'), "name: org\nrequire:\n  name: '^[a-z]+-svc$'\n");
  const refused = await cli(['update', api, ...QUIET]);
  assert.equal(refused.exitCode, 2);
  assert.match(refused.stderr, /--name orders-api: does not match \^\[a-z\]\+-svc\$, required by preset org/);
});

test('check without --preset checks each folder generated with a preset against the preset its manifest records (said); an edit breaking a requirement fails only that folder; --preset checks every folder against one', async () => {
  const dir = tmp();
  const tags = ['--tags', 'cost-center=1234,owner=team-a,data-classification=confidential'];
  const bank = await cli(['--preset', 'regulated-bank', '--name', 'orders-core-api', ...tags, '--yes', ...QUIET, '--out', 'bank'], { cwd: dir });
  assert.equal(bank.exitCode, 0, bank.stdout + bank.stderr);
  const clean = await cli(['check', 'bank'], { cwd: dir });
  assert.equal(clean.exitCode, 0, clean.stdout + clean.stderr);
  assert.match(clean.stdout, /^Checked bank against preset regulated-bank, recorded in bank\/\.create-api-endpoint\.json/m);
  assert.match(clean.stdout, /0 errors, 0 warnings, 0 notes/);

  const variables = join(dir, 'bank', 'variables.tf');
  writeFileSync(variables, readFileSync(variables, 'utf8').replace(/cost-center( *)=/, 'costcentre$1='));
  const saas = await cli(['--preset', 'public-saas', '--name', 'storefront-api', '--tags', 'owner=team-b', '--yes', ...QUIET, '--out', 'saas'], { cwd: dir });
  assert.equal(saas.exitCode, 0, saas.stdout + saas.stderr);
  const plain = await cli(['--name', 'plain-api', '--clients', 'regional', '--yes', ...QUIET, '--out', 'plain'], { cwd: dir });
  assert.equal(plain.exitCode, 0, plain.stdout + plain.stderr);

  const mixed = await cli(['check', 'bank', 'saas', 'plain', '--json'], { cwd: dir });
  assert.equal(mixed.exitCode, 1, mixed.stdout + mixed.stderr);
  const report = JSON.parse(mixed.stdout);
  assert.deepEqual(
    report.recordedPresets,
    [
      { dir: 'bank', preset: 'regulated-bank', manifest: join('bank', '.create-api-endpoint.json') },
      { dir: 'saas', preset: 'public-saas', manifest: join('saas', '.create-api-endpoint.json') },
    ],
  );
  const preset = report.findings.filter((f: { rule: string }) => /^CAE2/.test(f.rule));
  assert.ok(preset.length > 0 && preset.every((f: { file: string }) => f.file.startsWith('bank/')), mixed.stdout);
  assert.ok(preset.some((f: { rule: string; message: string }) => f.rule === 'CAE201' && /cost-center/.test(f.message)), mixed.stdout);

  // --preset replaces the recorded ones, for every folder: the plain folder lacks the bank's tags too.
  const forced = await cli(['check', 'saas', 'plain', '--preset', 'regulated-bank', '--json'], { cwd: dir });
  const doc = JSON.parse(forced.stdout);
  assert.equal(doc.preset, 'regulated-bank');
  assert.equal(doc.recordedPresets, undefined);
  assert.ok(doc.findings.some((f: { rule: string; file: string }) => f.rule === 'CAE201' && f.file.startsWith('plain/')), forced.stdout);

  // --no-preset: the plain rules only, even where a recorded preset cannot be found.
  const manifest = join(dir, 'bank', '.create-api-endpoint.json');
  const m = JSON.parse(readFileSync(manifest, 'utf8'));
  m.preset = { ...m.preset, name: 'acme-gone', source: 'npm:@acme/gone@1.0.0' };
  writeFileSync(manifest, JSON.stringify(m, null, 2) + '\n');
  const gone = await cli(['check', 'bank'], { cwd: dir });
  assert.equal(gone.exitCode, 2, gone.stdout + gone.stderr);
  assert.match(gone.stderr, /the preset recorded in bank\/\.create-api-endpoint\.json:/);
  const ignored = await cli(['check', 'bank', '--no-preset', '--json'], { cwd: dir });
  assert.equal(ignored.exitCode, 0, ignored.stdout + ignored.stderr);
  assert.equal(JSON.parse(ignored.stdout).recordedPresets, undefined);
  const both = await cli(['check', 'bank', '--no-preset', '--preset', 'public-saas'], { cwd: dir });
  assert.equal(both.exitCode, 2);
  assert.match(both.stderr, /--preset and --no-preset contradict each other/);
});

test('require auth, api-key and mtls: the answers are narrowed and locked, a contradicting answer is exit 2, and check flags a tree that breaks them (CAE210–CAE212)', async () => {
  const dir = presetDir({ 'p.yaml': 'name: partners\nrequire:\n  auth: { value: [iam, cognito], reason: No anonymous APIs (SEC-4) }\n  api-key: true\n  mtls: { value: true, reason: Partners present certificates }\n' });
  const base = ['--preset', join(dir, 'p.yaml'), '--name', 'partner-api', '--clients', 'regional', '--region', 'us-east-2', '--waf', '--yes', ...QUIET];
  const none = await cli([...base, '--auth', 'none', '--auth-none-reason', 'public data', '--dry-run'], { cwd: dir });
  assert.equal(none.exitCode, 2, none.stdout);
  assert.match(none.stderr, /--auth: "none" is not allowed by preset partners.*iam, cognito/);
  const noMtls = await cli([...base, '--auth', 'iam', '--domain', 'partners.example.com', '--dry-run'], { cwd: dir });
  assert.equal(noMtls.exitCode, 2, noMtls.stdout);
  assert.match(noMtls.stderr, /--domain partners\.example\.com without mutual TLS: preset partners \(p\.yaml:5\): Partners present certificates requires it.*--mtls-truststore/);
  const out = join(dir, 'api');
  const ok = await cli([...base, '--auth', 'iam', '--domain', 'partners.example.com', '--mtls-truststore', 's3://truststore-bucket/ca.pem?versionId=abc123', '--out', out], { cwd: dir });
  assert.equal(ok.exitCode, 0, ok.stdout + ok.stderr);
  const main = readFileSync(join(out, 'modules/rest-api/main.tf'), 'utf8');
  assert.match(main, /api_key_required\s+= true/, 'api-key is locked on');
  assert.match(readFileSync(join(out, 'modules/rest-api/domain.tf'), 'utf8'), /mutual_tls_authentication \{/);
  const clean = JSON.parse((await cli(['check', '--preset', join(dir, 'p.yaml'), '--json', '--no-cache', out])).stdout);
  assert.deepEqual(clean.findings.filter((f: { rule: string }) => /^CAE21/.test(f.rule)), []);

  // A hand-written public API that breaks all three.
  const tree = join(dir, 'hand');
  mkdirSync(tree);
  writeFileSync(join(tree, 'main.tf'), [
    'resource "aws_api_gateway_rest_api" "this" {',
    '  name = "x"',
    '  endpoint_configuration {',
    '    types = ["REGIONAL"]',
    '  }',
    '}',
    'resource "aws_api_gateway_method" "get" {',
    '  rest_api_id   = aws_api_gateway_rest_api.this.id',
    '  resource_id   = aws_api_gateway_rest_api.this.root_resource_id',
    '  http_method   = "GET"',
    '  authorization = "NONE"',
    '}',
    'resource "aws_api_gateway_method" "preflight" {',
    '  rest_api_id   = aws_api_gateway_rest_api.this.id',
    '  resource_id   = aws_api_gateway_rest_api.this.root_resource_id',
    '  http_method   = "OPTIONS"',
    '  authorization = "NONE"',
    '}',
    'resource "aws_api_gateway_domain_name" "this" {',
    '  domain_name              = "partners.example.com"',
    '  regional_certificate_arn = "arn:aws:acm:us-east-2:111122223333:certificate/x"',
    '  endpoint_configuration {',
    '    types = ["REGIONAL"]',
    '  }',
    '}',
    '',
  ].join('\n'));
  const bad = JSON.parse((await cli(['check', '--preset', join(dir, 'p.yaml'), '--json', '--no-cache', tree])).stdout);
  const hits = bad.findings.filter((f: { rule: string }) => /^CAE21/.test(f.rule)).map((f: { rule: string; message: string }) => `${f.rule} ${f.message}`);
  assert.equal(hits.length, 3, hits.join('\n'));
  assert.match(hits.find((h: string) => h.startsWith('CAE210'))!, /authorization = "NONE" \(none\) is not allowed by preset partners.*No anonymous APIs/);
  assert.match(hits.find((h: string) => h.startsWith('CAE211'))!, /aws_api_gateway_method\.get on a REGIONAL API does not require an API key/);
  assert.match(hits.find((h: string) => h.startsWith('CAE212'))!, /regional custom domain without mutual_tls_authentication/);
});
