// The file guarantees against a hostile or surprising folder: a planted rollback journal, a
// link to the home folder as --out, a folder of the owner's named like a staging folder, a
// manifest that claims the owner's own file, a folder holding another API, a manifest whose
// stored bases are not what the tool wrote. Each case failed before the fix it names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { tmp } from './helpers/cli.js';
import { run } from './helpers/in-process.js';
import { forbiddenTarget } from '../src/write/write-owned.js';

const sha = (s: string | Buffer) => createHash('sha256').update(s).digest('hex');
const JOURNAL = '.create-api-endpoint.journal';
const MANIFEST = '.create-api-endpoint.json';
const STATE = '{"version": 4, "serial": 7}\n';

async function generated(args: string[] = []): Promise<string> {
  const dir = join(tmp(), 'api');
  const r = await run(['--yes', '--clients', 'internal', '--name', 'orders', '--no-terraform', '--out', dir, ...args]);
  assert.equal(r.code, 0, r.stderr);
  writeFileSync(join(dir, 'terraform.tfstate'), STATE);
  return dir;
}

/** A re-generation of the folder (--from --force), which first looks for a journal to roll back. */
const regenerate = (dir: string, extra: string[] = []) => run(['--from', dir, '--force', '--no-terraform', ...extra]);

function plantJournal(dir: string, journal: object, staged: Record<string, string>, stagingName = '.create-api-endpoint.staging-4242-0badf00d'): string {
  const staging = join(dir, stagingName);
  for (const [path, text] of Object.entries(staged)) {
    mkdirSync(join(staging, path, '..'), { recursive: true });
    writeFileSync(join(staging, path), text);
  }
  writeFileSync(join(dir, JOURNAL), JSON.stringify(journal));
  return staging;
}

const v2 = (ops: object[], staging = '.create-api-endpoint.staging-4242-0badf00d') => ({ tool: 'create-api-endpoint', journal: 2, pid: 4242, staging, ops });

test('a planted journal that would put a staged file over terraform.tfstate is refused (exit 3, naming it); the state survives', async () => {
  const dir = await generated();
  // The shape an earlier release wrote, as the report found it: trusted then, renamed over the state.
  const staging = plantJournal(dir, { pid: 4242, staging: '.create-api-endpoint.staging-4242-0badf00d', ops: [{ kind: 'replace', path: 'terraform.tfstate' }] }, { 'old/terraform.tfstate': '{"serial":0}\n' });
  let r = await regenerate(dir);
  assert.equal(r.code, 3, r.stderr);
  assert.match(r.stderr, /\.create-api-endpoint\.journal: it is not a version 2 journal/);
  assert.equal(readFileSync(join(dir, 'terraform.tfstate'), 'utf8'), STATE);
  assert.ok(existsSync(join(staging, 'old/terraform.tfstate')), 'the planted staging folder is left for the owner to look at');
  // A journal of the current shape naming the state file is refused by the path rules.
  plantJournal(dir, v2([{ kind: 'replace', path: 'terraform.tfstate', sha256: sha(STATE), oldSha256: sha('{"serial":0}\n') }]), {});
  r = await regenerate(dir);
  assert.equal(r.code, 3);
  assert.match(r.stderr, /ops\[0\]\.path "terraform\.tfstate" is a state, lock or variables file/);
  assert.equal(readFileSync(join(dir, 'terraform.tfstate'), 'utf8'), STATE);
});

test('a journal whose staging folder is a link, or whose path runs through a link, is refused; nothing outside the folder is written or deleted', async () => {
  const dir = await generated();
  const outside = tmp();
  mkdirSync(join(outside, 'old'));
  writeFileSync(join(outside, 'old', 'main.tf'), '# planted\n');
  writeFileSync(join(outside, 'keep.txt'), 'keep\n');
  const main = readFileSync(join(dir, 'main.tf'), 'utf8');
  symlinkSync(outside, join(dir, '.create-api-endpoint.staging-4242-0badf00d'));
  writeFileSync(join(dir, JOURNAL), JSON.stringify(v2([{ kind: 'replace', path: 'main.tf', sha256: sha(main), oldSha256: sha('# planted\n') }])));
  let r = await regenerate(dir);
  assert.equal(r.code, 3, r.stderr);
  assert.match(r.stderr, /staging folder .* is not a real folder/);
  assert.equal(readFileSync(join(dir, 'main.tf'), 'utf8'), main);
  assert.deepEqual(readdirSync(outside).sort(), ['keep.txt', 'old']);
  assert.equal(readFileSync(join(outside, 'old', 'main.tf'), 'utf8'), '# planted\n');

  // An "added" file behind a linked folder: removing it would delete outside the folder.
  const dir2 = await generated();
  writeFileSync(join(outside, 'victim.tf'), '# outside\n');
  symlinkSync(outside, join(dir2, 'linked'));
  plantJournal(dir2, v2([{ kind: 'add', path: 'linked/victim.tf', sha256: sha('# outside\n') }]), { 'keep-me': '' });
  r = await regenerate(dir2);
  assert.equal(r.code, 3, r.stderr);
  assert.match(r.stderr, /linked\/victim\.tf is a folder or a link/);
  assert.equal(readFileSync(join(outside, 'victim.tf'), 'utf8'), '# outside\n');
});

