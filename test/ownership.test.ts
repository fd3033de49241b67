// Never lose a user's file: the built CLI re-generating a folder after `terraform init`, a
// tfvars file, local state and the owner's own files — every path that writes into a folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { tmp, walk } from './helpers/cli.js';
import { cliInProcess as cli } from './helpers/in-process.js';
import { addNotOurs, assertNotOursIntact, type NotOurs } from './helpers/not-ours.js';

const NOT_OURS: NotOurs = [
  ['terraform.tfstate', '{"version": 4, "serial": 12}\n', 0o600],
  ['terraform.tfstate.backup', '{"version": 4, "serial": 11}\n', 0o600],
  ['terraform.tfvars', 'vpc_id = "vpc-0123456789abcdef0"\n', 0o640],
  ['prod.auto.tfvars', 'tags = {}\n', 0o644],
  ['.terraform.lock.hcl', '# provider hashes\n', 0o644],
  ['.terraform/providers/registry.terraform.io/hashicorp/aws/bin', '\x7fELF', 0o755],
  ['.git/HEAD', 'ref: refs/heads/main\n', 0o644],
  ['.git/objects/ab/cdef', 'blob', 0o444],
  ['extra.tf', '# the owner\'s own resources\nresource "null_resource" "x" {}\n', 0o644],
  ['modules/rest-api/custom.tf', '# the owner\'s file inside a generated module\n', 0o644],
];



const answers = new URL('../snapshots/private-cross-account-domain/answers.yaml', import.meta.url).pathname;

test('--from <dir> --force and --force re-generate only the files the tool wrote: state, tfvars, .terraform, lock, .git and own files survive byte for byte', async () => {
  const dir = tmp();
  const first = await cli(['--answers', answers, '--yes', '--no-terraform', '--out', 'api'], { cwd: dir });
  assert.equal(first.exitCode, 0, first.stderr);
  const api = join(dir, 'api');
  addNotOurs(api, NOT_OURS);

  // Same answers, then a changed answer (private DNS off: files change), then one that drops
  // the consumer module (its files are removed, the folder too once empty).
  for (const args of [['--from', 'api', '--force'], ['--from', 'api', '--force', '--no-private-dns'], ['--from', 'api', '--force', '--no-cross-account'], ['--answers', answers, '--yes', '--out', 'api', '--force']]) {
    const r = await cli([...args, '--no-terraform', '--json'], { cwd: dir });
    assert.equal(r.exitCode, 0, `${args.join(' ')}: ${r.stderr}`);
    assertNotOursIntact(api, NOT_OURS, args.join(' '));
    const report = JSON.parse(r.stdout);
    assert.equal(report.written, true);
    assert.ok(report.write, 'the report says what the write did');
  }
  // The consumer module was dropped, then came back with the last run.
  assert.ok(existsSync(join(api, 'modules/consumer/main.tf')));
  const dropped = await cli(['--from', 'api', '--force', '--no-cross-account', '--no-terraform', '--json'], { cwd: dir });
  assert.ok(JSON.parse(dropped.stdout).write.removed.includes('modules/consumer/main.tf'));
  assert.equal(existsSync(join(api, 'modules/consumer')), false, 'the emptied module folder goes too');
  assertNotOursIntact(api, NOT_OURS, 'after dropping the consumer module');
});

