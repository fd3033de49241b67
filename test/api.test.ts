// The programmatic API, as a consumer uses it: the built package imported by its name (no
// CLI, no process.argv), its typed functions returning what the CLI reports, its types
// resolving through the package's exports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmp } from './helpers/cli.js';

const repo = new URL('..', import.meta.url).pathname;
type Api = typeof import('../src/api.js');
// The built bundle, by the package's own name (the exports map), as a dependent would load it.
const api = (await import('create-api-endpoint' as string)) as Api;

test('importing the package starts nothing: no output, no exit, whatever the process arguments', () => {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', "const m = await import('create-api-endpoint'); console.log(Object.keys(m).sort().join(','))", '--', '--help', 'check', '--version'], { cwd: repo, encoding: 'utf8', timeout: 30_000 });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '');
  assert.equal(r.stdout.trim(), 'CreateApiEndpointError,EXIT,EXIT_CODES,check,generate,recommend,update');
});

test('recommend: the endpoint type with its reasons and warnings, answers keyed by flag or id', async () => {
  const internal = await api.recommend({ name: 'orders-api', clients: 'internal', 'cross-account': true, consumerAccounts: ['111122223333'] });
  assert.equal(internal.endpointType, 'PRIVATE');
  assert.ok(internal.reasons.some((r) => /--clients internal/.test(r)), internal.reasons.join('\n'));
  const global = await api.recommend({ name: 'shop-api', clients: 'global' });
  assert.equal(global.endpointType, 'EDGE');
  assert.ok(global.warnings.some((w) => /--auth iam/.test(w)), 'public clients are warned that browsers cannot sign');
});

test('generate in memory: the checked tree and the report, nothing written', async () => {
  const cwd = tmp('cae-api-');
  const progress: string[] = [];
  const r = await api.generate({ cwd, answers: { name: 'shop-api', region: 'eu-west-1', clients: 'regional', auth: 'cognito', 'cognito-user-pool-arns': ['arn:aws:cognito-idp:eu-west-1:111122223333:userpool/eu-west-1_AbCdEf123'], apiKey: true, waf: true }, inMemory: true, onProgress: (l) => progress.push(l) });
  assert.equal(r.exitCode, 0);
  assert.equal(r.endpointType, 'REGIONAL');
  assert.equal(r.written, false);
  assert.match(r.tree.get('modules/rest-api/auth.tf')!, /type\s+= "COGNITO_USER_POOLS"/);
  assert.ok(r.checks.every((c) => c.status !== 'fail'), JSON.stringify(r.checks));
  assert.ok(progress.some((l) => /^check: security pass/.test(l)), progress.join('\n'));
  assert.deepEqual(readdirSync(cwd), [], 'nothing written');
});

test('generate to a folder, then check and update --check on it; bad input is a CreateApiEndpointError with the exit code and the fix', async () => {
  const cwd = tmp('cae-api-');
  const r = await api.generate({ cwd, answers: { name: 'ledger-api', region: 'eu-west-1', clients: 'internal', 'vpc-endpoint-id': 'vpce-0a1b2c3d4e5f60718' }, out: 'apis/ledger' });
  assert.equal(r.exitCode, 0);
  assert.equal(r.written, true);
  assert.ok(existsSync(join(cwd, 'apis/ledger/modules/rest-api/main.tf')));
  const checked = await api.check([join(cwd, 'apis/ledger')]);
  assert.equal(checked.exitCode, 0, JSON.stringify(checked));
  assert.ok(Array.isArray(checked.findings));
  const pending = await api.update([join(cwd, 'apis/ledger')], { check: true });
  assert.equal(pending.exitCode, 0);
  assert.equal(pending.folders[0]!.status, 'current');

  await assert.rejects(api.generate({ cwd, answers: { name: 'Bad Name', clients: 'internal' }, inMemory: true }), (err: unknown) => {
    assert.ok(err instanceof api.CreateApiEndpointError);
    assert.equal(err.exitCode, api.EXIT.usage);
    assert.match(err.problems.join('\n'), /"Bad Name" must use lowercase letters/);
    return true;
  });
  await assert.rejects(api.generate({ cwd, answers: { name: 'ledger-api', clients: 'internal', 'vpc-endpoint-id': 'vpce-0a1b2c3d4e5f60718' }, out: 'apis/ledger-2', preset: 'no-such-preset' }), (err: unknown) => err instanceof api.CreateApiEndpointError && err.exitCode === 2);
  // Into the folder again without force: refused (exit 3), as the CLI refuses.
  await assert.rejects(api.generate({ cwd, answers: { name: 'ledger-api', region: 'eu-west-1', clients: 'internal', 'vpc-endpoint-id': 'vpce-0a1b2c3d4e5f60718' }, out: 'apis/ledger' }), (err: unknown) => err instanceof api.CreateApiEndpointError && err.exitCode === api.EXIT.refusedOverwrite);
});

test('the types ship with the package: a TypeScript consumer compiles against them through the exports map', () => {
  const dir = tmp('cae-api-types-');
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(repo, join(dir, 'node_modules', 'create-api-endpoint'));
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(
    join(dir, 'use.ts'),
    [
      "import { generate, CreateApiEndpointError, type GenerateResult } from 'create-api-endpoint';",
      "const r: GenerateResult = await generate({ answers: { name: 'x-api', clients: 'internal' }, inMemory: true });",
      'const t: string = r.endpointType;',
      'const n: number = r.exitCode;',
      "const bad: number = new CreateApiEndpointError(2, ['x']).exitCode;",
      '// @ts-expect-error: answers are required',
      'await generate({});',
      'export { t, n, bad };',
      '',
    ].join('\n'),
  );
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: true, types: [] }, files: ['use.ts'] }));
  const r = spawnSync(process.execPath, [join(repo, 'node_modules/typescript/bin/tsc'), '-p', dir], { encoding: 'utf8', timeout: 120_000 });
  assert.equal(r.status, 0, r.stdout + r.stderr);
});
