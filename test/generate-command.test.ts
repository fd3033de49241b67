import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmp, walk } from './helpers/cli.js';
import { cliInProcess as cli } from './helpers/in-process.js';

test('the pipeline example writes a checked PRIVATE module set', async () => {
  const dir = tmp();
  const r = await cli(['--yes', '--clients', 'internal', '--hybrid', '--onprem-cidrs', '10.20.0.0/16', '--out', 'infra/api', '--no-terraform'], { cwd: dir });
  assert.equal(r.exitCode, 0, r.stderr);
  assert.match(r.stdout, /Endpoint type: PRIVATE \(recommended\)/);
  assert.match(r.stdout, /--hybrid: on-premises callers \(10\.20\.0\.0\/16\)/);
  const out = join(dir, 'infra/api');
  for (const f of ['main.tf', 'modules/vpc-endpoint/resolver.tf', 'modules/vpc-endpoint/main.tf', 'modules/rest-api/policy.tf', 'TROUBLESHOOTING.md', '.create-api-endpoint.json']) assert.ok(existsSync(join(out, f)), f);
  const manifest = JSON.parse(readFileSync(join(out, '.create-api-endpoint.json'), 'utf8'));
  assert.equal(manifest.recommendation.endpointType, 'PRIVATE');
  assert.equal(manifest.answers['onprem-cidrs'][0], '10.20.0.0/16');
  assert.equal(manifest.manifestVersion, 2);
  assert.equal(manifest.toolVersion, JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version);
  // No staging or backup folders are left beside the output.
  assert.deepEqual(readdirSync(join(dir, 'infra')), ['api']);
});

for (const [clients, extra, type] of [
  ['global', [], 'EDGE'],
  ['regional', [], 'REGIONAL'],
  ['internal', [], 'PRIVATE'],
] as const) {
  test(`--json for --clients ${clients} reports ${type} and every check`, async () => {
    const dir = tmp();
    const r = await cli(['--yes', '--clients', clients, ...extra, '--json', '--out', join(dir, 'o'), '--no-terraform']);
    assert.equal(r.exitCode, 0, r.stderr);
    const report = JSON.parse(r.stdout);
    assert.equal(report.endpointType, type);
    assert.equal(report.recommendation.endpointType, type);
    assert.equal(report.written, true);
    assert.deepEqual(report.checks.map((c: { name: string }) => c.name), ['parse', 'schema', 'references', 'format', 'security']);
    assert.ok(report.checks.every((c: { status: string; findings: unknown[] }) => c.status === 'pass' && c.findings.length === 0));
    assert.ok(report.files.includes('modules/rest-api/main.tf'));
    // Human text goes to stderr in --json mode.
    assert.match(r.stderr, new RegExp(`Endpoint type: ${type}`));
  });
}

test('--dry-run computes everything and writes nothing', async () => {
  const dir = tmp();
  const r = await cli(['--yes', '--dry-run', '--out', join(dir, 'o'), '--no-terraform']);
  assert.equal(r.exitCode, 0, r.stderr);
  assert.match(r.stdout, /Dry run: would write \d+ files/);
  assert.match(r.stdout, /modules\/rest-api\/waf\.tf/);
  assert.equal(existsSync(join(dir, 'o')), false);
});

test('an invalid value exits 2 naming the flag, the value and what is allowed', async () => {
  const r = await cli(['--yes', '--clients', 'everyone', '--dry-run']);
  assert.equal(r.exitCode, 2);
  assert.match(r.stderr, /--clients: "everyone" is not allowed; choose one of global, regional, internal\./);
  const cidr = await cli(['--yes', '--clients', 'internal', '--hybrid', '--onprem-cidrs', '10.20.0.0/16,0.0.0.0/0', '--dry-run']);
  assert.equal(cidr.exitCode, 2);
  assert.match(cidr.stderr, /--onprem-cidrs: "0\.0\.0\.0\/0" allows the whole internet/);
});

test('an unknown flag exits 2 with a suggestion', async () => {
  const r = await cli(['--yes', '--client', 'internal']);
  assert.equal(r.exitCode, 2);
  assert.match(r.stderr, /Unknown option --client\. Did you mean "--clients"\?/);
});