test('a journal is acted on only when the folder is as the interrupted run left it: a changed file or a wrong saved copy is refused', async () => {
  const dir = await generated();
  const main = readFileSync(join(dir, 'main.tf'), 'utf8');
  // The saved copy is not what the journal says was moved aside.
  plantJournal(dir, v2([{ kind: 'replace', path: 'main.tf', sha256: sha(main), oldSha256: sha('# the real old text\n') }]), { 'old/main.tf': '# something else\n' });
  let r = await regenerate(dir);
  assert.equal(r.code, 3);
  assert.match(r.stderr, /saved copy of main\.tf .* is not the file that was moved aside/);
  // The file in place is neither the old nor the new text: the owner changed it since.
  plantJournal(dir, v2([{ kind: 'replace', path: 'main.tf', sha256: sha('# what the run wrote\n'), oldSha256: sha('# old\n') }]), { 'old/main.tf': '# old\n' });
  r = await regenerate(dir);
  assert.equal(r.code, 3);
  assert.match(r.stderr, /main\.tf changed since the interrupted run/);
  assert.equal(readFileSync(join(dir, 'main.tf'), 'utf8'), main);
});

test('a journal that matches the folder is rolled back, and only what it names is removed from its staging folder', async () => {
  const dir = await generated();
  const main = readFileSync(join(dir, 'main.tf'), 'utf8');
  const moved = '# what the interrupted run moved in\n';
  writeFileSync(join(dir, 'main.tf'), moved);
  writeFileSync(join(dir, 'modules', 'rest-api', 'extra.tf'), '# added by the run\n');
  const staging = plantJournal(
    dir,
    v2([
      { kind: 'replace', path: 'main.tf', sha256: sha(moved), oldSha256: sha(main) },
      { kind: 'add', path: 'modules/rest-api/extra.tf', sha256: sha('# added by the run\n') },
    ]),
    { 'old/main.tf': main, 'notes-of-mine.txt': 'not the tool\'s\n' },
  );
  const r = await regenerate(dir, ['--json']);
  assert.equal(r.code, 0, r.stderr);
  const report = JSON.parse(r.stdout);
  assert.equal(report.write.recovered.restored, 2);
  assert.equal(readFileSync(join(dir, 'main.tf'), 'utf8'), main);
  assert.equal(existsSync(join(dir, 'modules', 'rest-api', 'extra.tf')), false);
  assert.equal(existsSync(join(dir, JOURNAL)), false);
  // Something the tool did not put there stays, and is said.
  assert.equal(readFileSync(join(staging, 'notes-of-mine.txt'), 'utf8'), 'not the tool\'s\n');
  assert.ok(report.write.notes.some((n: string) => n.includes('was not emptied')), JSON.stringify(report.write.notes));
});

test("the owner's folders named like staging folders are never deleted; one no journal names is said, not removed", async () => {
  const dir = await generated();
  for (const name of ['.create-api-endpoint.staging-photos', '.create-api-endpoint.staging-1234-abcdef12']) {
    mkdirSync(join(dir, name));
    writeFileSync(join(dir, name, 'precious.txt'), 'mine\n');
  }
  const r = await regenerate(dir, ['--json']);
  assert.equal(r.code, 0, r.stderr);
  for (const name of ['.create-api-endpoint.staging-photos', '.create-api-endpoint.staging-1234-abcdef12']) assert.equal(readFileSync(join(dir, name, 'precious.txt'), 'utf8'), 'mine\n');
  assert.ok(JSON.parse(r.stdout).write.notes.some((n: string) => n.includes('staging-1234-abcdef12') && n.includes('no journal names it')));
});

