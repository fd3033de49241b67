// The developer portal: the Backstage Software Template this package writes is valid for
// Backstage's own validator, its form follows the question catalog and the preset, and the
// scaffolder action (create-api-endpoint/backstage, the built package) runs in Backstage's mock
// action context, writing a tree that passes every check — or, on a dry run, nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import AjvModule from 'ajv';
const Ajv = AjvModule as unknown as typeof AjvModule.default;
import { tmp } from './helpers/cli.js';
import { cliInProcess as cli } from './helpers/in-process.js';

const require = createRequire(import.meta.url);

// Backstage's mock context is written for jest: give it the jest.fn it calls.
type Mock = ((...a: unknown[]) => unknown) & { mock: { calls: unknown[][] }; mockImplementation: (i: (...a: unknown[]) => unknown) => Mock; mockReturnValue: (v: unknown) => Mock; mockResolvedValue: (v: unknown) => Mock };
const fn = (impl?: (...a: unknown[]) => unknown): Mock => {
  let current = impl;
  const f = ((...a: unknown[]) => (f.mock.calls.push(a), current?.(...a))) as Mock;
  f.mock = { calls: [] };
  f.mockImplementation = (i) => ((current = i), f);
  f.mockReturnValue = (v) => ((current = () => v), f);
  f.mockResolvedValue = (v) => ((current = async () => v), f);
  return f;
};
(globalThis as unknown as { jest: unknown }).jest = { fn };
const { createMockActionContext } = require('@backstage/plugin-scaffolder-node-test-utils');
const { templateEntityV1beta3Validator } = require('@backstage/plugin-scaffolder-common');

async function template(...args: string[]) {
  const r = await cli(['backstage', 'template', ...args]);
  assert.equal(r.exitCode, 0, r.stderr);
  return parse(r.stdout);
}

test('backstage template: valid for Backstage\'s template validator, with and without a preset; one field per question; the step runs the action', async () => {
  for (const args of [[], ['--preset', 'regulated-bank'], ['--preset', 'public-saas', '--owner', 'group:default/platform']]) {
    const entity = await template(...args);
    assert.equal(await templateEntityV1beta3Validator.check(entity), true, JSON.stringify(args));
    assert.equal(entity.spec.steps[0].action, 'create-api-endpoint:generate');
    assert.equal(entity.spec.steps[0].input.answers, '${{ parameters }}');
    const fields = entity.spec.parameters.flatMap((p: { properties: object }) => Object.keys(p.properties));
    for (const flag of ['name', 'clients', 'auth', 'domain', 'integration', 'vpc-endpoint-id']) assert.ok(fields.includes(flag), `${flag} in ${fields.join(', ')}`);
    assert.equal(new Set(fields).size, fields.length, 'each question once');
  }
  const plain = await template();
  const clients = plain.spec.parameters[1].properties.clients;
  assert.deepEqual(clients.enum, ['global', 'regional', 'internal']);
  assert.equal(clients['ui:enumNames'].length, 3);
  assert.match(clients.description, /.{40,}/, 'the question\'s help is the description');
  assert.deepEqual(plain.spec.parameters[0].required, ['name']);
});