test('run options that contradict each other exit 2 and say which to drop', async () => {
  const both = await cli(['--interactive', '--json']);
  assert.equal(both.exitCode, 2);
  assert.match(both.stderr, /--json is for pipelines and the wizard prints no report; drop --interactive, or drop --json\./);
  const tf = await cli(['--yes', '--require-terraform', '--no-terraform']);
  assert.equal(tf.exitCode, 2);
  assert.match(tf.stderr, /--require-terraform and --no-terraform contradict each other/);
});

test('without a TTY and without --yes, missing answers exit 2 with one line per flag', async () => {
  const r = await cli(['--dry-run']);
  assert.equal(r.exitCode, 2);
  assert.match(r.stderr, /missing answer for --name <name>/);
  assert.match(r.stderr, /missing answer for --clients <global\|regional\|internal>/);
  const hybrid = await cli(['--yes', '--clients', 'internal', '--hybrid', '--dry-run']);
  assert.equal(hybrid.exitCode, 2);
  assert.match(hybrid.stderr, /missing answer for --onprem-cidrs <cidr,...>/);
});

test('contradicting answers are explained, not silently resolved', async () => {
  const r = await cli(['--yes', '--clients', 'global', '--compliance', '--dry-run']);
  assert.equal(r.exitCode, 2);
  assert.match(r.stderr, /--compliance conflicts with --clients global/);
  assert.match(r.stderr, /Fix: --clients internal/);
  const na = await cli(['--yes', '--clients', 'internal', '--own-cdn', '--dry-run']);
  assert.equal(na.exitCode, 2);
  assert.match(na.stderr, /--own-cdn applies only to public clients/);
});

test('answers file: YAML keys as in the catalog, flags override, bad keys are named', async () => {
  const dir = tmp();
  writeFileSync(join(dir, 'a.yaml'), 'name: from-file\nclients: internal\n');
  const r = await cli(['--answers', join(dir, 'a.yaml'), '--name', 'from-flag', '--yes', '--json', '--dry-run', '--no-terraform']);
  assert.equal(r.exitCode, 0, r.stderr);
  const report = JSON.parse(r.stdout);
  assert.equal(report.name, 'from-flag');
  assert.equal(report.endpointType, 'PRIVATE');

  writeFileSync(join(dir, 'bad.yaml'), 'clinets: internal\n');
  const bad = await cli(['--answers', join(dir, 'bad.yaml'), '--yes', '--dry-run']);
  assert.equal(bad.exitCode, 2);
  assert.match(bad.stderr, /bad\.yaml: unknown key "clinets"\. Did you mean "clients"\?/);

  writeFileSync(join(dir, 'num.yaml'), 'clients: internal\ncross-account: true\nconsumer-accounts: [111122223333]\n');
  const num = await cli(['--answers', join(dir, 'num.yaml'), '--yes', '--dry-run']);
  assert.equal(num.exitCode, 2);
  assert.match(num.stderr, /key "consumer-accounts".*quote each value/);

  writeFileSync(join(dir, 'broken.yaml'), 'name: [unclosed\n');
  const broken = await cli(['--answers', join(dir, 'broken.yaml'), '--yes', '--dry-run']);
  assert.equal(broken.exitCode, 2);
  assert.match(broken.stderr, /broken\.yaml(:\d+)?: not valid YAML/);
});

test('a non-empty folder is refused (exit 3, byte-identical); --force adds beside it but never replaces a file it did not write; --replace names the one to replace', async () => {
  const dir = tmp();
  const out = join(dir, 'o');
  mkdirSync(out);
  writeFileSync(join(out, 'main.tf'), '# mine\n');
  writeFileSync(join(out, 'terraform.tfstate'), '{"serial": 3}\n');
  const r = await cli(['--yes', '--out', out, '--no-terraform']);
  assert.equal(r.exitCode, 3);
  assert.match(r.stderr, /Refusing to write into .*it exists and is not empty/);
  assert.equal(readFileSync(join(out, 'main.tf'), 'utf8'), '# mine\n');
  assert.deepEqual(readdirSync(out).sort(), ['main.tf', 'terraform.tfstate']);

  const forced = await cli(['--yes', '--out', out, '--force', '--no-terraform']);
  assert.equal(forced.exitCode, 3, forced.stderr);
  assert.match(forced.stderr, /main\.tf exists and was not written by create-api-endpoint/);
  assert.deepEqual(readdirSync(out).sort(), ['main.tf', 'terraform.tfstate'], 'nothing is added when a file is in the way');

  const replaced = await cli(['--yes', '--out', out, '--force', '--replace', 'main.tf', '--no-terraform']);
  assert.equal(replaced.exitCode, 0, replaced.stderr);
  assert.match(readFileSync(join(out, 'main.tf'), 'utf8'), /module "api"/);
  assert.equal(readFileSync(join(out, 'terraform.tfstate'), 'utf8'), '{"serial": 3}\n');
  assert.deepEqual(readdirSync(dir), ['o']);

  const notOurs = await cli(['--yes', '--out', out, '--force', '--replace', 'terraform.tfstate', '--no-terraform']);
  assert.equal(notOurs.exitCode, 2);
  assert.match(notOurs.stderr, /--replace terraform\.tfstate: this run writes no such file/);
});