test('an owned file the owner edited is never replaced silently: exit 3 naming it, folder byte-identical; --replace takes it', async () => {
  const dir = tmp();
  await cli(['--yes', '--clients', 'internal', '--no-terraform', '--out', 'api'], { cwd: dir });
  const api = join(dir, 'api');
  addNotOurs(api, NOT_OURS);
  writeFileSync(join(api, 'modules/rest-api/main.tf'), readFileSync(join(api, 'modules/rest-api/main.tf'), 'utf8') + '# my tweak\n');
  const before = walk(api).map((f) => [f, readFileSync(f, 'utf8')]);
  const r = await cli(['--from', 'api', '--force', '--no-private-dns', '--no-terraform'], { cwd: dir });
  assert.equal(r.exitCode, 3);
  assert.match(r.stderr, /modules\/rest-api\/main\.tf was edited since create-api-endpoint wrote it/);
  assert.deepEqual(walk(api).map((f) => [f, readFileSync(f, 'utf8')]), before);

  const taken = await cli(['--from', 'api', '--force', '--no-private-dns', '--replace', 'modules/rest-api/main.tf', '--no-terraform'], { cwd: dir });
  assert.equal(taken.exitCode, 0, taken.stderr);
  assert.doesNotMatch(readFileSync(join(api, 'modules/rest-api/main.tf'), 'utf8'), /my tweak/);
  assertNotOursIntact(api, NOT_OURS, '--replace');
});

test('the home folder and / are refused whatever the flags (exit 3), and so is a regular file as --out', async () => {
  const home = tmp();
  writeFileSync(join(home, '.bashrc'), '# mine\n');
  for (const out of [home, '/']) {
    const r = await cli(['--yes', '--no-terraform', '--force', '--out', out], { env: { HOME: home } });
    assert.equal(r.exitCode, 3, r.stderr);
    assert.match(r.stderr, /never writes into, whatever the flags/);
    assert.doesNotMatch(r.stderr, /--force/, 'no advice to force it');
  }
  assert.deepEqual(readdirSync(home), ['.bashrc']);
  const file = join(home, '.bashrc');
  for (const force of [[], ['--force']]) {
    const r = await cli(['--yes', '--no-terraform', ...force, '--out', file], { env: { HOME: tmp() } });
    assert.equal(r.exitCode, 3);
    assert.match(r.stderr, /it is a file, not a folder/);
  }
  // A dry run writes nothing, so it refuses nothing; it says what the real run would refuse.
  const dry = await cli(['--yes', '--no-terraform', '--dry-run', '--out', file], { env: { HOME: tmp() } });
  assert.equal(dry.exitCode, 0, dry.stderr);
  assert.match(dry.stdout, /A real run would be refused \(exit 3\): Refusing to write into .*it is a file/);
});

test('an empty path is an error, never the current folder', async () => {
  for (const flag of ['--out', '--answers', '--from', '--preset']) {
    const r = await cli(['--yes', '--no-terraform', flag, '']);
    assert.equal(r.exitCode, 2, flag);
    assert.match(r.stderr, new RegExp(`${flag} needs a non-empty value`));
  }
});

test('a corrupt, foreign, hostile or newer manifest stops the run (exit 2) naming the file; nothing is written', async () => {
  const dir = tmp();
  await cli(['--yes', '--clients', 'internal', '--no-terraform', '--out', 'api'], { cwd: dir });
  const api = join(dir, 'api');
  const outside = join(dir, 'outside.tf');
  writeFileSync(outside, '# outside the folder\n');
  const hostile = JSON.stringify({ tool: 'create-api-endpoint', manifestVersion: 2, toolVersion: '0.1.0', answers: { name: 'x', clients: 'internal' }, files: [{ path: '../outside.tf', sha256: 'a'.repeat(64), base: gzipSync('x').toString('base64') }] });
  for (const [text, why] of [
    ['null', /not a JSON object/],
    ['{"tool": "create-api-endpoint", "answers"', /not valid JSON/],
    [hostile, /"\.\.\/outside\.tf" is not a normalised path/],
    ['{"tool":"create-api-endpoint","answers":{},"manifestVersion":3,"toolVersion":"2.0.0","files":[]}', /newer create-api-endpoint/],
  ] as const) {
    writeFileSync(join(api, '.create-api-endpoint.json'), text);
    const before = walk(api).map((f) => [f, readFileSync(f, 'utf8')]);
    for (const args of [['--from', 'api', '--force'], ['--yes', '--clients', 'internal', '--out', 'api', '--force']]) {
      const r = await cli([...args, '--no-terraform'], { cwd: dir });
      assert.equal(r.exitCode, 2, `${args.join(' ')} with ${text.slice(0, 30)}: ${r.stderr}`);
      assert.match(r.stderr, why);
      assert.match(r.stderr, /\.create-api-endpoint\.json/);
      assert.doesNotMatch(r.stderr, /internal error|at .*\.js:\d+/);
      assert.deepEqual(walk(api).map((f) => [f, readFileSync(f, 'utf8')]), before);
    }
  }
  assert.equal(readFileSync(outside, 'utf8'), '# outside the folder\n');
});

