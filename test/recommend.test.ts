import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recommend } from '../src/core/recommend.js';
import { findConflicts } from '../src/core/conflicts.js';
import { answers } from './helpers/answers.js';

test('public clients worldwide without own CDN → EDGE, citing --clients global', () => {
  const r = recommend(answers({ clients: 'global' }));
  assert.equal(r.endpointType, 'EDGE');
  assert.equal(r.overridden, false);
  assert.match(r.reasons[0]!, /^--clients global/);
});

test('public clients in one Region → REGIONAL', () => {
  const r = recommend(answers({ clients: 'regional' }));
  assert.equal(r.endpointType, 'REGIONAL');
  assert.ok(r.reasons.some((x) => x.startsWith('--clients regional')));
});

test('own CDN → REGIONAL even for worldwide clients, own-cdn cited first', () => {
  const r = recommend(answers({ clients: 'global', ownCdn: true }));
  assert.equal(r.endpointType, 'REGIONAL');
  assert.match(r.reasons[0]!, /^--own-cdn/);
});

test('internal callers → PRIVATE; compliance, hybrid and cross-account add their reasons in order', () => {
  const r = recommend(answers({ clients: 'internal', compliance: true, hybrid: true, onpremCidrs: ['10.20.0.0/16'], crossAccount: true, consumerAccounts: ['111122223333'] }));
  assert.equal(r.endpointType, 'PRIVATE');
  assert.deepEqual(
    r.reasons.map((x) => x.split(':')[0]),
    ['--clients internal', '--compliance', '--hybrid', '--cross-account'],
  );
  assert.match(r.reasons[2]!, /10\.20\.0\.0\/16/);
  assert.match(r.reasons[3]!, /111122223333/);
});

test('trade-offs carry the chosen type’s pros and cons and why each other type lost', () => {
  const r = recommend(answers({ clients: 'internal' }));
  assert.ok(r.tradeoffs.some((t) => t.startsWith('+ Highest security')));
  assert.ok(r.tradeoffs.some((t) => t.startsWith('- Not reachable from the public internet')));
  assert.ok(r.tradeoffs.some((t) => t.startsWith('Edge-optimized instead:')));
  assert.ok(r.tradeoffs.some((t) => t.startsWith('Regional instead:')));
  assert.ok(!r.tradeoffs.some((t) => t.startsWith('Private instead:')));
});

test('warnings from the domain notes', () => {
  const priv = recommend(answers({ clients: 'internal', privateDns: true }));
  assert.ok(priv.warnings.some((w) => /private DNS is on/i.test(w) && /403/.test(w)));
  assert.ok(priv.warnings.some((w) => /REST APIs only/.test(w)));
  const noDns = recommend(answers({ clients: 'internal', privateDns: false }));
  assert.ok(!noDns.warnings.some((w) => /private DNS is on/i.test(w)));
  const edgeDomain = recommend(answers({ clients: 'global', domain: 'api.example.com' }));
  assert.ok(edgeDomain.warnings.some((w) => /us-east-1/.test(w)));
  const hybrid = recommend(answers({ clients: 'internal', hybrid: true, onpremCidrs: ['10.0.0.0/8'] }));
  assert.ok(hybrid.warnings.some((w) => /DNS over HTTPS/.test(w)));
});

test('an override is honoured, with a warning naming what is given up', () => {
  const r = recommend(answers({ clients: 'internal', endpointType: 'regional' }));
  assert.equal(r.endpointType, 'REGIONAL');
  assert.equal(r.recommended, 'PRIVATE');
  assert.equal(r.overridden, true);
  assert.ok(r.warnings.some((w) => /overrides the recommended PRIVATE/.test(w) && /off the public internet/.test(w)));
  const toPrivate = recommend(answers({ clients: 'global', endpointType: 'private' }));
  assert.ok(toPrivate.warnings.some((w) => /Public clients cannot reach a private endpoint/.test(w)));
});

test('an override equal to the recommendation is not an override', () => {
  const r = recommend(answers({ clients: 'global', endpointType: 'edge' }));
  assert.equal(r.overridden, false);
  assert.ok(!r.warnings.some((w) => /overrides/.test(w)));
});

test('conflicts: compliance with public clients, compliance with a public override, edge override with own CDN', () => {
  assert.match(findConflicts(answers({ clients: 'global', compliance: true }))[0]!, /--compliance conflicts with --clients global[\s\S]*Fix: --clients internal/);
  assert.match(findConflicts(answers({ clients: 'internal', compliance: true, endpointType: 'edge' }))[0]!, /--compliance conflicts with --endpoint-type edge/);
  assert.match(findConflicts(answers({ clients: 'global', ownCdn: true, endpointType: 'edge' }))[0]!, /two CloudFront layers/);
  assert.deepEqual(findConflicts(answers({ clients: 'internal', compliance: true })), []);
  assert.deepEqual(findConflicts(answers({ clients: 'global', compliance: true, endpointType: 'private' })), []);
});

test('a private endpoint with no client security groups (and no on-premises ranges) is warned about: it admits nobody', () => {
  assert.ok(recommend(answers({ clients: 'internal' })).warnings.some((w) => /admits nobody/.test(w)));
  assert.ok(!recommend(answers({ clients: 'internal', clientSecurityGroupIds: ['sg-0123abcd'] })).warnings.some((w) => /admits nobody/.test(w)));
  assert.ok(!recommend(answers({ clients: 'internal', hybrid: true, onpremCidrs: ['10.20.0.0/16'] })).warnings.some((w) => /admits nobody/.test(w)));
});
