// How `check` reads trees as a whole: what cannot be evaluated is skipped, local modules
// followed, suppressions, dynamic blocks, bad input. Each rule's own cases are fixture folders
// under test/rules/ (test/rules.test.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { checkTrees } from '../src/app/check.js';
import { hclTools } from '../src/hcl/tools.js';
import { tmp } from './helpers/cli.js';

type Files = Record<string, string>;

async function findings(files: Files) {
  const dir = tmp('cae-check-');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const out = await checkTrees([dir], hclTools);
  return { ...out, findings: out.findings.map((f) => ({ ...f, file: f.file.slice(f.file.indexOf(dir.split('/').pop()!) + dir.split('/').pop()!.length + 1) })) };
}

const privateApi = (extra = '') => `resource "aws_api_gateway_rest_api" "this" {
  name = "orders"
${extra}
  endpoint_configuration {
    types = ["PRIVATE"]
  }
}
`;


const endpoint = (sg: string, extra = '') => `resource "aws_vpc_endpoint" "execute_api" {
  vpc_id              = var.vpc_id
  service_name        = "com.amazonaws.eu-west-1.execute-api"
  vpc_endpoint_type   = "Interface"
  private_dns_enabled = true
  subnet_ids          = ["subnet-0a1b2c3d", "subnet-0d4e5f6a"]
  security_group_ids  = [${sg}]
${extra}}
`;

test('what cannot be evaluated statically is skipped and counted, never a false error', async () => {
  const out = await findings({
    'main.tf': privateApi() + `resource "aws_api_gateway_rest_api_policy" "this" {\n  rest_api_id = aws_api_gateway_rest_api.this.id\n  policy      = file("\${path.module}/policy.json")\n}\n` + endpoint('var.sg').replace('["subnet-0a1b2c3d", "subnet-0d4e5f6a"]', 'var.subnet_ids'),
  });
  assert.deepEqual(out.findings.filter((f) => f.severity === 'error'), []);
  assert.ok(out.skipped.some((s) => s.rule === 'CAE002') && out.skipped.some((s) => s.rule === 'CAE010'), JSON.stringify(out.skipped));
});

test('local modules are followed with their arguments; remote ones are listed as not analysed; count = 0 resources do not exist', async () => {
  const out = await findings({
    'main.tf': `module "api" {\n  source  = "./modules/api"\n  enabled = false\n}\n\nmodule "vpc" {\n  source  = "terraform-aws-modules/vpc/aws"\n  version = "~> 5.0"\n}\n\nmodule "stage" {\n  source     = "./modules/stage"\n  tls_policy = "TLS_1_0"\n}\n`,
    'modules/api/main.tf': `variable "enabled" {\n  type    = bool\n  default = true\n}\n\nresource "aws_api_gateway_rest_api" "this" {\n  count = var.enabled ? 1 : 0\n  name  = "x"\n  endpoint_configuration {\n    types = ["PRIVATE"]\n  }\n}\n`,
    'modules/stage/main.tf': `variable "tls_policy" {\n  type    = string\n  default = "TLS_1_2"\n}\n\nresource "aws_api_gateway_domain_name" "this" {\n  domain_name     = "api.example.com"\n  security_policy = var.tls_policy\n}\n`,
  });
  assert.deepEqual(out.notAnalysed.map((m) => [m.module, m.source]), [['vpc', 'terraform-aws-modules/vpc/aws']]);
  assert.deepEqual(out.findings.map((f) => [f.rule, f.file]), [['CAE006', 'modules/stage/main.tf']], 'the TLS policy passed by the caller, and no CAE001 for a disabled API');
});

test('a finding is suppressed by a comment with a reason; without a reason it still counts and says why', async () => {
  const stage = (comment: string) => `${comment}\nresource "aws_api_gateway_stage" "prod" {\n  rest_api_id   = "abc"\n  deployment_id = "def"\n  stage_name    = "prod"\n}\n`;
  const ok = await findings({ 'stage.tf': stage('# create-api-endpoint:ignore CAE007 logs go to the central Kinesis stream') });
  assert.deepEqual(ok.findings, []);
  assert.deepEqual(ok.suppressed.map((s) => [s.rule, s.reason]), [['CAE007', 'logs go to the central Kinesis stream']]);
  const bare = await findings({ 'stage.tf': stage('# create-api-endpoint:ignore CAE007') });
  assert.equal(bare.findings.length, 1);
  assert.match(bare.findings[0]!.message, /has no reason, so it does not count/);
});