test('a version 1 manifest (written before ownership) is upgraded: its answers are rendered again to tell edits apart', async () => {
  const dir = tmp();
  await cli(['--yes', '--clients', 'internal', '--no-terraform', '--out', 'api'], { cwd: dir });
  const api = join(dir, 'api');
  const v2 = JSON.parse(readFileSync(join(api, '.create-api-endpoint.json'), 'utf8'));
  const v1 = { tool: 'create-api-endpoint', version: '0.1.0', answers: v2.answers, recommendation: v2.recommendation, files: [...v2.files.map((f: { path: string }) => f.path), '.create-api-endpoint.json'] };
  writeFileSync(join(api, '.create-api-endpoint.json'), JSON.stringify(v1, null, 2));
  addNotOurs(api, NOT_OURS);
  const r = await cli(['--from', 'api', '--force', '--no-private-dns', '--no-terraform', '--json'], { cwd: dir });
  assert.equal(r.exitCode, 0, r.stderr);
  const report = JSON.parse(r.stdout);
  assert.match(report.write.notes[0], /version 1 manifest .* rendered again/);
  assert.ok(report.write.replaced.includes('variables.tf'), 'unedited files are replaced');
  assert.equal(JSON.parse(readFileSync(join(api, '.create-api-endpoint.json'), 'utf8')).manifestVersion, 2);
  assertNotOursIntact(api, NOT_OURS, 'v1 upgrade');
});

test('two runs racing on one folder leave one complete result', async () => {
  const dir = tmp();
  const runs = await Promise.all([
    cli(['--yes', '--clients', 'internal', '--no-terraform', '--force', '--out', 'api', '--json'], { cwd: dir }),
    cli(['--yes', '--clients', 'global', '--no-terraform', '--force', '--out', 'api', '--json'], { cwd: dir }),
  ]);
  const codes = runs.map((r) => r.exitCode).sort();
  assert.ok(codes[0] === 0 && (codes[1] === 0 || codes[1] === 3), `exit codes ${codes.join(', ')}: ${runs.map((r) => r.stderr).join('\n')}`);
  // Whatever landed is whole: every file the manifest lists has the hash it records.
  const api = join(dir, 'api');
  const manifest = JSON.parse(readFileSync(join(api, '.create-api-endpoint.json'), 'utf8')) as { files: { path: string; sha256: string }[] };
  const { createHash } = await import('node:crypto');
  for (const f of manifest.files) assert.equal(createHash('sha256').update(readFileSync(join(api, f.path))).digest('hex'), f.sha256, f.path);
  assert.deepEqual(readdirSync(api).filter((n) => n.startsWith('.create-api-endpoint.') && n !== '.create-api-endpoint.json'), []);
});

test('folders left beside the target by an interrupted run of 0.1.0 are reported, never deleted', async () => {
  const dir = tmp();
  const old = join(dir, '.api.previous-123-abc');
  mkdirSync(old);
  writeFileSync(join(old, 'terraform.tfstate'), '{"serial": 1}\n');
  const r = await cli(['--yes', '--no-terraform', '--json', '--out', 'api'], { cwd: dir });
  assert.equal(r.exitCode, 0, r.stderr);
  assert.match(JSON.parse(r.stdout).write.notes.join('\n'), /\.api\.previous-123-abc was left by an interrupted run .* holds an older copy/);
  assert.equal(readFileSync(join(old, 'terraform.tfstate'), 'utf8'), '{"serial": 1}\n');
});