test('terraform validate: reported as skip with a reason, and --require-terraform turns that into exit 1', async () => {
  const dir = tmp();
  // A terraform whose init fails the way a mirror without the right provider version does.
  const fake = join(dir, 'terraform');
  writeFileSync(fake, '#!/bin/sh\necho "Error: Failed to query available provider packages" >&2\necho "" >&2\necho "no available releases match the given constraints ~> 6.66" >&2\nexit 1\n');
  chmodSync(fake, 0o755);
  const r = await cli(['--yes', '--json', '--dry-run', '--terraform', fake]);
  const report = JSON.parse(r.stdout);
  const tf = report.checks.find((c: { name: string }) => c.name === 'terraform validate');
  assert.equal(tf.status, 'skip');
  assert.equal(tf.reason, 'terraform init failed: Error: Failed to query available provider packages — no available releases match the given constraints ~> 6.66');
  assert.equal(r.exitCode, 0);

  const strict = await cli(['--yes', '--json', '--dry-run', '--require-terraform', '--terraform', fake]);
  assert.equal(strict.exitCode, 1);
  const tf2 = JSON.parse(strict.stdout).checks.find((c: { name: string }) => c.name === 'terraform validate');
  assert.equal(tf2.status, 'fail');
});

test('--help lists every catalog flag and the exit codes; --version prints the version', async () => {
  const help = await cli(['--help']);
  assert.equal(help.exitCode, 0);
  const expected = readFileSync(new URL('../snapshots/help.txt', import.meta.url), 'utf8');
  assert.equal(help.stdout, expected, 'help changed: refresh snapshots/help.txt with npm run snapshots:update');
  const options = readFileSync(new URL('../docs/options.md', import.meta.url), 'utf8');
  assert.ok(options.includes('```text\n' + expected + '```'), 'docs/options.md must show the current --help verbatim: run npm run docs');
  const version = await cli(['--version']);
  assert.equal(version.stdout.trim(), JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version);
});

