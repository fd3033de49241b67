import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveAnswers, type Source } from '../src/catalog/resolve-answers.js';

const flags = (values: Record<string, unknown>): Source => ({ kind: 'flags', label: 'flags', values });
const file = (values: Record<string, unknown>): Source => ({ kind: 'file', label: 'a.yaml', values });

test('region defaults from AWS_REGION, then AWS_DEFAULT_REGION, then us-east-1', () => {
  assert.equal(resolveAnswers([], { AWS_REGION: 'eu-north-1', AWS_DEFAULT_REGION: 'eu-west-1' }, true).answers.region, 'eu-north-1');
  assert.equal(resolveAnswers([], { AWS_DEFAULT_REGION: 'eu-west-1' }, true).answers.region, 'eu-west-1');
  assert.equal(resolveAnswers([], {}, true).answers.region, 'us-east-1');
});

test('flags override the answers file; lists accept commas or YAML lists', () => {
  const r = resolveAnswers([file({ name: 'a-api', clients: 'internal', hybrid: true, 'onprem-cidrs': ['10.0.0.0/8', '172.16.0.0/12'] }), flags({ name: 'b-api' })], {}, true);
  assert.deepEqual(r.problems, []);
  assert.equal(r.answers.name, 'b-api');
  assert.deepEqual(r.answers.onpremCidrs, ['10.0.0.0/8', '172.16.0.0/12']);
  assert.deepEqual(resolveAnswers([flags({ clients: 'internal', hybrid: true, onpremCidrs: '10.0.0.0/8, 192.168.0.0/16' })], {}, true).answers.onpremCidrs, ['10.0.0.0/8', '192.168.0.0/16']);
});

test('required questions are missing without --yes, and answered by defaults with it', () => {
  const strict = resolveAnswers([], {}, false);
  assert.deepEqual(strict.missing.map((q) => q.flag), ['name', 'clients']);
  const yes = resolveAnswers([], {}, true);
  assert.deepEqual(yes.missing, []);
  assert.equal(yes.answers.clients, 'global');
});

test('file errors name the file and key; booleans must be booleans', () => {
  const r = resolveAnswers([file({ clients: 'everyone', compliance: 'yes' })], {}, true);
  assert.deepEqual(r.problems, [
    'a.yaml: key "clients": "everyone" is not allowed; choose one of global, regional, internal.',
    'a.yaml: key "compliance": "yes" is not true or false. Write compliance: true or compliance: false.',
  ]);
});

test('answers that do not apply are refused, except switches turned off', () => {
  assert.match(resolveAnswers([flags({ onpremCidrs: '10.0.0.0/8' })], {}, true).problems[0]!, /--onprem-cidrs applies only to hybrid access/);
  assert.deepEqual(resolveAnswers([flags({ clients: 'internal', ownCdn: false })], {}, true).problems, []);
  assert.match(resolveAnswers([flags({ clients: 'internal', waf: true })], {}, true).problems[0]!, /--waf applies only to public endpoints/);
});

test('the description keeps any characters; an empty optional domain means none', () => {
  const r = resolveAnswers([flags({ description: '  "quoted" ${x} \\ ', domain: '' })], {}, true);
  assert.equal(r.answers.description, '  "quoted" ${x} \\ ');
  assert.equal(r.answers.domain, undefined);
});
