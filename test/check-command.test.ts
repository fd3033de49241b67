// `create-api-endpoint check` as a pipeline runs it: exit codes, the three formats (SARIF
// validated against the SARIF 2.1.0 schema), the rule list, bad input, and our own output.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
// The SARIF 2.1.0 schema is draft-04 JSON Schema.
import AjvDraft04 from 'ajv-draft-04';
import { tmp } from './helpers/cli.js';
import { cliInProcess as cli } from './helpers/in-process.js';

const tree = () => {
  const dir = tmp('cae-check-e2e-');
  writeFileSync(join(dir, 'main.tf'), `resource "aws_api_gateway_rest_api" "this" {\n  name = "orders"\n  endpoint_configuration {\n    types = ["PRIVATE"]\n  }\n}\n\nresource "aws_api_gateway_stage" "prod" {\n  rest_api_id   = aws_api_gateway_rest_api.this.id\n  deployment_id = "abc"\n  stage_name    = "prod"\n}\n`);
  return dir;
};

test('human output groups findings by file with line, severity, rule and fix; exit 1 on an error finding', async () => {
  const dir = tree();
  const r = await cli(['check', dir]);
  assert.equal(r.exitCode, 1, r.stderr);
  assert.match(r.stdout, /main\.tf\n\s+1\s+error\s+CAE001 aws_api_gateway_rest_api\.this is PRIVATE but has no resource policy/);
  assert.match(r.stdout, /\s+8\s+warning\s+CAE007 aws_api_gateway_stage\.prod writes no access logs/);
  assert.match(r.stdout, /fix:\n\s+resource "aws_api_gateway_rest_api_policy" "this" \{/);
  assert.match(r.stdout, /1 error, 1 warning, 0 notes in 1 of 1 files; \d+ rules/);
  assert.doesNotMatch(r.stdout, /\u001b\[/, 'readable without colour');
});

test('--severity sets the threshold: warning fails on a warning, error does not', async () => {
  const dir = tmp();
  writeFileSync(join(dir, 'stage.tf'), `resource "aws_api_gateway_stage" "prod" {\n  rest_api_id   = "a"\n  deployment_id = "b"\n  stage_name    = "prod"\n}\n`);
  assert.equal((await cli(['check', dir])).exitCode, 0);
  assert.equal((await cli(['check', dir, '--severity', 'warning'])).exitCode, 1);
  const bad = await cli(['check', dir, '--severity', 'fatal']);
  assert.equal(bad.exitCode, 2);
  assert.match(bad.stderr, /choose one of info, warning, error/);
});

test('--json is one document with findings, rules run, skips, files read and timing', async () => {
  const r = await cli(['check', tree(), '--json']);
  assert.equal(r.exitCode, 1);
  const doc = JSON.parse(r.stdout);
  assert.deepEqual(Object.keys(doc).sort(), ['durationMs', 'exitCode', 'filesRead', 'findings', 'notAnalysed', 'rulesRun', 'skipped', 'suppressed', 'threshold']);
  assert.equal(doc.findings[0].rule, 'CAE001');
  assert.equal(doc.findings[0].address, 'aws_api_gateway_rest_api.this');
  assert.equal(doc.rulesRun.length, (await import('../src/app/check.js')).CHECK_RULES.length);
});

test('--format sarif is valid SARIF 2.1.0 (against the published schema) with rules, results, locations and suppressions', async () => {
  const dir = tree();
  writeFileSync(join(dir, 'extra.tf'), `# create-api-endpoint:ignore CAE007 logs go to the central stream\nresource "aws_api_gateway_stage" "other" {\n  rest_api_id   = "a"\n  deployment_id = "b"\n  stage_name    = "other"\n}\n`);
  const r = await cli(['check', dir, '--format', 'sarif']);
  assert.equal(r.exitCode, 1);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a SARIF document
  const sarif: any = JSON.parse(r.stdout);
  const schemaPath = join(createRequire(import.meta.url).resolve('@microsoft/jest-sarif/package.json'), '..', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json');
  const ajv = new (AjvDraft04 as unknown as typeof AjvDraft04.default)({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false });
  const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
  assert.ok(validate(sarif) as boolean, JSON.stringify(validate.errors?.slice(0, 5)));
  const run = sarif.runs[0];
  assert.equal(run.tool.driver.rules.length, (await import('../src/app/check.js')).CHECK_RULES.length);
  const result = run.results.find((x: { ruleId: string }) => x.ruleId === 'CAE001');
  assert.equal(result.level, 'error');
  assert.match(result.locations[0].physicalLocation.artifactLocation.uri, /main\.tf$/);
  assert.equal(result.locations[0].physicalLocation.region.startLine, 1);
  const suppressed = run.results.find((x: { suppressions?: unknown[] }) => x.suppressions);
  assert.equal(suppressed.suppressions[0].justification, 'logs go to the central stream');
  // A broken document is refused by the same validator (the test can fail).
  assert.equal(validate({ ...sarif, version: '2.0.0' }), false);
});

test('--list-rules lists every rule with severity, what it detects and the domain notes section', async () => {
  const r = await cli(['check', '--list-rules']);
  assert.equal(r.exitCode, 0);
  for (let i = 1; i <= 23; i++) assert.match(r.stdout, new RegExp(`CAE${String(i).padStart(3, '0')}  (error|warning)`));
  assert.match(r.stdout, /From the domain notes: Misconfigurations and fixes, 1\. Access Denied/);
  assert.doesNotMatch(r.stdout, /CAE101/, 'rules about our own output are not check rules');
});

test('every snapshot and every built-in preset\'s output passes check with no error finding', async () => {
  const snapshots = new URL('../snapshots/', import.meta.url).pathname;
  const dirs = readdirSync(snapshots).filter((d) => !d.includes('.')).map((d) => join(snapshots, d, 'expected'));
  const work = tmp();
  const presets = readdirSync(new URL('../templates/presets/', import.meta.url).pathname).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, ''));
  const extras: Record<string, string[]> = {
    'hybrid-onprem': ['--onprem-cidrs', '10.20.0.0/16'],
    'cross-account-consumers': ['--consumer-accounts', '111122223333'],
    'regulated-bank': ['--name', 'payments-ledger-api', '--tags', 'cost-center=1234,owner=payments'],
    'public-saas': ['--tags', 'owner=growth'],
  };
  for (const p of presets) {
    const out = join(work, p);
    const extra = extras[p] ?? [];
    const g = await cli(['--preset', p, '--yes', '--no-terraform', '--out', out, ...extra]);
    assert.equal(g.exitCode, 0, `${p}: ${g.stderr}`);
    dirs.push(out);
  }
  mkdirSync(join(work, 'marker'));
  const r = await cli(['check', ...dirs, '--json']);
  const doc = JSON.parse(r.stdout);
  assert.deepEqual(doc.findings.filter((f: { severity: string }) => f.severity === 'error'), []);
  assert.equal(r.exitCode, 0);
  assert.ok(doc.filesRead.length > 100, `${doc.filesRead.length} files read`);
});

test('a run that cannot check (HCL that does not parse) still writes a valid SARIF document saying why, and exits 2', async () => {
  const dir = tmp();
  writeFileSync(join(dir, 'main.tf'), 'resource "aws_api_gateway_rest_api" "this" {\n  name = \n}\n');
  const r = await cli(['check', dir, '--format', 'sarif']);
  assert.equal(r.exitCode, 2);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a SARIF document
  const sarif: any = JSON.parse(r.stdout);
  const schemaPath = join(createRequire(import.meta.url).resolve('@microsoft/jest-sarif/package.json'), '..', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json');
  const ajv = new (AjvDraft04 as unknown as typeof AjvDraft04.default)({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false });
  const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
  assert.ok(validate(sarif) as boolean, JSON.stringify(validate.errors?.slice(0, 5)));
  const invocation = sarif.runs[0].invocations[0];
  assert.equal(invocation.executionSuccessful, false);
  const note = invocation.toolExecutionNotifications[0];
  assert.equal(note.level, 'error');
  assert.match(note.locations[0].physicalLocation.artifactLocation.uri, /main\.tf$/);
  assert.equal(note.locations[0].physicalLocation.region.startLine, 2);
  assert.match(r.stderr, /main\.tf:2: /, 'the error is said on stderr as well');
});