test('--out given as a link to the home folder (or to /) is refused like the folder itself', async () => {
  const base = tmp();
  const home = join(base, 'home');
  mkdirSync(home);
  symlinkSync(home, join(base, 'link-to-home'));
  symlinkSync('/', join(base, 'link-to-root'));
  assert.match(forbiddenTarget(join(base, 'link-to-home'), { HOME: home })!, /your home folder/);
  assert.match(forbiddenTarget(join(base, 'link-to-root'), { HOME: home })!, /root of the file system/);
  assert.match(forbiddenTarget(join(base, 'link-to-home', '..'), { HOME: join(home, 'me') }) ?? '', /^$|holds your home/);
  for (const link of ['link-to-home', 'link-to-root']) {
    const r = await run(['--yes', '--no-terraform', '--force', '--out', join(base, link)], { HOME: home });
    assert.equal(r.code, 3, r.stderr);
    assert.match(r.stderr, /never writes into/);
  }
  assert.deepEqual(readdirSync(home), []);
});

test("a manifest claiming one of the owner's files (with its real hash and text) cannot make a re-generation delete it", async () => {
  const dir = await generated();
  const mine = 'resource "null_resource" "mine" {}\n';
  writeFileSync(join(dir, 'mine.tf'), mine);
  const manifest = JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8'));
  manifest.files.push({ path: 'mine.tf', sha256: sha(mine), base: gzipSync(mine).toString('base64') });
  writeFileSync(join(dir, MANIFEST), JSON.stringify(manifest, null, 2));
  const r = await regenerate(dir, ['--json']);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(readFileSync(join(dir, 'mine.tf'), 'utf8'), mine);
  const report = JSON.parse(r.stdout);
  assert.ok(report.write.notes.some((n: string) => n.includes('mine.tf is listed in') && n.includes('not a file create-api-endpoint generates')), JSON.stringify(report.write.notes));
  // From now on the manifest no longer claims it.
  assert.equal(JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')).files.some((f: { path: string }) => f.path === 'mine.tf'), false);
});

test('generate --force into a folder holding another API (name or endpoint type) is refused, saying what it holds; --replace-api is the explicit intent', async () => {
  const dir = await generated();
  const before = readFileSync(join(dir, 'main.tf'), 'utf8');
  for (const [args, what] of [
    [['--name', 'payments', '--clients', 'internal'], /holds the API "orders" \(PRIVATE\).*generates "payments" \(PRIVATE\): with terraform\.tfstate there, the next terraform apply destroys "orders"/s],
    [['--name', 'orders', '--clients', 'global'], /generates "orders" \(EDGE\).*changes the endpoint of "orders" \(PRIVATE\) to EDGE/s],
  ] as const) {
    const r = await run(['--yes', '--no-terraform', '--force', '--out', dir, ...args]);
    assert.equal(r.code, 3, r.stderr);
    assert.match(r.stderr, what);
    assert.match(r.stderr, /create-api-endpoint update .* --replace-api/s);
    assert.equal(readFileSync(join(dir, 'main.tf'), 'utf8'), before);
  }
  // The same API again is a plain re-generation.
  assert.equal((await run(['--yes', '--no-terraform', '--force', '--out', dir, '--name', 'orders', '--clients', 'internal'])).code, 0);
  // A dry run writes nothing and refuses nothing.
  assert.equal((await run(['--yes', '--no-terraform', '--dry-run', '--out', dir, '--name', 'payments'])).code, 0);
  const r = await run(['--yes', '--no-terraform', '--force', '--replace-api', '--out', dir, '--name', 'payments', '--clients', 'global']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(readFileSync(join(dir, 'main.tf'), 'utf8'), /payments/);
  assert.equal(readFileSync(join(dir, 'terraform.tfstate'), 'utf8'), STATE);
  assert.equal((await run(['--yes', '--no-terraform', '--replace-api', '--out', dir])).code, 2, '--replace-api without --force is bad input');
});

test('update on a manifest whose stored base is not gzip, cut short, or a gzip bomb: exit 2 naming the file and the entry, no stack trace', async () => {
  const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024, 'a')).toString('base64');
  const cases: [string, RegExp][] = [
    [Buffer.from('plain text, not gzip').toString('base64'), /files\[0\]\.base \(versions\.tf\) is not gzip data/],
    [gzipSync('# a generated file\n'.repeat(200)).subarray(0, 40).toString('base64'), /files\[0\]\.base \(versions\.tf\) is cut short/],
    [bomb, /files\[0\]\.base \(versions\.tf\) inflates to more than 8 MB/],
  ];
  for (const [base, why] of cases) {
    const dir = await generated();
    const manifest = JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8'));
    assert.equal(manifest.files[0].path, 'versions.tf');
    manifest.files[0].base = base;
    writeFileSync(join(dir, MANIFEST), JSON.stringify(manifest));
    const r = await run(['update', dir, '--no-terraform']);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, new RegExp(`${MANIFEST.replace(/\./g, '\\.')}: `));
    assert.match(r.stderr, why);
    assert.doesNotMatch(r.stderr, /internal error|\n\s+at /);
  }
});
