import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Answers } from '../src/core/types.js';
import {
  eachOf,
  validateAccountId,
  validateCidr,
  validateDomain,
  validateName,
  validateRegion,
  validateSubnetId,
  validateVpcId,
} from '../src/catalog/validators.js';

test('name: 3–40 lowercase letters, digits, single hyphens', () => {
  assert.equal(validateName('orders-api'), undefined);
  assert.equal(validateName('a1b'), undefined);
  assert.match(validateName('ab')!, /3–40 characters/);
  assert.match(validateName('x'.repeat(41))!, /3–40 characters/);
  assert.match(validateName('Orders')!, /lowercase/);
  assert.match(validateName('orders_api')!, /lowercase/);
  assert.match(validateName('-orders')!, /start with a letter/);
  assert.match(validateName('orders-')!, /end with a letter or digit/);
  assert.match(validateName('orders--api')!, /single hyphens/);
});

test('region codes', () => {
  for (const ok of ['us-east-1', 'eu-west-2', 'ap-southeast-2', 'eu-central-1']) assert.equal(validateRegion(ok), undefined, ok);
  for (const bad of ['us-east', 'US-EAST-1', 'useast1', 'moon-base-1', '', 'us-gov-west-1', 'cn-north-1']) assert.ok(validateRegion(bad), bad);
});

test('CIDR: syntax, ranges, host bits, and no 0.0.0.0/0', () => {
  assert.equal(validateCidr('10.20.0.0/16'), undefined);
  assert.equal(validateCidr('192.168.1.7/32'), undefined);
  assert.match(validateCidr('10.20.0.0')!, /not an IPv4 CIDR/);
  assert.match(validateCidr('10.300.0.0/16')!, /not a valid/);
  assert.match(validateCidr('10.0.0.0/33')!, /not a valid/);
  assert.match(validateCidr('0.0.0.0/0')!, /whole internet/);
  assert.match(validateCidr('10.20.1.0/16')!, /network address is 10\.20\.0\.0\/16/);
});

test('IDs', () => {
  assert.equal(validateAccountId('111122223333'), undefined);
  assert.match(validateAccountId('11112222333')!, /12-digit/);
  assert.equal(validateVpcId('vpc-0a1b2c3d'), undefined);
  assert.equal(validateVpcId('vpc-0a1b2c3d4e5f60718'), undefined);
  assert.match(validateVpcId('vpc-xyz')!, /VPC ID/);
  assert.match(validateSubnetId('sg-0a1b2c3d')!, /subnet ID/);
});

test('domain names', () => {
  assert.equal(validateDomain('api.example.com'), undefined);
  assert.match(validateDomain('localhost')!, /fully qualified/);
  assert.match(validateDomain('API.example.com')!, /lowercase/);
  assert.match(validateDomain('-a.example.com')!, /not a valid domain/);
  assert.match(validateDomain('10.0.0.1')!, /IP address/);
});

test('lists: non-empty, each item valid, no repeats, minimum count', () => {
  const v = eachOf(validateCidr);
  assert.equal(v(['10.0.0.0/8']), undefined);
  assert.match(v([])!, /at least one/);
  assert.match(v(['10.0.0.0/8', '10.0.0.0/8'])!, /listed twice/);
  assert.match(v(['10.0.0.0/8', 'nope'])!, /"nope"/);
  assert.match(eachOf(validateSubnetId, 2)(['subnet-0a1b2c3d'])!, /at least 2/);
});

test('the catalog and the answer shape (from which the Answers type derives) agree: ids, kinds, choices, optional', async () => {
  const { ANSWER_SHAPE } = await import('../src/catalog/answer-shape.js');
  const { QUESTIONS } = await import('../src/catalog/questions.js');
  assert.deepEqual(QUESTIONS.map((q) => q.id).sort(), Object.keys(ANSWER_SHAPE).sort());
  for (const q of QUESTIONS) {
    const shape = ANSWER_SHAPE[q.id] as { kind: string; choices?: readonly string[]; optional?: boolean };
    assert.equal(q.kind, shape.kind, q.id);
    if (q.kind === 'select') assert.deepEqual(q.choices.map((c) => c.value), [...shape.choices!], q.id);
    // A required answer asked only under a condition (--auth-none-reason) is absent otherwise: optional in the shape.
    if (q.kind === 'text' || q.kind === 'select') assert.equal(!!q.optional || (!!q.when && !!q.required), !!shape.optional, `${q.id}: optional`);
  }
});

test('on-premises ranges: leading zeros refused, a union that covers half the internet or more refused, public ranges warned about', async () => {
  const { validateCidr, validateOnpremCidrs } = await import('../src/catalog/validators.js');
  assert.match(validateCidr('10.0.0.0/08')!, /leading zero/);
  assert.match(validateCidr('010.0.0.0/8')!, /leading zero/);
  assert.equal(validateCidr('10.0.0.0/8'), undefined);
  assert.match(validateOnpremCidrs(['0.0.0.0/1', '128.0.0.0/1'])!, /together cover the whole internet/);
  assert.match(validateOnpremCidrs(['0.0.0.0/2', '64.0.0.0/2'])!, /half of all IPv4 addresses/);
  assert.equal(validateOnpremCidrs(['10.0.0.0/8', '172.16.0.0/12']), undefined);
  const { recommend } = await import('../src/core/recommend.js');
  const base: Omit<Answers, 'onpremCidrs'> = { name: 'x', description: 'x', region: 'eu-west-1', clients: 'internal', ownCdn: false, compliance: false, hybrid: true, crossAccount: false, consumerAccounts: [], integration: 'mock', subnetIds: [], vpcLinkSubnetIds: [], clientSecurityGroupIds: [], privateDns: true, waf: true, tags: [], accountBaseline: false, auth: 'iam', cognitoUserPoolArns: [], apiKey: false, networkBaseline: false };
  const warnings = recommend({ ...base, onpremCidrs: ['10.20.0.0/16', '203.0.113.0/24'] }).warnings.join('\n');
  assert.match(warnings, /--onprem-cidrs 203\.0\.113\.0\/24 is a public range/);
  assert.doesNotMatch(recommend({ ...base, onpremCidrs: ['10.20.0.0/16'] }).warnings.join('\n'), /public range/);
});

test('Regions: other partitions are refused with the reason; an unknown name is refused naming the closest Region', async () => {
  const { validateRegion } = await import('../src/catalog/validators.js');
  assert.match(validateRegion('cn-north-1')!, /AWS China \(aws-cn\) partition, which this version does not generate for/);
  assert.match(validateRegion('us-gov-west-1')!, /GovCloud/);
  assert.equal(validateRegion('eu-west-1'), undefined);
  assert.match(validateRegion('eu-west-9')!, /^is not an AWS Region \(did you mean eu-west-1\?\); the Regions this version knows: us-east-1, /);
  assert.match(validateRegion('zz-central-7')!, /^is not an AWS Region; the Regions/);
  const { run } = await import('./helpers/in-process.js');
  const r = await run(['--yes', '--no-terraform', '--dry-run', '--region', 'eu-west-9']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /--region: "eu-west-9" is not an AWS Region \(did you mean eu-west-1\?\)/);
});
