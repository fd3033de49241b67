import { test } from 'node:test';
import assert from 'node:assert/strict';
import { plan } from '../src/plan/plan.js';
import { recommend } from '../src/core/recommend.js';
import { answers } from './helpers/answers.js';
import type { Answers } from '../src/core/types.js';

const planFor = (over: Partial<Answers>) => {
  const a = answers(over);
  return plan(a, recommend(a), '9.9.9');
};
const paths = (over: Partial<Answers>) => planFor(over).files.map((f) => f.path);

test('every plan has the root and child module shape', () => {
  const p = paths({});
  for (const f of ['versions.tf', 'providers.tf', 'main.tf', 'variables.tf', 'outputs.tf', 'terraform.tfvars.example', 'README.md', 'TROUBLESHOOTING.md'])
    assert.ok(p.includes(f), f);
  assert.ok(!p.includes('.create-api-endpoint.json'), 'the manifest is written by code after the checks, not planned as a template');
  for (const f of ['versions.tf', 'variables.tf', 'outputs.tf', 'main.tf']) assert.ok(p.includes(`modules/rest-api/${f}`), f);
});

test('private adds the network baseline module (unless an endpoint is given) and the policy; public adds WAF', () => {
  const priv = paths({ clients: 'internal' });
  assert.ok(priv.includes('modules/vpc-endpoint/main.tf'));
  assert.ok(priv.includes('modules/vpc-endpoint/network.tf'));
  const second = paths({ clients: 'internal', vpcEndpointId: 'vpce-0a1b2c3d' });
  assert.ok(!second.some((p) => p.startsWith('modules/vpc-endpoint/')), 'a second API in the VPC creates no endpoint');
  assert.ok(second.includes('modules/rest-api/policy.tf'));
  assert.ok(priv.includes('modules/rest-api/policy.tf'));
  assert.ok(!priv.includes('modules/rest-api/waf.tf'));
  const pub = paths({ clients: 'global' });
  assert.ok(pub.includes('modules/rest-api/waf.tf'));
  assert.ok(!pub.some((p) => p.startsWith('modules/vpc-endpoint/')));
  assert.ok(!paths({ clients: 'global', waf: false }).includes('modules/rest-api/waf.tf'));
});

test('hybrid, cross-account, domain and CDN components appear only when they apply', () => {
  assert.ok(paths({ clients: 'internal', hybrid: true, onpremCidrs: ['10.0.0.0/8'] }).includes('modules/vpc-endpoint/resolver.tf'));
  assert.ok(!paths({ clients: 'global', hybrid: true, onpremCidrs: ['10.0.0.0/8'] }).some((p) => p.endsWith('resolver.tf')));
  assert.ok(!paths({ clients: 'internal', hybrid: true, onpremCidrs: ['10.0.0.0/8'], vpcEndpointId: 'vpce-0a1b2c3d' }).some((p) => p.endsWith('resolver.tf')), 'the Resolver is the baseline\'s');
  const xa = paths({ clients: 'internal', crossAccount: true, consumerAccounts: ['111122223333'], domain: 'api.example.com' });
  assert.ok(xa.includes('modules/rest-api/sharing.tf'));
  assert.ok(xa.includes('modules/consumer/main.tf'));
  assert.ok(!paths({ clients: 'internal', crossAccount: true, consumerAccounts: ['111122223333'] }).includes('modules/rest-api/sharing.tf'));
  assert.ok(paths({ clients: 'regional', ownCdn: true }).includes('modules/rest-api/cdn.tf'));
  assert.ok(paths({ clients: 'global', domain: 'api.example.com' }).includes('modules/rest-api/domain.tf'));
});

test('answers become root defaults; unknown VPC facts become required root variables', () => {
  const p = planFor({ clients: 'internal', name: 'inv-api', region: 'eu-west-3' });
  const byName = new Map(p.rootVariables.map((v) => [v.name, v]));
  assert.equal(byName.get('name')!.rootDefault, 'inv-api');
  assert.equal(byName.get('region')!.rootDefault, 'eu-west-3');
  assert.deepEqual(p.requiredRootVariables.map((v) => v.name), ['vpc_id', 'subnet_ids']);
  const given = planFor({ clients: 'internal', vpcId: 'vpc-0a1b2c3d', subnetIds: ['subnet-0a1b2c3d', 'subnet-1a1b2c3d'] });
  assert.deepEqual(given.requiredRootVariables.map((v) => v.name), []);
});

test('the us-east-1 provider alias is needed only for edge domains and CloudFront aliases', () => {
  assert.equal(planFor({ clients: 'global', domain: 'api.example.com' }).features.usEast1, true);
  assert.equal(planFor({ clients: 'regional', domain: 'api.example.com' }).features.usEast1, false);
  assert.equal(planFor({ clients: 'regional', ownCdn: true, domain: 'api.example.com' }).features.usEast1, true);
  assert.equal(planFor({ clients: 'global' }).features.usEast1, false);
});

test('variables and outputs follow the features', () => {
  const nlb = planFor({ clients: 'internal', integration: 'nlb' });
  assert.ok(nlb.variables.some((v) => v.name === 'load_balancer_arn'));
  assert.ok(nlb.outputs.some((o) => o.name === 'vpc_link_id'));
  const edge = planFor({ clients: 'global' });
  assert.ok(!edge.variables.some((v) => v.name === 'vpc_id'));
  assert.ok(!edge.outputs.some((o) => o.name === 'vpc_endpoint_id'));
});