test('backstage template --preset: locked answers fixed with their reason, allowed lists as the only choices, required tags as fields with their patterns — a form value outside them is invalid', async () => {
  const entity = await template('--preset', 'regulated-bank');
  const props = Object.assign({}, ...entity.spec.parameters.map((p: { properties: object }) => p.properties));
  assert.equal(props.clients.const, 'internal');
  assert.equal(props.clients['ui:readonly'], true);
  assert.match(props.clients.description, /^Fixed by preset regulated-bank: /);
  assert.deepEqual(props.region.enum, ['eu-west-1', 'eu-central-1']);
  assert.equal(props.tags.type, 'object');
  assert.deepEqual(props.tags.required, ['cost-center', 'owner']);
  assert.equal(entity.spec.steps[0].input.preset, 'regulated-bank');

  // The form's pages as react-jsonschema-form validates them (JSON Schema draft-07).
  const ajv = new Ajv({ strict: false, allErrors: true });
  const pages = entity.spec.parameters.map((p: object) => ajv.compile(p));
  const values = { name: 'payments-ledger-api', clients: 'internal', region: 'eu-west-1', tags: { 'cost-center': '1234', owner: 'payments' } };
  assert.ok(pages.every((v: (x: unknown) => boolean) => v(values)), JSON.stringify(pages.map((v: { errors: unknown }) => v.errors)));
  assert.equal(pages[0]({ ...values, tags: { 'cost-center': '12', owner: 'payments' } }), false, 'a tag outside its pattern');
  assert.equal(pages[0]({ ...values, region: 'us-east-1' }), false, 'a Region the preset does not allow');
  assert.equal(pages[1]({ ...values, clients: 'global' }), false, 'a locked answer changed');
});

test('the scaffolder action in Backstage\'s mock context: writes checked Terraform into the workspace and outputs the decision; a dry run writes nothing; bad answers fail the step with the reason', async () => {
  const { createApiEndpointAction } = (await import('create-api-endpoint/backstage' as string)) as typeof import('../src/backstage.js');
  const action = createApiEndpointAction();
  assert.equal(action.id, 'create-api-endpoint:generate');
  assert.equal(action.supportsDryRun, true);

  const workspacePath = tmp('cae-backstage-');
  const answers = { name: 'payments-ledger-api', clients: 'internal', region: 'eu-west-1', 'vpc-endpoint-id': 'vpce-0a1b2c3d4e5f60718', tags: { 'cost-center': '1234', owner: 'payments' } };
  const ctx = createMockActionContext({ input: { answers, preset: 'regulated-bank' }, workspacePath });
  await action.handler(ctx);
  const outputs = Object.fromEntries((ctx.output as Mock).mock.calls as [string, unknown][]);
  assert.equal(outputs.endpointType, 'PRIVATE');
  assert.equal(outputs.recommended, 'PRIVATE');
  assert.ok((outputs.reasons as string[]).some((r) => /--clients internal/.test(r)));
  assert.equal(outputs.targetPath, 'payments-ledger-api');
  assert.ok((outputs.files as string[]).includes('modules/rest-api/main.tf'));
  const out = join(workspacePath, 'payments-ledger-api');
  assert.ok(existsSync(join(out, '.create-api-endpoint.json')));
  const checked = await cli(['check', out, '--json']);
  assert.equal(checked.exitCode, 0, checked.stdout);
  assert.deepEqual(JSON.parse(checked.stdout).recordedPresets.map((p: { preset: string }) => p.preset), ['regulated-bank'], 'checked against the preset it was generated with');

  const dryWorkspace = tmp('cae-backstage-dry-');
  // The mock context leaves isDryRun out; the scaffolder sets it on a dry run.
  const dry = { ...createMockActionContext({ input: { answers }, workspacePath: dryWorkspace }), isDryRun: true };
  await action.handler(dry);
  assert.deepEqual(readdirSync(dryWorkspace), [], 'a dry run writes nothing');
  assert.equal(Object.fromEntries((dry.output as Mock).mock.calls as [string, unknown][]).endpointType, 'PRIVATE');

  const bad = createMockActionContext({ input: { answers: { ...answers, tags: { 'cost-center': '12', owner: 'payments' } }, preset: 'regulated-bank' }, workspacePath: tmp('cae-backstage-bad-') });
  await assert.rejects(action.handler(bad), /--tags cost-center=12: does not match/);
  const escape = createMockActionContext({ input: { answers, targetPath: '../elsewhere' }, workspacePath: tmp('cae-backstage-esc-') });
  await assert.rejects(action.handler(escape), /outside the task's workspace/);
});
