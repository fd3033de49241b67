// `create-api-endpoint update` on real files, through the built CLI: the owner's edits kept,
// conflicts marked, deletions respected, moved blocks for renames (accepted by terraform
// validate with the real provider), --check for fleets, v1 manifests, interruption.
import { test } from 'node:test';
import { toolTest } from './helpers/tools.js';
import assert from 'node:assert/strict';
import { existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { cli as cliProcess, tmp, walk } from './helpers/cli.js';
import { cliInProcess as cli } from './helpers/in-process.js';
import { addNotOurs, assertNotOursIntact, type NotOurs } from './helpers/not-ours.js';
import { terraformSkip, terraformValidate } from './helpers/terraform.js';
import { releaseFiles, releaseRecord, sha256, writeReleaseFolder } from './helpers/releases.js';

const NOT_OURS: NotOurs = [
  ['terraform.tfstate', '{"version": 4, "serial": 3}\n', 0o600],
  ['terraform.tfvars', 'vpc_id = "vpc-0123456789abcdef0"\n', 0o640],
  ['.terraform.lock.hcl', '# hashes\n', 0o644],
  ['own.tf', '# the owner\'s file\n', 0o644],
];

async function generated(args: string[] = ['--clients', 'global']) {
  const dir = tmp();
  const r = await cli(['--yes', ...args, '--no-terraform', '--out', 'api'], { cwd: dir });
  assert.equal(r.exitCode, 0, r.stderr);
  const api = join(dir, 'api');
  addNotOurs(api, NOT_OURS);
  return { dir, api };
}


const update = (cwd: string, args: string[]) => cli(['update', 'api', '--no-terraform', ...args], { cwd });

test('update --no-waf: the WAF file goes, the owner\'s tag and comment stay, own files and state untouched; a second update changes nothing', async () => {
  const { dir, api } = await generated();
  const main = join(api, 'modules/rest-api/main.tf');
  writeFileSync(main, readFileSync(main, 'utf8') + '\n# owner: payments team\n');
  const providers = join(api, 'providers.tf');
  writeFileSync(providers, readFileSync(providers, 'utf8').replace('default_tags {', 'default_tags { # cost-center tag added by the owner'));
  const r = await update(dir, ['--no-waf', '--json']);
  assert.equal(r.exitCode, 0, r.stderr);
  const report = JSON.parse(r.stdout);
  const status = Object.fromEntries(report.files.map((f: { path: string; status: string }) => [f.path, f.status]));
  assert.equal(status['modules/rest-api/waf.tf'], 'removed');
  assert.equal(existsSync(join(api, 'modules/rest-api/waf.tf')), false);
  assert.match(readFileSync(main, 'utf8'), /# owner: payments team/);
  assert.match(readFileSync(providers, 'utf8'), /cost-center tag added by the owner/);
  assert.ok(['kept', 'merged'].includes(status['modules/rest-api/main.tf']), status['modules/rest-api/main.tf']);
  assertNotOursIntact(api, NOT_OURS);
  const manifest = JSON.parse(readFileSync(join(api, '.create-api-endpoint.json'), 'utf8'));
  assert.equal(manifest.answers.waf, false);

  const before = walk(api).map((f) => [f, readFileSync(f, 'utf8')]);
  const again = await update(dir, ['--json']);
  assert.equal(again.exitCode, 0, again.stderr);
  assert.ok(JSON.parse(again.stdout).files.every((f: { status: string }) => ['unchanged', 'kept'].includes(f.status)));
  assert.deepEqual(walk(api).map((f) => [f, readFileSync(f, 'utf8')]), before, 'a second update changes nothing');
  const check = await cli(['update', '--check', 'api', '--no-terraform'], { cwd: dir });
  assert.equal(check.exitCode, 0, check.stdout + check.stderr);
  assert.match(check.stdout, /api: current/);
});

test('both sides change the same line: conflict markers, exit 5, nothing dropped; the base stays until resolved', async () => {
  const { dir, api } = await generated();
  const overlay = join(dir, 'overlay', 'module');
  mkdirSync(overlay, { recursive: true });
  const shipped = readFileSync(new URL('../templates/module/waf.tf.hbs', import.meta.url), 'utf8');
  writeFileSync(join(overlay, 'waf.tf.hbs'), shipped.replace('description = "Protects the ${var.name} API stage"', 'description = "Protects ${var.name} (platform rule 7)"'));
  const waf = join(api, 'modules/rest-api/waf.tf');
  writeFileSync(waf, readFileSync(waf, 'utf8').replace(/description = "Protects the \$\{var\.name\} API stage"/, 'description = "Owner wording"'));
  const r = await update(dir, ['--templates', join(dir, 'overlay'), '--json']);
  assert.equal(r.exitCode, 5, r.stderr);
  const text = readFileSync(waf, 'utf8');
  assert.match(text, /<<<<<<< yours \(on disk\)\n {2}description = "Owner wording"\n\|\|\|\|\|\|\| generated before \(base\)\n {2}description = "Protects the \$\{var\.name\} API stage"\n=======\n {2}description = "Protects \$\{var\.name\} \(platform rule 7\)"\n>>>>>>> new render/);
  assert.deepEqual(JSON.parse(r.stdout).conflicts, ['modules/rest-api/waf.tf']);
  assertNotOursIntact(api, NOT_OURS);
  // The manifest keeps the old base for the conflicted file: resolving and updating again merges cleanly.
  writeFileSync(waf, text.replace(/<<<<<<< yours[\s\S]*?>>>>>>> new render\n/, '  description = "Owner wording"\n'));
  // Until the markers are resolved, update --check says so (not "the templates render differently").
  writeFileSync(waf, text);
  const pending = await cli(['update', '--check', 'api', '--templates', join(dir, 'overlay'), '--no-terraform'], { cwd: dir });
  assert.equal(pending.exitCode, 1);
  assert.match(pending.stdout, /the last update left conflicts unresolved in modules\/rest-api\/waf\.tf \(markers\): resolve them, then run update again/);
  assert.doesNotMatch(pending.stdout, /templates render differently/);
  writeFileSync(waf, text.replace(/<<<<<<< yours[\s\S]*?>>>>>>> new render\n/, '  description = "Owner wording"\n'));
  const resolved = await update(dir, ['--templates', join(dir, 'overlay'), '--json']);
  assert.equal(resolved.exitCode, 0, resolved.stdout + resolved.stderr);
  assert.match(readFileSync(waf, 'utf8'), /description = "Owner wording"/);
});

test('--conflict-style rej: the conflicted file keeps the owner\'s side and still parses, the render\'s side is a patch in <file>.rej that applies; the conflict stays open until the .rej is deleted, and a second update never overwrites it', async () => {
  const { applyPatch } = await import('diff');
  const { dir, api } = await generated();
  const overlay = join(dir, 'overlay', 'module');
  mkdirSync(overlay, { recursive: true });
  const shipped = readFileSync(new URL('../templates/module/waf.tf.hbs', import.meta.url), 'utf8');
  // The render changes two places: one the owner also changed (a conflict), one the owner did not (merged in).
  writeFileSync(join(overlay, 'waf.tf.hbs'), shipped.replace('description = "Protects the ${var.name} API stage"', 'description = "Protects ${var.name} (platform rule 7)"').replace('  log_destination_configs = [aws_cloudwatch_log_group.waf.arn]', '  # Platform rule 9.\n  log_destination_configs = [aws_cloudwatch_log_group.waf.arn]'));
  const waf = join(api, 'modules/rest-api/waf.tf');
  const owners = readFileSync(waf, 'utf8').replace(/description = "Protects the \$\{var\.name\} API stage"/, 'description = "Owner wording"');
  writeFileSync(waf, owners);
  const r = await update(dir, ['--templates', join(dir, 'overlay'), '--conflict-style', 'rej', '--json']);
  assert.equal(r.exitCode, 5, r.stderr);
  const report = JSON.parse(r.stdout);
  assert.deepEqual(report.conflicts, ['modules/rest-api/waf.tf']);
  assert.deepEqual(report.rejects, ['modules/rest-api/waf.tf.rej']);
  assert.deepEqual(report.advice, ['modules/rest-api/waf.tf: your side is kept in the file and the render\'s is in modules/rest-api/waf.tf.rej; apply what you want of each (patch -p0 -r - < <file>.rej in the folder, --binary for Windows line endings; or by hand), delete the .rej, then run update again.']);
  const text = readFileSync(waf, 'utf8');
  assert.doesNotMatch(text, /<<<<<<<|>>>>>>>|^=======$/m, 'no markers in the file');
  assert.match(text, /description = "Owner wording"/, 'the owner\'s side stays');
  assert.match(text, /# Platform rule 9\./, 'the render\'s change elsewhere is merged in');
  const parsed = await cli(['check', 'api', '--json'], { cwd: dir });
  assert.notEqual(parsed.exitCode, 2, `the file still parses: ${parsed.stdout}${parsed.stderr}`);
  const rej = readFileSync(`${waf}.rej`, 'utf8');
  assert.match(rej, /^modules\/rest-api\/waf\.tf: the new render and your edits changed the same lines \(1 conflicting region/);
  assert.match(rej, /^-\s+description = "Owner wording"$/m);
  assert.match(rej, /^\+\s+description = "Protects \$\{var\.name\} \(platform rule 7\)"$/m);
  assert.equal(applyPatch(text, rej.slice(rej.indexOf('--- '))), readFileSync(waf, 'utf8').replace('description = "Owner wording"', 'description = "Protects ${var.name} (platform rule 7)"'), 'the .rej applies to the file as written');
  const manifest = JSON.parse(readFileSync(join(api, '.create-api-endpoint.json'), 'utf8'));
  assert.ok(!manifest.files.some((f: { path: string }) => f.path.endsWith('.rej')), 'the .rej is the owner\'s, not recorded as the tool\'s');
  assertNotOursIntact(api, NOT_OURS);

  // Still there at the next update: the conflict is open (check says so), and neither file is touched.
  const pending = await cli(['update', '--check', 'api', '--templates', join(dir, 'overlay'), '--no-terraform'], { cwd: dir });
  assert.equal(pending.exitCode, 1);
  assert.match(pending.stdout, /left conflicts unresolved in modules\/rest-api\/waf\.tf \(modules\/rest-api\/waf\.tf\.rej\)/);
  writeFileSync(`${waf}.rej`, rej + '# my notes\n');
  const again = await update(dir, ['--templates', join(dir, 'overlay'), '--conflict-style', 'rej', '--json']);
  assert.equal(again.exitCode, 5, again.stderr);
  assert.match(JSON.parse(again.stdout).advice.join('\n'), /^modules\/rest-api\/waf\.tf: the \.rej from the last update is still there/);
  assert.doesNotMatch(JSON.parse(again.stdout).advice.join('\n'), /markers/, 'no markers to resolve');
  assert.equal(readFileSync(waf, 'utf8'), text);
  assert.equal(readFileSync(`${waf}.rej`, 'utf8'), rej + '# my notes\n', 'the owner\'s .rej is never overwritten');
  // Resolved (the owner kept their wording) and the .rej deleted: the next update is clean and keeps it.
  rmSync(`${waf}.rej`);
  const resolved = await update(dir, ['--templates', join(dir, 'overlay'), '--conflict-style', 'rej', '--json']);
  assert.equal(resolved.exitCode, 0, resolved.stdout + resolved.stderr);
  assert.match(readFileSync(waf, 'utf8'), /description = "Owner wording"/);
  assert.ok(!existsSync(`${waf}.rej`));
  const bad = await update(dir, ['--conflict-style', 'theirs']);
  assert.equal(bad.exitCode, 2);
  assert.match(bad.stderr, /--conflict-style theirs: not a conflict style; give inline .* or rej/);
});

test('a root file the owner saved with Windows line endings is updated, not conflicted, and keeps them', async () => {
  const { dir, api } = await generated();
  const main = join(api, 'main.tf');
  const before = readFileSync(main, 'utf8');
  assert.match(before, /waf_rate_limit/);
  writeFileSync(main, before.replace(/\n/g, '\r\n'));
  const r = await update(dir, ['--no-waf', '--json']);
  assert.equal(r.exitCode, 0, r.stdout + r.stderr);
  const after = readFileSync(main, 'utf8');
  assert.doesNotMatch(after, /waf_rate_limit/, 'the render\'s change is in');
  assert.ok(after.includes('\r\n') && !/[^\r]\n/.test(after), 'every line ends in \\r\\n');
  assert.equal(JSON.parse(r.stdout).files.find((f: { path: string }) => f.path === 'main.tf').status, 'merged');
  assertNotOursIntact(api, NOT_OURS);
});

test('a generated file the owner deleted stays deleted; a file of the owner in the way of a new one is refused (exit 3)', async () => {
  const { dir, api } = await generated();
  rmSync(join(api, 'TROUBLESHOOTING.md'));
  const r = await update(dir, ['--json']);
  assert.equal(r.exitCode, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).files.find((f: { path: string }) => f.path === 'TROUBLESHOOTING.md').status, 'deleted-by-owner');
  assert.equal(existsSync(join(api, 'TROUBLESHOOTING.md')), false);
  // --domain adds modules/rest-api/domain.tf; the owner has a file of that name.
  writeFileSync(join(api, 'modules/rest-api/domain.tf'), '# mine\n');
  const blocked = await update(dir, ['--domain', 'api.example.com']);
  assert.equal(blocked.exitCode, 3, blocked.stderr);
  assert.match(blocked.stderr, /modules\/rest-api\/domain\.tf exists and was not written by create-api-endpoint/);
  assert.equal(readFileSync(join(api, 'modules/rest-api/domain.tf'), 'utf8'), '# mine\n');
});

test('update --check over several folders: 0 when current, 1 naming what and why when stale; writes nothing', async () => {
  const { dir } = await generated();
  const r2 = await cli(['--yes', '--clients', 'internal', '--no-terraform', '--out', 'api2'], { cwd: dir });
  assert.equal(r2.exitCode, 0);
  const current = await cli(['update', '--check', 'api', 'api2', '--json', '--no-terraform'], { cwd: dir });
  assert.equal(current.exitCode, 0, current.stdout);
  assert.deepEqual(JSON.parse(current.stdout).folders.map((f: { current: boolean }) => f.current), [true, true]);
  // Stale: recorded by an older version of the tool whose templates rendered differently.
  const manifestPath = join(dir, 'api2', '.create-api-endpoint.json');
  const m = JSON.parse(readFileSync(manifestPath, 'utf8'));
  m.toolVersion = '0.0.9';
  const file = m.files.find((f: { path: string }) => f.path === 'README.md');
  const { gzipSync } = await import('node:zlib');
  const { createHash } = await import('node:crypto');
  const old = readFileSync(join(dir, 'api2', 'README.md'), 'utf8').replace('## Inputs', '## Inputs (old wording)');
  writeFileSync(join(dir, 'api2', 'README.md'), old);
  file.base = gzipSync(old).toString('base64');
  file.sha256 = createHash('sha256').update(old).digest('hex');
  writeFileSync(manifestPath, JSON.stringify(m, null, 2));
  const before = walk(join(dir, 'api2')).map((f) => [f, readFileSync(f, 'utf8')]);
  const stale = await cli(['update', '--check', 'api', 'api2', '--no-terraform'], { cwd: dir });
  assert.equal(stale.exitCode, 1);
  assert.match(stale.stdout, /api: current/);
  assert.match(stale.stdout, /api2: update pending — written by create-api-endpoint 0\.0\.9; this is .*README\.md \(updated\)/);
  assert.deepEqual(walk(join(dir, 'api2')).map((f) => [f, readFileSync(f, 'utf8')]), before, '--check writes nothing');

  // One folder that cannot be read does not lose the others' results: each is reported, with a status.
  mkdirSync(join(dir, 'broken'));
  writeFileSync(join(dir, 'broken', '.create-api-endpoint.json'), '{ not json');
  const mixed = await cli(['update', '--check', 'api', 'broken', 'api2', 'nowhere', '--json', '--no-terraform'], { cwd: dir });
  const doc = JSON.parse(mixed.stdout);
  assert.equal(mixed.exitCode, 3, 'the worst outcome: a folder without a manifest');
  assert.deepEqual(doc.folders.map((f: { dir: string; status: string }) => [f.dir, f.status]), [['api', 'current'], ['broken', 'error'], ['api2', 'pending'], ['nowhere', 'error']]);
  assert.match(doc.folders[1].error.message, /broken\/\.create-api-endpoint\.json: not valid JSON/);
  assert.equal(doc.folders[1].exitCode, 2);
  assert.equal(doc.folders[3].exitCode, 3);
});

test('update --dry-run prints the merge outcome and a unified diff, and writes nothing', async () => {
  const { dir, api } = await generated();
  const before = walk(api).map((f) => [f, readFileSync(f, 'utf8')]);
  const r = await update(dir, ['--dry-run', '--no-waf']);
  assert.equal(r.exitCode, 0, r.stderr);
  assert.match(r.stdout, /removed\s+modules\/rest-api\/waf\.tf/);
  assert.match(r.stdout, /--- a\/modules\/rest-api\/waf\.tf\n\+\+\+ b\/modules\/rest-api\/waf\.tf/);
  assert.deepEqual(walk(api).map((f) => [f, readFileSync(f, 'utf8')]), before);
});

test('a folder without a manifest is refused (exit 3); a version 1 manifest is upgraded with a note', async () => {
  const dir = tmp();
  mkdirSync(join(dir, 'api'));
  writeFileSync(join(dir, 'api', 'main.tf'), '# mine\n');
  const none = await update(dir, []);
  assert.equal(none.exitCode, 3);
  assert.match(none.stderr, /no \.create-api-endpoint\.json/);

  const { dir: d2, api } = await generated(['--clients', 'internal']);
  const v2 = JSON.parse(readFileSync(join(api, '.create-api-endpoint.json'), 'utf8'));
  writeFileSync(join(api, '.create-api-endpoint.json'), JSON.stringify({ tool: 'create-api-endpoint', version: '0.1.0', answers: v2.answers, files: v2.files.map((f: { path: string }) => f.path) }));
  const main = join(api, 'modules/rest-api/main.tf');
  writeFileSync(main, readFileSync(main, 'utf8') + '# kept through the upgrade\n');
  const r = await update(d2, ['--json']);
  assert.equal(r.exitCode, 0, r.stderr);
  // Answers recorded the way today's manifests record them: 0.1.0's templates do not reproduce its files with them.
  assert.match(JSON.parse(r.stdout).notes.join('\n'), /version 1 manifest .* its answers rendered with 0\.1\.0's own templates do not reproduce the manifest on disk .* differing lines are treated as yours/);
  assert.match(readFileSync(main, 'utf8'), /# kept through the upgrade/);
  assert.equal(JSON.parse(readFileSync(join(api, '.create-api-endpoint.json'), 'utf8')).manifestVersion, 2);
  assertNotOursIntact(api, NOT_OURS);
});

toolTest('a resource renamed by the templates gets a moved block, which terraform validate accepts', terraformSkip, {}, async () => {
  const { dir, api } = await generated();
  const overlay = join(dir, 'overlay');
  mkdirSync(join(overlay, 'module'), { recursive: true });
  const shipped = readFileSync(new URL('../templates/module/logging.tf.hbs', import.meta.url), 'utf8');
  writeFileSync(join(overlay, 'module', 'logging.tf.hbs'), shipped.replace('resource "aws_cloudwatch_metric_alarm" "latency" {', 'resource "aws_cloudwatch_metric_alarm" "latency_p99" {'));
  writeFileSync(join(overlay, 'renames.json'), JSON.stringify([{ module: 'modules/rest-api', from: 'aws_cloudwatch_metric_alarm.latency', to: 'aws_cloudwatch_metric_alarm.latency_p99' }]));
  const r = await update(dir, ['--templates', overlay, '--json']);
  assert.equal(r.exitCode, 0, r.stderr);
  const moved = readFileSync(join(api, 'modules/rest-api/moved.tf'), 'utf8');
  assert.match(moved, /moved \{\n {2}from = aws_cloudwatch_metric_alarm\.latency\n {2}to {3}= aws_cloudwatch_metric_alarm\.latency_p99\n\}/);
  rmSync(join(api, 'terraform.tfstate'));
  const validate = terraformValidate(api);
  assert.equal(validate.valid, true, JSON.stringify(validate.diagnostics));
  // The moved block survives the next update (a copy not yet applied still needs it).
  const again = await update(dir, ['--templates', overlay, '--json']);
  assert.equal(again.exitCode, 0, again.stderr);
  assert.equal(readFileSync(join(api, 'modules/rest-api/moved.tf'), 'utf8'), moved);
});

toolTest('the account CloudWatch role the module used to manage is forgotten by update (removed, destroy = false), never destroyed; terraform validate accepts it', terraformSkip, {}, async () => {
  // A folder as 0.1.0 wrote it: the module held the opt-in account role and setting.
  const dir = tmp();
  const old = join(dir, 'old');
  const now = join(dir, 'now');
  mkdirSync(join(old, 'module'), { recursive: true });
  mkdirSync(join(now, 'module'), { recursive: true });
  const shipped = readFileSync(new URL('../templates/module/logging.tf.hbs', import.meta.url), 'utf8');
  writeFileSync(
    join(old, 'module', 'logging.tf.hbs'),
    shipped +
      '\nresource "aws_iam_role" "cloudwatch" {\n  count = 0\n\n  name_prefix        = "api-gateway-cloudwatch-"\n  assume_role_policy = "{}"\n}\n\nresource "aws_iam_role_policy_attachment" "cloudwatch" {\n  count = 0\n\n  role       = aws_iam_role.cloudwatch[0].name\n  policy_arn = "arn:aws:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs"\n}\n\nresource "aws_api_gateway_account" "this" {\n  count = 0\n\n  cloudwatch_role_arn = aws_iam_role.cloudwatch[0].arn\n}\n',
  );
  writeFileSync(join(now, 'module', 'logging.tf.hbs'), shipped);
  const api = join(dir, 'api');
  const gen = await cli(['--name', 'orders-api', '--clients', 'regional', '--region', 'eu-west-1', '--yes', '--no-terraform', '--no-cache', '--templates', old, '--out', api]);
  assert.equal(gen.exitCode, 0, gen.stdout + gen.stderr);
  const r = await cli(['update', api, '--templates', now, '--json', '--no-terraform', '--no-cache']);
  assert.equal(r.exitCode, 0, r.stdout + r.stderr);
  const moved = readFileSync(join(api, 'modules/rest-api/moved.tf'), 'utf8');
  for (const address of ['aws_api_gateway_account.this', 'aws_iam_role_policy_attachment.cloudwatch', 'aws_iam_role.cloudwatch'])
    assert.match(moved, new RegExp(`removed \\{\\n {2}from = ${address.replace('.', '\\.')}\\n\\n {2}lifecycle \\{\\n {4}destroy = false\\n {2}\\}\\n\\}`), moved);
  assert.doesNotMatch(readFileSync(join(api, 'modules/rest-api/logging.tf'), 'utf8'), /aws_api_gateway_account/);
  const validate = terraformValidate(api);
  assert.equal(validate.valid, true, JSON.stringify(validate.diagnostics));
});

test('an NLB folder recorded before the VPC link question keeps its V1 link on update, with a note; --vpc-link v2 moves it to a V2 link; own files untouched', async () => {
  const { dir, api } = await generated(['--clients', 'internal', '--integration', 'nlb', '--vpc-link', 'v1']);
  // As an earlier version recorded it: no vpcLink answer.
  const manifestPath = join(api, '.create-api-endpoint.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  assert.equal(manifest.answers['vpc-link'], 'v1', 'recorded under its flag name');
  delete manifest.answers['vpc-link'];
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + '\n');
  const main = join(api, 'modules/rest-api/main.tf');
  const before = readFileSync(main, 'utf8');
  assert.match(before, /resource "aws_api_gateway_vpc_link" "this"/);

  const kept = await update(dir, ['--json']);
  assert.equal(kept.exitCode, 0, kept.stderr);
  const report = JSON.parse(kept.stdout);
  assert.ok(report.notes.some((n: string) => /kept the VPC link V1 .*--vpc-link v2/.test(n)), JSON.stringify(report.notes));
  assert.equal(readFileSync(main, 'utf8'), before);

  const moved = await update(dir, ['--vpc-link', 'v2', '--vpc-link-subnet-ids', 'subnet-0a1b2c3d,subnet-4e5f6a7b', '--json']);
  assert.equal(moved.exitCode, 0, moved.stderr);
  const after = readFileSync(main, 'utf8');
  assert.doesNotMatch(after, /aws_api_gateway_vpc_link/);
  assert.match(after, /resource "aws_apigatewayv2_vpc_link" "this"/);
  assert.match(after, /integration_target += var\.load_balancer_arn/);
  assert.match(readFileSync(join(api, 'variables.tf'), 'utf8'), /variable "vpc_link_subnet_ids" \{[^}]*default += \["subnet-0a1b2c3d", "subnet-4e5f6a7b"\]/s);
  assert.equal(JSON.parse(readFileSync(manifestPath, 'utf8')).answers['vpc-link'], 'v2');
  assertNotOursIntact(api, NOT_OURS);
  // A new folder with the same answers takes V2 without being asked.
  const fresh = await generated(['--clients', 'internal', '--integration', 'nlb']);
  assert.match(readFileSync(join(fresh.api, 'modules/rest-api/main.tf'), 'utf8'), /aws_apigatewayv2_vpc_link/);
});

test('an update interrupted mid-write leaves the old tree', async () => {
  const { dir, api } = await generated();
  const before = walk(api).map((f) => [f, readFileSync(f, 'utf8')]);
  // A lock held by another live process (this test's parent) stands for a write in progress elsewhere.
  writeFileSync(join(api, '.create-api-endpoint.lock'), JSON.stringify({ pid: process.ppid }));
  const r = await update(dir, ['--no-waf']);
  assert.equal(r.exitCode, 3);
  assert.match(r.stderr, /is writing into it right now/);
  rmSync(join(api, '.create-api-endpoint.lock'));
  assert.deepEqual(walk(api).map((f) => [f, readFileSync(f, 'utf8')]), before);
  assert.deepEqual(readdirSync(api).filter((n) => n.includes('staging')), []);
});

test('update --all over a monorepo: every generated folder found (not .terraform, not node_modules), one JSON document, a Markdown summary, and --detailed-exitcode telling nothing-to-do (0) from updated (6)', async () => {
  const dir = tmp();
  for (const [out, clients] of [['apis/orders', 'global'], ['apis/team-b/ledger', 'internal'], ['apis/billing', 'regional']] as const) {
    const r = await cli(['--yes', '--clients', clients, '--name', out.split('/').pop()!, '--no-terraform', '--out', out], { cwd: dir });
    assert.equal(r.exitCode, 0, r.stderr);
  }
  // Copies that are not the owner's folders: under .terraform and node_modules.
  for (const hidden of ['apis/orders/.terraform/modules/x', 'node_modules/pkg/api']) {
    mkdirSync(join(dir, hidden), { recursive: true });
    writeFileSync(join(dir, hidden, '.create-api-endpoint.json'), '{ not json');
  }

  const nothing = await cli(['update', '--all', '.', '--json', '--detailed-exitcode', '--no-terraform', '--summary', 'summary.md'], { cwd: dir });
  assert.equal(nothing.exitCode, 0, nothing.stdout + nothing.stderr);
  const doc = JSON.parse(nothing.stdout);
  assert.deepEqual(doc.folders.map((f: { dir: string; status: string }) => [f.dir, f.status]), [['apis/billing', 'current'], ['apis/orders', 'current'], ['apis/team-b/ledger', 'current']]);

  // One folder stale (an older tool wrote a file differently): updated, the others current.
  const manifestPath = join(dir, 'apis/billing', '.create-api-endpoint.json');
  const m = JSON.parse(readFileSync(manifestPath, 'utf8'));
  m.toolVersion = '0.0.9';
  const file = m.files.find((f: { path: string }) => f.path === 'README.md');
  const { gzipSync } = await import('node:zlib');
  const { createHash } = await import('node:crypto');
  const old = readFileSync(join(dir, 'apis/billing', 'README.md'), 'utf8').replace('## Inputs', '## Inputs (old wording)');
  writeFileSync(join(dir, 'apis/billing', 'README.md'), old);
  file.base = gzipSync(old).toString('base64');
  file.sha256 = createHash('sha256').update(old).digest('hex');
  writeFileSync(manifestPath, JSON.stringify(m, null, 2));

  const updated = await cli(['update', '--all', 'apis', '--json', '--detailed-exitcode', '--no-terraform', '--summary', 'summary.md'], { cwd: dir });
  assert.equal(updated.exitCode, 6, updated.stdout + updated.stderr);
  const statuses = JSON.parse(updated.stdout).folders.map((f: { dir: string; status: string }) => [f.dir, f.status]);
  assert.deepEqual(statuses, [['apis/billing', 'updated'], ['apis/orders', 'current'], ['apis/team-b/ledger', 'current']]);
  assert.doesNotMatch(readFileSync(join(dir, 'apis/billing/README.md'), 'utf8'), /old wording/);
  const summary = readFileSync(join(dir, 'summary.md'), 'utf8');
  assert.match(summary, /^## create-api-endpoint update /m);
  assert.match(summary, /3 folders: 1 updated, 2 current\./);
  assert.match(summary, /\| `apis\/billing` \| updated \| written by create-api-endpoint 0\.0\.9/);
  assert.match(summary, /### `apis\/billing`\n\n- updated: `README\.md`/);
  // The summary goes only to a new file or an earlier summary: never over a file of the owner's.
  for (const [target, why] of [['apis/orders/terraform.tfvars', /a state, lock or variables file/], ['apis/orders/main.tf', /an existing file this tool did not write/]] as const) {
    const before = existsSync(join(dir, target)) ? readFileSync(join(dir, target), 'utf8') : undefined;
    if (before === undefined) writeFileSync(join(dir, target), 'vpc_id = "vpc-0123abcd"\n');
    const kept = readFileSync(join(dir, target), 'utf8');
    const refused = await cli(['update', '--all', 'apis', '--no-terraform', '--summary', target], { cwd: dir });
    assert.equal(refused.exitCode, 2, refused.stderr);
    assert.match(refused.stderr, why);
    assert.equal(readFileSync(join(dir, target), 'utf8'), kept, `${target} untouched`);
  }
  // Without --detailed-exitcode an update that wrote is 0, as before.
  const again = await cli(['update', '--all', 'apis', '--no-terraform'], { cwd: dir });
  assert.equal(again.exitCode, 0);

  mkdirSync(join(dir, 'docs'));
  const none = await cli(['update', '--all', 'docs'], { cwd: dir });
  assert.equal(none.exitCode, 2);
  assert.match(none.stderr, /no folder with a \.create-api-endpoint\.json under/);
  const flagsForAll = await cli(['update', '--all', 'apis', '--no-waf', '--no-terraform'], { cwd: dir });
  assert.equal(flagsForAll.exitCode, 2);
  assert.match(flagsForAll.stderr, /answer flags change one folder's answers; give one folder with them/);
});

test('an API root that created the VPC\'s endpoint, updated to use it from the network baseline root: the endpoint is forgotten (removed, destroy = false), never destroyed; the API admits its own callers', async () => {
  const dir = tmp();
  const r = await cli(['--yes', '--name', 'orders-api', '--clients', 'internal', '--vpc-id', 'vpc-0a1b2c3d4e5f60718', '--subnet-ids', 'subnet-0a1b2c3d4e5f60718,subnet-0f1e2d3c4b5a69788', '--no-terraform', '--out', 'api'], { cwd: dir });
  assert.equal(r.exitCode, 0, r.stderr);
  assert.ok(existsSync(join(dir, 'api/modules/vpc-endpoint/main.tf')));
  const up = await cli(['update', 'api', '--vpc-endpoint-id', 'vpce-0a1b2c3d4e5f60718', '--endpoint-security-group-id', 'sg-0a1b2c3d4e5f60718', '--client-security-groups', 'sg-0f1e2d3c4b5a69788', '--no-terraform', '--json'], { cwd: dir });
  assert.equal(up.exitCode, 0, up.stdout + up.stderr);
  const moved = readFileSync(join(dir, 'api/moved.tf'), 'utf8');
  assert.match(moved, /removed \{\n {2}from = module\.endpoint\n\n {2}lifecycle \{\n {4}destroy = false\n {2}\}\n\}/);
  assert.equal(existsSync(join(dir, 'api/modules/vpc-endpoint/main.tf')), false, 'the module files go; the endpoint is only forgotten');
  assert.doesNotMatch(readFileSync(join(dir, 'api/main.tf'), 'utf8'), /module "endpoint"/);
  assert.match(readFileSync(join(dir, 'api/modules/rest-api/endpoint-access.tf'), 'utf8'), /security_group_id\s+= var\.endpoint_security_group_id/);
  const files = JSON.parse(up.stdout).files.map((f: { path: string; status: string }) => `${f.status} ${f.path}`);
  assert.ok(files.includes('added moved.tf'), files.join('\n'));
});

test('0.1.0\'s frozen renderer reproduces every file that release wrote for each of its recorded scenarios, byte for byte', async () => {
  const record = releaseRecord('0.1.0');
  assert.ok(Object.keys(record.scenarios).length >= 10);
  for (const [name, scenario] of Object.entries(record.scenarios)) {
    const files = await releaseFiles('0.1.0', scenario.answers, Object.keys(scenario.files));
    for (const [path, text] of files) assert.equal(sha256(text), scenario.files[path], `${name}/${path}`);
  }
});

test('update of a folder 0.1.0 wrote (manifest version 1): re-rendered with 0.1.0\'s own templates, unedited files are replaced, the old layout\'s module files removed, moves written; the result is today\'s render; own files untouched', async () => {
  const dir = tmp();
  const api = join(dir, 'api');
  await writeReleaseFolder('0.1.0', 'private-hybrid', api);
  addNotOurs(api, NOT_OURS);
  const r = await update(dir, ['--json']);
  assert.equal(r.exitCode, 0, r.stderr);
  const report = JSON.parse(r.stdout) as { notes: string[]; files: { path: string; status: string }[] };
  assert.match(report.notes.join('\n'), /rendered again with 0\.1\.0's own templates/);
  assert.match(report.notes.join('\n'), /Resolver inbound endpoint 0\.1\.0 created .* set forward_execute_api_zone = true/);
  const status = Object.fromEntries(report.files.map((f) => [f.path, f.status]));
  assert.deepEqual(report.files.filter((f) => f.status === 'kept' || f.status === 'conflict' || f.status === 'merged').map((f) => f.path), [], 'nothing was edited, so nothing is taken for the owner\'s');
  for (const gone of ['modules/rest-api/vpc-endpoint.tf', 'modules/rest-api/network.tf', 'modules/rest-api/resolver.tf']) {
    assert.equal(status[gone], 'removed', gone);
    assert.ok(!existsSync(join(api, gone)), gone);
  }
  assert.equal(status['modules/vpc-endpoint/main.tf'], 'added');
  const moved = readFileSync(join(api, 'moved.tf'), 'utf8');
  assert.match(moved, /moved \{\n {2}from = module\.api\.aws_vpc_endpoint\.execute_api\n {2}to {3}= module\.endpoint\.aws_vpc_endpoint\.execute_api\n\}/);
  assert.match(moved, /from = module\.api\.aws_route53_resolver_endpoint\.inbound\n {2}to {3}= module\.endpoint\.aws_route53_resolver_endpoint\.inbound\[0\]/);
  assert.match(readFileSync(join(api, 'main.tf'), 'utf8'), /module "endpoint" \{\n {2}source = "\.\/modules\/vpc-endpoint"/);

  // Every file is what generating today writes for the same answers (moved.tf aside).
  const fresh = join(dir, 'fresh');
  const gen = await cli(['--from', 'api', '--out', fresh, '--no-terraform', '--yes'], { cwd: dir });
  assert.equal(gen.exitCode, 0, gen.stderr);
  const listed = (root: string) => walk(root).map((f) => f.slice(root.length + 1)).filter((p) => !p.endsWith('moved.tf') && p !== '.create-api-endpoint.json' && !NOT_OURS.some(([n]) => n === p)).sort();
  assert.deepEqual(listed(api), listed(fresh));
  for (const p of listed(fresh)) assert.equal(readFileSync(join(api, p), 'utf8'), readFileSync(join(fresh, p), 'utf8'), p);
  assertNotOursIntact(api, NOT_OURS);
  const check = await update(dir, ['--check']);
  assert.equal(check.exitCode, 0, check.stdout + check.stderr);
});

test('update of a folder 0.1.0 wrote, edited by its owner: the edits are merged into today\'s files; an edited file of the old layout that still declares moved resources is a conflict (exit 5) saying what to carry over; the security-group rules move per instance, to their position in the answers now', async () => {
  const dir = tmp();
  const api = join(dir, 'api');
  await writeReleaseFolder('0.1.0', 'private', api);
  const edit = (path: string, from: string, to: string) => {
    const text = readFileSync(join(api, path), 'utf8');
    assert.ok(text.includes(from), `${path} has ${from}`);
    writeFileSync(join(api, path), text.replace(from, to));
  };
  edit('modules/rest-api/main.tf', 'resource "aws_api_gateway_rest_api" "this" {', '# reviewed by the payments team\nresource "aws_api_gateway_rest_api" "this" {');
  edit('modules/rest-api/vpc-endpoint.tf', 'resource "aws_vpc_endpoint" "execute_api" {', '# our change\nresource "aws_vpc_endpoint" "execute_api" {');
  const group = (releaseRecord('0.1.0').scenarios.private!.answers.clientSecurityGroupIds as string[])[0]!;
  // The clients now: a new group first, the recorded one second.
  const r = await update(dir, ['--json', '--client-security-groups', `sg-0fedcba987654321f,${group}`]);
  assert.equal(r.exitCode, 5, r.stderr);
  const report = JSON.parse(r.stdout) as { advice: string[]; files: { path: string; status: string; detail?: string }[] };
  const status = Object.fromEntries(report.files.map((f) => [f.path, f.status]));
  assert.equal(status['modules/rest-api/main.tf'], 'merged');
  const main = readFileSync(join(api, 'modules/rest-api/main.tf'), 'utf8');
  assert.match(main, /# reviewed by the payments team\nresource "aws_api_gateway_rest_api" "this" \{/);
  assert.equal(/<<<<<<<|>>>>>>>/.exec(main)?.[0], undefined);
  assert.equal(status['modules/rest-api/variables.tf'], 'updated', 'unedited: replaced, not kept');
  assert.equal(status['modules/rest-api/vpc-endpoint.tf'], 'conflict');
  assert.match(report.files.find((f) => f.path === 'modules/rest-api/vpc-endpoint.tf')!.detail!, /still declares what moved\.tf moves elsewhere \(module\.api\.aws_vpc_endpoint\.execute_api/);
  assert.match(readFileSync(join(api, 'modules/rest-api/vpc-endpoint.tf'), 'utf8'), /# our change\n/, 'an edited file is never deleted or rewritten');
  assert.match(report.advice.join('\n'), /modules\/rest-api\/vpc-endpoint\.tf: a file of the earlier layout you edited/);
  const moved = readFileSync(join(api, 'moved.tf'), 'utf8');
  assert.ok(moved.includes(`from = module.api.aws_vpc_security_group_ingress_rule.endpoint_from_security_groups["${group}"]\n  to   = module.endpoint.aws_vpc_security_group_ingress_rule.endpoint_from_security_groups["1"]`), moved);

  // Carried over and deleted: the next update is clean.
  rmSync(join(api, 'modules/rest-api/vpc-endpoint.tf'));
  const again = await update(dir, ['--json']);
  assert.equal(again.exitCode, 0, again.stdout + again.stderr);
});

toolTest('update of a 0.1.0 folder with --account-baseline moves the account role from the API module to module.account (not forgotten, not created twice); terraform validate accepts every moved block', terraformSkip, {}, async () => {
  const dir = tmp();
  const api = join(dir, 'api');
  await writeReleaseFolder('0.1.0', 'regional-lambda', api);
  const r = await update(dir, ['--account-baseline', '--json']);
  assert.equal(r.exitCode, 0, r.stderr);
  const moved = readFileSync(join(api, 'moved.tf'), 'utf8');
  assert.match(moved, /from = module\.api\.aws_api_gateway_account\.this\[0\]\n {2}to {3}= module\.account\.aws_api_gateway_account\.this/);
  assert.ok(!existsSync(join(api, 'modules/rest-api/moved.tf')) || !/aws_api_gateway_account/.test(readFileSync(join(api, 'modules/rest-api/moved.tf'), 'utf8')), 'not also forgotten inside the module');
  const validate = terraformValidate(api);
  assert.equal(validate.valid, true, JSON.stringify(validate.diagnostics));

  const hybrid = join(dir, 'hybrid');
  await writeReleaseFolder('0.1.0', 'private-hybrid', hybrid);
  const h = await cli(['update', hybrid, '--no-terraform', '--json']);
  assert.equal(h.exitCode, 0, h.stderr);
  const v = terraformValidate(hybrid);
  assert.equal(v.valid, true, JSON.stringify(v.diagnostics));
});

toolTest('an API root that held the account baseline, updated with --no-account-baseline after the role moved to its own root: module.account is forgotten (removed, destroy = false), never destroyed; terraform validate accepts it', terraformSkip, {}, async () => {
  const { dir, api } = await generated(['--clients', 'regional', '--account-baseline']);
  const r = await update(dir, ['--no-account-baseline', '--json']);
  assert.equal(r.exitCode, 0, r.stderr);
  assert.ok(!existsSync(join(api, 'modules/account-baseline/main.tf')));
  assert.match(readFileSync(join(api, 'moved.tf'), 'utf8'), /removed \{\n {2}from = module\.account\n\n {2}lifecycle \{\n {4}destroy = false\n {2}\}\n\}/);
  assertNotOursIntact(api, NOT_OURS);
  rmSync(join(api, 'terraform.tfstate'));
  const validate = terraformValidate(api);
  assert.equal(validate.valid, true, JSON.stringify(validate.diagnostics));
});

test('a version 1 folder written by another build (its manifest is not what 0.1.0\'s templates render from its answers): today\'s render stands in as the base, and the report says so', async () => {
  const dir = tmp();
  const api = join(dir, 'api');
  await writeReleaseFolder('0.1.0', 'private', api);
  const file = join(api, '.create-api-endpoint.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  writeFileSync(file, JSON.stringify({ ...manifest, recommendation: { ...manifest.recommendation, reasons: ['an earlier build said this'] } }, null, 2));
  const r = await update(dir, ['--json', '--dry-run']);
  assert.equal(r.exitCode, 0, r.stderr);
  assert.match(JSON.parse(r.stdout).notes.join('\n'), /do not reproduce the manifest on disk .* differing lines are treated as yours/);
});

test('hostile version 1 folders end promptly with a message: answers no longer valid are never handed to the old renderer, and a FIFO or a folder where a file of the old layout was is never read', async () => {
  const dir = tmp();
  const api = join(dir, 'api');
  await writeReleaseFolder('0.1.0', 'edge', api);
  const file = join(api, '.create-api-endpoint.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  // 0.1.0's renderer trims trailing spaces with a regular expression that is quadratic on them.
  writeFileSync(file, JSON.stringify({ ...manifest, answers: { ...manifest.answers, description: `${' '.repeat(150_000)}x` } }));
  // In a process of its own, under a timeout: a hang must show as a failure, not block the suite.
  const hostile = await cliProcess(['update', 'api', '--no-terraform', '--no-cache', '--json'], { cwd: dir, timeout: 60_000 });
  assert.equal(hostile.exitCode, 2, hostile.stdout + hostile.stderr);
  assert.match(hostile.stderr, /description/);
  const again = await cliProcess(['--name', 'storefront-api', '--region', 'eu-west-1', '--clients', 'global', '--yes', '--no-terraform', '--no-cache', '--force', '--out', 'api'], { cwd: dir, timeout: 60_000 });
  assert.equal(again.timedOut, false, 'it ended');
  assert.ok([0, 3].includes(again.exitCode ?? -1), again.stdout + again.stderr);

  const fifoDir = tmp();
  const priv = join(fifoDir, 'api');
  await writeReleaseFolder('0.1.0', 'private', priv);
  rmSync(join(priv, 'modules/rest-api/network.tf'));
  spawnSync('mkfifo', [join(priv, 'modules/rest-api/network.tf')]);
  rmSync(join(priv, 'modules/rest-api/logging.tf'));
  mkdirSync(join(priv, 'modules/rest-api/logging.tf'));
  const r = await cliProcess(['update', 'api', '--no-terraform', '--no-cache', '--json'], { cwd: fifoDir, timeout: 60_000 });
  assert.equal(r.exitCode, 3, r.stdout + r.stderr);
  assert.match(r.stderr, /modules\/rest-api\/logging\.tf/);
  assert.ok(lstatSync(join(priv, 'modules/rest-api/network.tf')).isFIFO(), 'the FIFO is left alone');
});

test('update refuses to turn an API root into a baseline root (the API would be destroyed), naming the way that keeps it', async () => {
  const { dir, api } = await generated(['--clients', 'regional']);
  const before = readFileSync(join(api, 'main.tf'), 'utf8');
  const r = await update(dir, ['--account-baseline-only', '--json']);
  assert.equal(r.exitCode, 2, r.stdout + r.stderr);
  assert.match(r.stderr, /would turn the API root .* into a baseline root with no API \(--account-baseline-only\): the next apply would destroy the API/);
  assert.match(r.stderr, /Fix: generate the baseline in a folder of its own/);
  assert.equal(readFileSync(join(api, 'main.tf'), 'utf8'), before);
  assertNotOursIntact(api, NOT_OURS);
});

toolTest('a 0.1.0 private folder updated straight to --vpc-endpoint-id: the endpoint it created is forgotten (removed, destroy = false), never destroyed, and the report says it keeps running; terraform validate accepts it', terraformSkip, {}, async () => {
  const dir = tmp();
  const api = join(dir, 'api');
  await writeReleaseFolder('0.1.0', 'private', api);
  const r = await update(dir, ['--vpc-endpoint-id', 'vpce-0123456789abcdef0', '--json']);
  assert.equal(r.exitCode, 0, r.stderr);
  const moved = readFileSync(join(api, 'moved.tf'), 'utf8');
  for (const address of ['aws_vpc_endpoint.execute_api', 'aws_security_group.endpoint', 'aws_vpc_security_group_ingress_rule.endpoint_from_security_groups'])
    assert.ok(moved.includes(`removed {\n  from = module.api.${address}\n\n  lifecycle {\n    destroy = false\n  }\n}`), `${address}: ${moved}`);
  assert.equal(/^moved \{/m.exec(moved)?.[0], undefined, 'nothing to move to: no module.endpoint');
  assert.match(JSON.parse(r.stdout).notes.join('\n'), /forgotten, not destroyed .* keeps running outside Terraform/);
  const validate = terraformValidate(api);
  assert.equal(validate.valid, true, JSON.stringify(validate.diagnostics));
});