test('a public custom domain takes an existing certificate or issues one; a private one needs one given', () => {
  const cert = (over: Partial<Answers>) => {
    const p = planFor(over);
    const v = p.variables.find((x) => x.name === 'certificate_arn');
    const root = p.rootVariables.find((x) => x.name === 'certificate_arn');
    return v && { default: v.default, where: /in (us-east-1|the API's Region)/.exec(v.description)?.[1], rootRequired: p.requiredRootVariables.includes(root!) };
  };
  assert.deepEqual(cert({ clients: 'global', domain: 'api.example.com' }), { default: 'null', where: 'us-east-1', rootRequired: false });
  assert.deepEqual(cert({ clients: 'regional', domain: 'api.example.com' }), { default: 'null', where: "the API's Region", rootRequired: false });
  assert.deepEqual(cert({ clients: 'global', ownCdn: true, domain: 'api.example.com' }), { default: 'null', where: 'us-east-1', rootRequired: false });
  assert.deepEqual(cert({ clients: 'internal', domain: 'api.corp.example' }), { default: undefined, where: "the API's Region", rootRequired: true });
  assert.equal(cert({ clients: 'global' }), undefined);
});

test('one source each: the AWS provider pin follows the schema the checks use; the HCL validations use the validators\' patterns', async () => {
  const { PINS } = await import('../src/core/knowledge.js');
  const { PATTERNS } = await import('../src/core/patterns.js');
  const { readFileSync } = await import('node:fs');
  const header = JSON.parse(readFileSync(new URL('../src/schema/aws-provider-schema.txt', import.meta.url), 'utf8').split('\n')[0]!) as { providerVersion: string };
  assert.equal(PINS.aws, `~> ${header.providerVersion.split('.').slice(0, 2).join('.')}`);
  const bp = planFor({ clients: 'internal', domain: 'api.example.com' });
  const region = bp.rootVariables.find((v) => v.name === 'region')!;
  assert.ok(region.validations![0]!.condition.includes(PATTERNS.region), 'region: the same pattern as validateRegion');
  const domain = bp.variables.find((v) => v.name === 'domain_name')!;
  assert.ok(domain.validations![0]!.condition.includes(PATTERNS.domain.replace(/\\/g, '\\\\')), 'domain: the same pattern as validateDomain');
});

test('the docs spell ARNs and execute-api host names in the Region\'s partition; the Terraform reads it from aws_partition', async () => {
  const { renderFiles } = await import('../src/render/render.js');
  const { partitionOf } = await import('../src/core/partition.js');
  const { loadTemplates } = await import('../src/render/templates-dir.js');
  assert.deepEqual(partitionOf('eu-west-1'), { name: 'aws', dnsSuffix: 'amazonaws.com' });
  assert.deepEqual(partitionOf('cn-northwest-1'), { name: 'aws-cn', dnsSuffix: 'amazonaws.com.cn', label: 'AWS China (aws-cn)' });
  assert.equal(partitionOf('us-gov-west-1').name, 'aws-us-gov');
  // The flag refuses other partitions today; the templates are ready for them all the same.
  const tree = renderFiles(planFor({ clients: 'internal', region: 'cn-north-1', crossAccount: true, consumerAccounts: ['111122223333'], hybrid: true, onpremCidrs: ['10.9.0.0/16'] }), loadTemplates());
  const docs = [...tree].filter(([p]) => p.endsWith('.md')).map(([, t]) => t).join('\n');
  assert.match(docs, /execute-api\.cn-north-1\.amazonaws\.com\.cn/);
  assert.match(docs, /arn:aws-cn:execute-api:cn-north-1:/);
  assert.equal(/execute-api\.cn-north-1\.amazonaws\.com(?!\.cn)|arn:aws:/.exec(docs)?.[0], undefined);
  const tf = [...tree].filter(([p]) => p.endsWith('.tf')).map(([, t]) => t).join('\n');
  assert.equal(/execute-api\.(?!<region>|\{region\})[^"\n]*amazonaws\.com/.exec(tf)?.[0], undefined, 'no execute-api host name hard-codes the suffix');
});

test('behind your own CloudFront: clients worldwide get every edge location, others PriceClass_100; logs go to a bucket you name; the account baseline orders the stage by a reference, not a depends_on on the whole module', async () => {
  const { renderFiles } = await import('../src/render/render.js');
  const { loadTemplates } = await import('../src/render/templates-dir.js');
  const world = renderFiles(planFor({ clients: 'global', ownCdn: true, accountBaseline: true }), loadTemplates());
  assert.match(world.get('variables.tf')!, /variable "cloudfront_price_class" \{[^}]*default\s+= "PriceClass_All"/);
  assert.match(world.get('modules/rest-api/cdn.tf')!, /dynamic "logging_config" \{\n\s+for_each = var\.cloudfront_log_bucket == null \? \[\] : \[var\.cloudfront_log_bucket\]/);
  assert.doesNotMatch(world.get('modules/rest-api/cdn.tf')!, /compress\s+= true/, 'compression does nothing with caching disabled');
  assert.doesNotMatch(world.get('main.tf')!, /depends_on/);
  assert.match(world.get('main.tf')!, /account_logging_role_arn\s+= module\.account\.cloudwatch_role_arn/);
  assert.match(world.get('modules/rest-api/deployment.tf')!, /precondition \{\n\s+condition\s+= var\.account_logging_role_arn == null/);
  const regional = renderFiles(planFor({ clients: 'regional', ownCdn: true }), loadTemplates());
  assert.match(regional.get('variables.tf')!, /variable "cloudfront_price_class" \{[^}]*default\s+= "PriceClass_100"/);
  assert.doesNotMatch(regional.get('modules/rest-api/deployment.tf')!, /account_logging_role_arn/);
});