test('the flag path never loads Ink or React: they sit in chunks only the wizard imports', async () => {
  const dir = tmp();
  const r = await cli(['--yes', '--dry-run', '--no-terraform'], { cwd: dir });
  assert.equal(r.exitCode, 0);
  // Walk the static imports of the bundle from its entry; esbuild marks bundled code with
  // "// node_modules/<package>/..." comments.
  const dist = new URL('../dist/', import.meta.url);
  const read = (f: string) => readFileSync(new URL(f, dist), 'utf8');
  const staticImports = (text: string) => [...text.matchAll(/^(?:import|export)\s[^;]*?["']\.\/([^"']+)["']/gms)].map((m) => m[1]!);
  const seen = new Set<string>();
  const queue = ['cli.js'];
  while (queue.length) {
    const f = queue.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    queue.push(...staticImports(read(f)));
  }
  for (const f of seen) assert.doesNotMatch(read(f), /\/\/ node_modules\/(ink|react|@inkjs)\//, `${f} is loaded on the flag path and holds Ink or React`);
  const all = readdirSync(dist).filter((f) => f.endsWith('.js'));
  assert.ok(all.some((f) => !seen.has(f) && /\/\/ node_modules\/ink\//.test(read(f))), 'Ink is bundled in a lazily loaded chunk');
});

test('a second identical run answers from the cache and writes the same files; --no-cache leaves no cache', async () => {
  const cache = tmp();
  const dir = tmp();
  const args = ['--yes', '--clients', 'internal', '--no-terraform', '--json'];
  const first = await cli([...args, '--out', 'one'], { cwd: dir, env: { XDG_CACHE_HOME: cache } });
  assert.equal(first.exitCode, 0, first.stderr);
  const entries = readdirSync(join(cache, 'create-api-endpoint', readdirSync(join(cache, 'create-api-endpoint'))[0]!));
  assert.ok(entries.length > 5, `${entries.length} cache entries`);
  const second = await cli([...args, '--out', 'two'], { cwd: dir, env: { XDG_CACHE_HOME: cache } });
  assert.equal(second.exitCode, 0, second.stderr);
  const a = JSON.parse(first.stdout);
  const b = JSON.parse(second.stdout);
  assert.deepEqual(b.checks.map((c: { name: string; status: string; findings: unknown[] }) => [c.name, c.status, c.findings]), a.checks.map((c: { name: string; status: string; findings: unknown[] }) => [c.name, c.status, c.findings]));
  for (const f of a.files as string[]) assert.equal(readFileSync(join(dir, 'two', f), 'utf8'), readFileSync(join(dir, 'one', f), 'utf8'), f);

  const none = tmp();
  const third = await cli([...args, '--no-cache', '--out', 'three'], { cwd: dir, env: { XDG_CACHE_HOME: none } });
  assert.equal(third.exitCode, 0, third.stderr);
  assert.deepEqual(readdirSync(none), []);
});

test('--from re-generates a folder from its manifest: same files, flags override, --force needed to replace', async () => {
  const dir = tmp();
  const first = await cli(['--answers', new URL('../snapshots/private-cross-account-domain/answers.yaml', import.meta.url).pathname, '--yes', '--no-terraform', '--out', 'api'], { cwd: dir });
  assert.equal(first.exitCode, 0, first.stderr);
  const before = walk(join(dir, 'api')).map((f) => [f, readFileSync(f, 'utf8')]);

  const refused = await cli(['--from', 'api', '--no-terraform'], { cwd: dir });
  assert.equal(refused.exitCode, 3, 'the folder is not empty: replacing it takes --force');

  const again = await cli(['--from', 'api', '--no-terraform', '--force'], { cwd: dir });
  assert.equal(again.exitCode, 0, again.stderr);
  assert.deepEqual(walk(join(dir, 'api')).map((f) => [f, readFileSync(f, 'utf8')]), before, 'same answers, same files');

  const changed = await cli(['--from', 'api', '--no-private-dns', '--no-terraform', '--json', '--out', 'api-no-dns'], { cwd: dir });
  assert.equal(changed.exitCode, 0, changed.stderr);
  const manifest = JSON.parse(readFileSync(join(dir, 'api-no-dns', '.create-api-endpoint.json'), 'utf8'));
  assert.equal(manifest.answers['private-dns'], false, 'the flag overrides the recorded answer');
  assert.equal(manifest.answers.name, 'ledger-api', 'the rest comes from the manifest');

  const none = await cli(['--from', 'nowhere'], { cwd: dir });
  assert.equal(none.exitCode, 2);
  assert.match(none.stderr, /--from nowhere: no \.create-api-endpoint\.json there/);
});

test('--json with an override: recommendation.endpointType is what the rules recommend, endpointType what was generated', async () => {
  const r = await cli(['--yes', '--clients', 'internal', '--endpoint-type', 'regional', '--json', '--dry-run', '--no-terraform']);
  assert.equal(r.exitCode, 0, r.stderr);
  const report = JSON.parse(r.stdout);
  assert.equal(report.endpointType, 'REGIONAL');
  assert.equal(report.recommendation.endpointType, 'PRIVATE');
  assert.equal(report.recommendation.recommended, 'PRIVATE');
  assert.equal(report.recommendation.overridden, true);
});

test('a poisoned cache entry never reaches the output: the final text is checked against the checked text (exit 1, nothing written)', async () => {
  const cache = tmp();
  const dir = tmp();
  const args = ['--yes', '--clients', 'internal', '--no-terraform', '--json'];
  const first = await cli([...args, '--out', 'one'], { cwd: dir, env: { XDG_CACHE_HOME: cache } });
  assert.equal(first.exitCode, 0, first.stderr);
  const folder = join(cache, 'create-api-endpoint', readdirSync(join(cache, 'create-api-endpoint'))[0]!);
  let poisoned = 0;
  for (const entry of readdirSync(folder)) {
    const doc = JSON.parse(readFileSync(join(folder, entry), 'utf8')) as { value: unknown };
    if (typeof doc.value === 'string' && doc.value.includes('resource "aws_api_gateway_rest_api" "this"')) {
      doc.value += '\nresource "aws_iam_user" "backdoor" {\n  name = "backdoor"\n}\n';
      writeFileSync(join(folder, entry), JSON.stringify(doc));
      poisoned++;
    }
  }
  assert.equal(poisoned, 1, 'the formatted main.tf of the module is in the cache');
  const second = await cli([...args, '--out', 'two'], { cwd: dir, env: { XDG_CACHE_HOME: cache } });
  assert.equal(second.exitCode, 1, second.stderr);
  const format = JSON.parse(second.stdout).checks.find((c: { name: string }) => c.name === 'format');
  assert.match(format.findings[0].message, /differs from the checked text beyond whitespace/);
  assert.equal(existsSync(join(dir, 'two')), false);
});

test('switches given a value are explained with forms that exist; --yes with --interactive is a contradiction', async () => {
  const yes = await cli(['--yes=true']);
  assert.equal(yes.exitCode, 2);
  assert.match(yes.stderr, /--yes is a switch and takes no value; give --yes alone, or leave it out\./);
  assert.doesNotMatch(yes.stderr, /--no-yes/);
  const waf = await cli(['--waf=false']);
  assert.match(waf.stderr, /use --waf or --no-waf/);
  const both = await cli(['--yes', '--interactive']);
  assert.equal(both.exitCode, 2);
  assert.match(both.stderr, /--yes takes defaults instead of asking and --interactive asks/);
});

test('in a pipeline (no terminal) each check prints a progress line on stderr as it ends, so a log is never silent; stdout stays the report', async () => {
  const r = await cli(['--yes', '--dry-run', '--json', '--no-terraform']);
  assert.equal(r.exitCode, 0, r.stderr);
  assert.doesNotThrow(() => JSON.parse(r.stdout));
  for (const check of ['parse', 'schema', 'references', 'format', 'security']) assert.match(r.stderr, new RegExp(`^check: ${check} pass \\(\\d+ ms\\)$`, 'm'));
  assert.ok(r.stderr.indexOf('check: parse') < r.stderr.indexOf('Endpoint type:'), 'progress comes before the report');
});

test('--account-baseline-only writes the account\'s logging role and setting as a root of its own: no API, no inputs to fill, its own README and report; an API or network answer with it is refused (exit 2)', async () => {
  const dir = tmp();
  const r = await cli(['--account-baseline-only', '--name', 'platform-account', '--region', 'eu-west-1', '--yes', '--no-terraform', '--out', 'account'], { cwd: dir });
  assert.equal(r.exitCode, 0, r.stderr);
  assert.match(r.stdout, /^Account baseline: the API Gateway CloudWatch logging role/);
  assert.equal(/Endpoint type:|Why:|terraform\.tfvars\.example/.exec(r.stdout)?.[0], undefined);
  const out = join(dir, 'account');
  const files = walk(out).map((f) => f.slice(out.length + 1)).sort();
  assert.deepEqual(files.filter((f) => f.startsWith('modules/')).map((f) => f.split('/')[1]), ['account-baseline', 'account-baseline', 'account-baseline', 'account-baseline']);
  assert.ok(!files.includes('terraform.tfvars.example') && !files.includes('TROUBLESHOOTING.md'), files.join(', '));
  const main = readFileSync(join(out, 'main.tf'), 'utf8');
  assert.match(main, /^# platform-account API Gateway account baseline\n/);
  assert.match(main, /module "account" \{\n {2}source = "\.\/modules\/account-baseline"/);
  assert.equal(/module "(api|endpoint)"/.exec(main)?.[0], undefined);
  assert.match(readFileSync(join(out, 'modules/account-baseline/main.tf'), 'utf8'), /prevent_destroy = true/);
  assert.match(readFileSync(join(out, 'README.md'), 'utf8'), /update <api folder> --no-account-baseline/);

  for (const extra of [['--network-baseline', '--clients', 'internal'], ['--openapi', 'openapi.yaml'], ['--clients', 'internal', '--vpc-id', 'vpc-0a1b2c3d4e5f60718']]) {
    const refused = await cli(['--account-baseline-only', '--name', 'platform-account', '--region', 'eu-west-1', '--yes', '--no-terraform', ...extra, '--out', 'refused'], { cwd: dir });
    assert.equal(refused.exitCode, 2, `${extra.join(' ')}: ${refused.stdout}${refused.stderr}`);
    assert.match(refused.stderr, /--account-baseline-only conflicts with .*\n\s+Fix: drop/, extra.join(' '));
    assert.ok(!existsSync(join(dir, 'refused')));
  }
});
