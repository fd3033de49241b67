// The writer changes only files the tool owns, and a write that is interrupted — by a signal
// or by SIGKILL — leaves the old owned files or the new ones, with every other file intact.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execa } from 'execa';
import { existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { tmp, walk } from './helpers/cli.js';
import { addNotOurs, assertNotOursIntact, type NotOurs } from './helpers/not-ours.js';
import { generation, ownedOf } from './helpers/write-fixture.js';
import { forbiddenTarget, LOCK, writeOwned, isWriterTemp } from '../src/write/write-owned.js';
import { decideWrites } from '../src/write/plan-writes.js';
import { RefusedOverwriteError } from '../src/core/errors.js';
import { ownablePathProblem, parseManifest, ManifestError } from '../src/manifest/manifest.js';
import type { FileTree } from '../src/core/types.js';

const child = join(import.meta.dirname, 'helpers', 'interrupted-write.ts');

/** Files the tool never owns, with unusual modes: each must come through byte for byte, mode for mode. */
const NOT_OURS: NotOurs = [
  ['terraform.tfstate', '{"version": 4, "serial": 7}\n', 0o600],
  ['terraform.tfvars', 'vpc_id = "vpc-0123456789abcdef0"\n', 0o640],
  ['.terraform.lock.hcl', '# lock\n', 0o644],
  ['.terraform/providers/marker', 'provider\n', 0o755],
  ['.git/HEAD', 'ref: refs/heads/main\n', 0o644],
  ['mine.tf', '# the owner\'s own file\n', 0o600],
];



/** The folder's files other than NOT_OURS, as path → text. */
function ownedOnDisk(dir: string): Map<string, string> {
  const skip = new Set(NOT_OURS.map(([p]) => p));
  return new Map(
    walk(dir)
      .map((f) => relative(dir, f))
      .filter((p) => !skip.has(p))
      .sort()
      .map((p) => [p, readFileSync(join(dir, p), 'utf8')]),
  );
}

const sorted = (t: FileTree) => new Map([...t].sort(([a], [b]) => (a < b ? -1 : 1)));

async function firstGeneration(): Promise<string> {
  const dir = join(tmp(), 'api');
  await writeOwned({ target: dir, files: generation(1), owned: null, manifestSha: null, force: false });
  addNotOurs(dir, NOT_OURS);
  return dir;
}

test('decideWrites: adds where nothing is, replaces and removes owned unedited files, refuses the rest', () => {
  const d = decideWrites({
    wanted: new Map([['new.tf', 'n'], ['owned.tf', 'o2'], ['edited.tf', 'e2'], ['theirs.tf', 't2'], ['same.tf', 's'], ['dir.tf', 'd'], ['allowed.tf', 'a2']]),
    owned: new Map([['owned.tf', 'o1'], ['edited.tf', 'e1'], ['gone.tf', 'g1'], ['gone-edited.tf', 'x1'], ['same.tf', 's']]),
    disk: new Map([
      ['owned.tf', { kind: 'file', sha256: 'o1' }],
      ['edited.tf', { kind: 'file', sha256: 'e-owner' }],
      ['theirs.tf', { kind: 'file', sha256: 't-owner' }],
      ['same.tf', { kind: 'file', sha256: 's' }],
      ['dir.tf', { kind: 'other' }],
      ['allowed.tf', { kind: 'file', sha256: 'a-owner' }],
      ['gone.tf', { kind: 'file', sha256: 'g1' }],
      ['gone-edited.tf', { kind: 'file', sha256: 'x-owner' }],
    ]),
    replace: new Set(['allowed.tf']),
  });
  assert.deepEqual(d.ops, [
    { kind: 'add', path: 'new.tf' },
    { kind: 'replace', path: 'owned.tf' },
    { kind: 'replace', path: 'allowed.tf' },
    { kind: 'remove', path: 'gone.tf' },
  ]);
  assert.deepEqual(d.same, ['same.tf']);
  assert.deepEqual(d.conflicts, [
    { path: 'edited.tf', reason: 'edited' },
    { path: 'theirs.tf', reason: 'not-owned' },
    { path: 'dir.tf', reason: 'not-a-file' },
  ]);
  assert.deepEqual(d.keptEdited, ['gone-edited.tf']);
});

test('a manifest can own only plain paths inside the folder, never state, tfvars, lock files, .git or .terraform', () => {
  for (const bad of ['../outside.tf', '/etc/passwd', 'a/../../b.tf', './main.tf', 'a//b.tf', 'terraform.tfstate', 'prod.tfvars', '.terraform.lock.hcl', '.git/config', 'x/.terraform/y', 'C:/x.tf', '.create-api-endpoint.json'])
    assert.ok(ownablePathProblem(bad), `${bad} must not be ownable`);
  for (const good of ['main.tf', 'modules/rest-api/main.tf', 'README.md', 'terraform.tfvars.example']) assert.equal(ownablePathProblem(good), undefined, good);
  const evil = JSON.stringify({ tool: 'create-api-endpoint', manifestVersion: 2, toolVersion: '0.1.0', answers: {}, files: [{ path: '../outside.tf', sha256: 'a'.repeat(64), base: '' }] });
  assert.throws(() => parseManifest(evil), (e: Error) => e instanceof ManifestError && /"\.\.\/outside\.tf" is not a normalised path/.test(e.message));
  for (const [text, why] of [['null', /not a JSON object/], ['[]', /not a JSON object/], ['{"tool":"other"}', /not written by create-api-endpoint/], ['{"tool":"create-api-endpoint","answers":{},"manifestVersion":99,"toolVersion":"9.0.0"}', /newer create-api-endpoint/], ['{', /not valid JSON/]] as const)
    assert.throws(() => parseManifest(text), why);
});

test('a second generation replaces and removes owned files, adds new ones, and touches nothing else', async () => {
  const dir = await firstGeneration();
  // f3 is generated only in generation 1: the owner's edit keeps it (no longer owned).
  writeFileSync(join(dir, 'modules/m3/f3.tf'), '# edited by the owner\n');
  const outcome = await writeOwned({ target: dir, files: generation(2), force: true, ...ownedOf(dir) });
  assert.equal(outcome.added.length, 10);
  assert.equal(outcome.removed.length, 9);
  assert.deepEqual(outcome.keptEdited, ['modules/m3/f3.tf']);
  assert.equal(outcome.replaced.length, 292); // 290 shared files, main.tf, the manifest
  assert.deepEqual(ownedOnDisk(dir), sorted(new Map([...generation(2), ['modules/m3/f3.tf', '# edited by the owner\n']])));
  assertNotOursIntact(dir, NOT_OURS);
  assert.deepEqual(readdirSync(dir).filter(isWriterTemp), [], 'no lock, journal or staging folder left');
});

test('without --force a non-empty folder is refused; with it an unowned file in the way or an edited owned file is refused, byte-identical', async () => {
  const dir = join(tmp(), 'api');
  mkdirSync(dir);
  writeFileSync(join(dir, 'main.tf'), '# mine\n');
  await assert.rejects(writeOwned({ target: dir, files: generation(1), owned: null, manifestSha: null, force: false }), (e: Error) => e instanceof RefusedOverwriteError && e.kind === 'non-empty');
  await assert.rejects(writeOwned({ target: dir, files: generation(1), owned: null, manifestSha: null, force: true }), (e: Error) => e instanceof RefusedOverwriteError && /main\.tf exists and was not written by create-api-endpoint/.test(e.message));
  assert.deepEqual(readdirSync(dir), ['main.tf'], 'nothing added when anything is refused');
  // Named with --replace, that one file is replaced and the rest added.
  await writeOwned({ target: dir, files: generation(1), owned: null, manifestSha: null, force: true, replace: new Set(['main.tf']) });
  assert.equal(readFileSync(join(dir, 'main.tf'), 'utf8'), '# main, generation 1\n');

  addNotOurs(dir, NOT_OURS);
  writeFileSync(join(dir, 'modules/m13/f13.tf'), '# edited by the owner\n');
  const before = ownedOnDisk(dir);
  await assert.rejects(writeOwned({ target: dir, files: generation(2), force: true, ...ownedOf(dir) }), (e: Error) => /modules\/m13\/f13\.tf was edited since create-api-endpoint wrote it/.test(e.message));
  assert.deepEqual(ownedOnDisk(dir), before);
  assertNotOursIntact(dir, NOT_OURS);
});

test('a generated file behind a symbolic link is refused, never written through', async () => {
  const dir = await firstGeneration();
  const elsewhere = tmp();
  symlinkSync(elsewhere, join(dir, 'modules', 'm99'));
  const files = new Map([...generation(2), ['modules/m99/new.tf', '# new\n']]);
  await assert.rejects(writeOwned({ target: dir, files, force: true, ...ownedOf(dir) }), /modules\/m99\/new\.tf is a folder or a link/);
  assert.deepEqual(readdirSync(elsewhere), []);
});

test('the file-system root and the home folder (and folders above it) are refused whatever the flags', async () => {
  const home = join(tmp(), 'home', 'me');
  mkdirSync(home, { recursive: true });
  assert.match(forbiddenTarget('/', { HOME: home })!, /root/);
  assert.match(forbiddenTarget(home, { HOME: home })!, /home folder/);
  assert.match(forbiddenTarget(join(home, '..'), { HOME: home })!, /holds your home folder/);
  assert.equal(forbiddenTarget(join(home, 'infra'), { HOME: home }), undefined);
  await assert.rejects(writeOwned({ target: '/', files: generation(1), owned: null, manifestSha: null, force: true }), (e: Error) => e instanceof RefusedOverwriteError && e.kind === 'forbidden');
});

test('a lock held by a live process refuses the write; one left by a dead process is taken over', async () => {
  const dir = await firstGeneration();
  writeFileSync(join(dir, LOCK), JSON.stringify({ pid: process.pid }));
  // Our own pid counts as ours; use the parent's, which is alive.
  writeFileSync(join(dir, LOCK), JSON.stringify({ pid: process.ppid }));
  await assert.rejects(writeOwned({ target: dir, files: generation(2), force: true, ...ownedOf(dir) }), (e: Error) => e instanceof RefusedOverwriteError && e.kind === 'locked');
  const dead = await execa(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  writeFileSync(join(dir, LOCK), JSON.stringify({ pid: Number(dead.stdout) }));
  await writeOwned({ target: dir, files: generation(2), force: true, ...ownedOf(dir) });
  assert.deepEqual(ownedOnDisk(dir), sorted(generation(2)));
  assert.equal(existsSync(join(dir, LOCK)), false);
});

for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
  test(`${signal} in the middle of moving files puts the old owned files back and leaves everything else intact`, async () => {
    const dir = await firstGeneration();
    const r = await execa(process.execPath, ['--import', 'tsx', child, dir, signal], { reject: false });
    assert.equal(r.stdout, '', 'interrupted before the write finished');
    assert.equal(r.exitCode, code, r.stderr);
    assert.match(r.stderr, /interrupted while writing into .*: every file was put back as it was\./);
    assert.deepEqual(ownedOnDisk(dir), sorted(generation(1)));
    assertNotOursIntact(dir, NOT_OURS);
    assert.deepEqual(readdirSync(dir).filter(isWriterTemp), []);
  });
}

test('SIGKILL in the middle of moving files: every file is old or new, others intact, and the next run rolls back first', async () => {
  const dir = await firstGeneration();
  const old = generation(1);
  const next = generation(2);
  const run = execa(process.execPath, ['--import', 'tsx', child, dir, 'kill'], { reject: false });
  // Wait for the condition (five files moved), not for a time.
  await new Promise<void>((resolve, reject) => {
    run.stdout!.on('data', (d: Buffer) => d.toString().includes('moved') && resolve());
    void run.then(() => reject(new Error('the child ended before it was killed')));
  });
  run.kill('SIGKILL');
  await run;
  assertNotOursIntact(dir, NOT_OURS);
  const mixed = ownedOnDisk(dir);
  let fromNew = 0;
  for (const [path, text] of mixed) {
    if (path.startsWith('.create-api-endpoint.')) continue; // the journal, the lock, the staging folder
    assert.ok(text === old.get(path) || text === next.get(path), `${path} is neither the old nor the new text`);
    if (text !== old.get(path)) fromNew++;
  }
  assert.ok(fromNew > 0, 'the kill landed mid-write');
  // The next run (any write into the folder) rolls the interrupted one back before it starts.
  const outcome = await writeOwned({ target: dir, files: old, force: true, ...ownedOf(dir) });
  assert.ok(outcome.recovered && outcome.recovered.restored >= 5, JSON.stringify(outcome.recovered));
  assert.deepEqual(ownedOnDisk(dir), sorted(old));
  assertNotOursIntact(dir, NOT_OURS);
  assert.deepEqual(readdirSync(dir).filter(isWriterTemp), []);
});