test('a nested block built with dynamic whose for_each cannot be read is not "missing": the rules that need it skip and count the skip', async () => {
  const out = await findings({ 'stage.tf': `resource "aws_api_gateway_stage" "this" {\n  rest_api_id   = "a"\n  deployment_id = "b"\n  stage_name    = "v1"\n  dynamic "access_log_settings" {\n    for_each = var.log_group_arn == null ? [] : [1]\n    content {\n      destination_arn = var.log_group_arn\n      format          = "$context.requestId"\n    }\n  }\n}\n` });
  assert.deepEqual(out.findings, []);
  assert.deepEqual(out.skipped.map((s) => s.rule), ['CAE007', 'CAE019']);
  assert.match(out.skipped[0]!.why, /dynamic access_log_settings block's for_each cannot be read statically/);
});

test('trees written like popular public modules give no false errors: OpenAPI body, count everywhere, HTTP API', async () => {
  const out = await findings({
    'main.tf': `variable "create" {\n  type    = bool\n  default = true\n}\n\nresource "aws_api_gateway_rest_api" "this" {\n  count = var.create ? 1 : 0\n  name  = "openapi"\n  body  = file("\${path.module}/openapi.yaml")\n  endpoint_configuration {\n    types = ["REGIONAL"]\n  }\n}\n\nresource "aws_api_gateway_deployment" "this" {\n  count       = var.create ? 1 : 0\n  rest_api_id = aws_api_gateway_rest_api.this[0].id\n  triggers    = { redeployment = sha1(aws_api_gateway_rest_api.this[0].body) }\n  lifecycle {\n    create_before_destroy = true\n  }\n}\n\nresource "aws_apigatewayv2_api" "http" {\n  name          = "http"\n  protocol_type = "HTTP"\n}\n\nresource "aws_apigatewayv2_domain_name" "http" {\n  domain_name = "http.example.com"\n  domain_name_configuration {\n    certificate_arn = var.cert\n    endpoint_type   = "REGIONAL"\n    security_policy = "TLS_1_2"\n  }\n}\n`,
  });
  assert.deepEqual(out.findings, []);
});

test('bad input is exit-2 material: no .tf files, unparsable HCL with its file and line', async () => {
  await assert.rejects(findings({ 'README.md': '# no terraform here\n' }), /no \.tf or \.tf\.json files there/);
  await assert.rejects(findings({ 'main.tf': 'resource "x" "y" {\n  a = \n}\n' }), /main\.tf:2: /);
});

test('a folder parsed in one go is split back per file exactly, or parsed file by file when declarations are indented', async () => {
  const stage = (name: string, indent = '') => `${indent}resource "aws_api_gateway_stage" "${name}" {\n${indent}  rest_api_id   = "a"\n${indent}  deployment_id = "b"\n${indent}  stage_name    = "${name}"\n${indent}}\n`;
  for (const indent of ['', '  ']) {
    const out = await findings({ 'a.tf': `# a\n${stage('one', indent)}`, 'b.tf': `\n\n\n${stage('two', indent)}` });
    assert.deepEqual(out.findings.map((f) => [f.address, f.file, f.line]).sort(), [['aws_api_gateway_stage.one', 'a.tf', 2], ['aws_api_gateway_stage.two', 'b.tf', 4]], `indent ${JSON.stringify(indent)}`);
  }
});


test('duplicate declarations are refused as terraform refuses them (two module "api" blocks), naming both places', async () => {
  const call = (n: string) => `module "api" {\n  source = "./m${n}"\n}\n`;
  await assert.rejects(findings({ 'a.tf': call('1'), 'b.tf': `\n${call('2')}`, 'm1/main.tf': '', 'm2/main.tf': '' }), (e: Error) => /b\.tf:2: duplicate module "api": also declared at .*a\.tf:1/.test(e.message));
  await assert.rejects(findings({ 'main.tf': 'resource "aws_s3_bucket" "b" {}\nresource "aws_s3_bucket" "b" {}\n' }), /main\.tf:2: duplicate resource "aws_s3_bucket" "b"/);
});

test('bounded on any input: a link to a FIFO or a device, an oversized file, nesting past the bound — exit 2 at once, naming the file', async () => {
  const { mkfifoSync } = await import('./helpers/fifo.js');
  const { symlinkSync, truncateSync, writeFileSync: write } = await import('node:fs');
  const dir = tmp('cae-bounded-');
  write(join(dir, 'main.tf'), 'terraform {}\n');
  mkfifoSync(join(dir, 'pipe'));
  symlinkSync(join(dir, 'pipe'), join(dir, 'linked.tf'));
  symlinkSync('/dev/urandom', join(dir, 'random.tf.json'));
  const started = Date.now();
  await assert.rejects(checkTrees([dir], hclTools), (e: Error) => /linked\.tf: not a regular file/.test(e.message) && /random\.tf\.json: not a regular file/.test(e.message));
  assert.ok(Date.now() - started < 5000, 'no wait on the FIFO, no read of the device');

  const big = tmp('cae-bounded-');
  write(join(big, 'main.tf'), 'terraform {}\n');
  write(join(big, 'huge.tf'), '');
  truncateSync(join(big, 'huge.tf'), 40 * 1024 * 1024);
  await assert.rejects(checkTrees([big], hclTools), /huge\.tf: 40\.0 MB, larger than the 32 MB check reads in one file/);

  const deep = tmp('cae-bounded-');
  write(join(deep, 'main.tf'), `locals {\n  x = ${'['.repeat(20000)}${']'.repeat(20000)}\n}\n`);
  await assert.rejects(checkTrees([deep], hclTools), /main\.tf:2: nested more than 100 levels deep/);
});

test('a preset\'s required tag on a tree with no provider "aws" block and no tags anywhere is unmet, not passed', async () => {
  const { presetRules } = await import('../src/rules/preset-rules.js');
  const rules = presetRules([{ kind: 'tag', key: 'cost-center', pattern: '^\\d{4}$', preset: 'acme', file: 'acme.yaml' }]);
  const dir = tmp('cae-tags-');
  writeFileSync(join(dir, 'main.tf'), 'resource "aws_api_gateway_rest_api" "this" {\n  name = "orders"\n}\n');
  const out = await checkTrees([dir], hclTools, rules);
  assert.deepEqual(out.findings.map((f) => [f.rule, f.address]), [['CAE201', 'aws_api_gateway_rest_api.this']]);
  writeFileSync(join(dir, 'main.tf'), 'resource "aws_api_gateway_rest_api" "this" {\n  name = "orders"\n  tags = { cost-center = "1234" }\n}\n');
  assert.deepEqual((await checkTrees([dir], hclTools, rules)).findings, [], 'the tag on the resource itself');
});

test('facts check cannot establish are skipped and said, not judged: an API nothing deploys, a local module folder that is not there, a module for others to call, stages that ignore deployment_id, an API read with a data source', async () => {
  const api = 'resource "aws_api_gateway_rest_api" "a" {\n  name = "demo"\n  endpoint_configuration {\n    types = ["REGIONAL"]\n  }\n}\n';
  const open = 'resource "aws_api_gateway_method" "get" {\n  rest_api_id   = aws_api_gateway_rest_api.a.id\n  resource_id   = aws_api_gateway_rest_api.a.root_resource_id\n  http_method   = "GET"\n  authorization = "NONE"\n}\n';
  const integration = 'resource "aws_api_gateway_integration" "get" {\n  rest_api_id = aws_api_gateway_rest_api.a.id\n  resource_id = aws_api_gateway_rest_api.a.root_resource_id\n  http_method = aws_api_gateway_method.get.http_method\n  type        = "MOCK"\n}\n';
  const deployed = (stageLifecycle = '') =>
    `resource "aws_api_gateway_deployment" "d" {\n  rest_api_id = aws_api_gateway_rest_api.a.id\n${stageLifecycle ? '' : '  triggers    = { h = sha1(jsonencode([aws_api_gateway_integration.get])) }\n'}  lifecycle {\n    create_before_destroy = true\n  }\n}\n\nresource "aws_api_gateway_stage" "s" {\n  rest_api_id   = aws_api_gateway_rest_api.a.id\n  deployment_id = aws_api_gateway_deployment.d.id\n  stage_name    = "prod"\n${stageLifecycle}}\n`;
  const provider = 'provider "aws" {\n  region = "eu-west-1"\n}\n';

  // Nothing deploys the API: the open method cannot be called yet.
  const undeployed = await findings({ 'main.tf': provider + api + open });
  assert.deepEqual(undeployed.findings.map((f) => f.rule), []);
  assert.match(undeployed.skipped.find((s) => s.rule === 'CAE036')?.why ?? '', /nothing in this tree deploys the API/);
  // Deployed, it is judged (the case above is a skip, not a blind spot), with the article right.
  const live = await findings({ 'main.tf': provider + api + open + integration + deployed() });
  const hit = live.findings.find((f) => f.rule === 'CAE036');
  assert.match(hit?.message ?? '', /authorization NONE on a REGIONAL endpoint/);

  // A local module folder this check cannot read is as unknown as a registry module.
  for (const source of ['../../not-in-this-checkout/vpc', 'terraform-aws-modules/vpc/aws']) {
    const out = await findings({ 'main.tf': `${provider}${api}${open}${integration}${deployed()}module "net" {\n  source = "${source}"\n}\n` });
    assert.equal(out.findings.find((f) => f.rule === 'CAE036'), undefined, source);
    assert.match(out.skipped.find((s) => s.rule === 'CAE036')?.why ?? '', /a module this check cannot read may put a web ACL on the stage/, source);
  }

  // A module for others to call (variables, no provider): the account's logging role is its caller's business.
  const library = await findings({ 'main.tf': `variable "name" {\n  type = string\n}\n\n${api}${integration.replace('aws_api_gateway_method.get.http_method', '"GET"')}resource "aws_cloudwatch_log_group" "l" {\n  name = "/apigw/\${var.name}"\n}\n\n${deployed().replace('  stage_name    = "prod"\n', '  stage_name    = "prod"\n\n  access_log_settings {\n    destination_arn = aws_cloudwatch_log_group.l.arn\n    format          = "$context.requestId"\n  }\n')}` });
  assert.equal(library.findings.find((f) => f.rule === 'CAE019'), undefined);
  assert.match(library.skipped.find((s) => s.rule === 'CAE019')?.why ?? '', /a module for others to call/);

  // Stages that ignore deployment_id are promoted outside Terraform: no trigger would change them.
  for (const ignore of ['[deployment_id]', 'all']) {
    const promoted = await findings({ 'main.tf': provider + api + open.replace('"NONE"', '"AWS_IAM"') + integration + deployed(`\n  lifecycle {\n    ignore_changes = ${ignore}\n  }\n`) });
    assert.equal(promoted.findings.find((f) => f.rule === 'CAE005'), undefined, ignore);
    assert.match(promoted.skipped.find((s) => s.rule === 'CAE005')?.why ?? '', /ignore changes to deployment_id/, ignore);
  }
  const untriggered = await findings({ 'main.tf': provider + api + open.replace('"NONE"', '"AWS_IAM"') + integration + deployed('\n') });
  assert.match(untriggered.findings.find((f) => f.rule === 'CAE005')?.message ?? '', /has no triggers/);

  // An API read with a data source: its endpoint type and stages are elsewhere; skipped and said.
  const fromData = await findings({ 'main.tf': `${provider}data "aws_api_gateway_rest_api" "a" {\n  name = "demo"\n}\n\n${open.replaceAll('aws_api_gateway_rest_api.a', 'data.aws_api_gateway_rest_api.a')}` });
  assert.deepEqual(fromData.findings.map((f) => f.rule), []);
  assert.match(fromData.skipped.find((s) => s.rule === 'CAE036')?.why ?? '', /read with a data source/);
});
