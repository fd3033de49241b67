// The three-way merge of one owned file (git merge-file semantics), case by case.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeFile } from '../src/app/merge.js';
import { chunks } from '../src/app/merge-blocks.js';

const base = 'a\nb\nc\nd\ne\n';

test('unchanged by the owner: the new render replaces it; no longer generated: removed', () => {
  assert.deepEqual(mergeFile('f', base, base, 'a\nB\nc\nd\ne\n'), { path: 'f', status: 'updated', text: 'a\nB\nc\nd\ne\n', base: 'a\nB\nc\nd\ne\n' });
  assert.equal(mergeFile('f', base, base, base).status, 'unchanged');
  assert.equal(mergeFile('f', base, base, undefined).status, 'removed');
});

test('changed by the owner, the render unchanged there: the owner\'s version (kept, or merged with the render\'s other changes)', () => {
  const ours = 'a\nb\nc\nd\ne\nmine\n';
  assert.deepEqual(mergeFile('f', base, ours, base), { path: 'f', status: 'kept', text: ours, base });
  const merged = mergeFile('f', base, ours, 'A\nb\nc\nd\ne\n');
  assert.equal(merged.status, 'merged');
  assert.equal(merged.text, 'A\nb\nc\nd\ne\nmine\n');
  assert.equal(merged.base, 'A\nb\nc\nd\ne\n', 'the new base is the render');
});

test('both changed the same lines: a conflict with markers, nothing dropped, the old base kept and the render pending', () => {
  const c = mergeFile('f', base, 'a\nOURS\nc\nd\ne\n', 'a\nTHEIRS\nc\nd\ne\n');
  assert.equal(c.status, 'conflict');
  assert.equal(c.text, 'a\n<<<<<<< yours (on disk)\nOURS\n||||||| generated before (base)\nb\n=======\nTHEIRS\n>>>>>>> new render\nc\nd\ne\n');
  assert.equal(c.base, base);
  assert.equal(c.pending, 'a\nTHEIRS\nc\nd\ne\n');
  // Unresolved at the next update: left as it is. Resolved: the pending render is the base.
  assert.equal(mergeFile('f', base, c.text, 'a\nTHEIRS\nc\nd\ne\n', c.pending).text, c.text);
  assert.equal(mergeFile('f', base, 'a\nOURS\nc\nd\ne\n', 'a\nTHEIRS\nc\nd\ne\n', c.pending).status, 'kept');
});

test('rej style: the file keeps the owner\'s side of each conflicting region and the render\'s other changes; the .rej is the render\'s side as a patch; an unresolved .rej keeps the conflict open', async () => {
  const { applyPatch } = await import('diff');
  const ours = 'a\nOURS\nc\nd\ne\n';
  const theirs = 'a\nTHEIRS\nc\nd\nE\n';
  const r = mergeFile('f', base, ours, theirs, undefined, { style: 'rej' });
  assert.equal(r.status, 'conflict');
  assert.equal(r.text, 'a\nOURS\nc\nd\nE\n', 'your side where both changed, the render\'s change elsewhere');
  assert.equal(r.base, base);
  assert.equal(r.pending, theirs);
  assert.match(r.rej!, /^f: the new render and your edits changed the same lines \(1 conflicting region\)/);
  assert.equal(applyPatch(r.text!, r.rej!.slice(r.rej!.indexOf('--- '))), 'a\nTHEIRS\nc\nd\nE\n', 'the .rej applied gives the render\'s side');
  assert.match(r.detail!, /your side is kept in the file, the render's is in f\.rej/);
  // Next update: the .rej still there keeps it open; gone, the pending render is the base.
  assert.deepEqual(mergeFile('f', base, r.text, theirs, r.pending, { style: 'rej', rejOnDisk: true }), { path: 'f', status: 'conflict', text: r.text, base, pending: theirs, detail: 'still has f.rej from the last update: apply what you want of it, delete it, then run update again' });
  assert.equal(mergeFile('f', base, r.text, theirs, r.pending, { style: 'rej' }).status, 'kept');
  // A line of yours that looks like a marker (a Markdown heading's underline) stays yours.
  const md = mergeFile('n.md', 'h\nx\n', 'h\n=======\nmine\n', 'h\nrender\n', undefined, { style: 'rej' });
  assert.equal(md.text, 'h\n=======\nmine\n');
  assert.match(md.rej!, /^-=======\n-mine\n\+render$/m);
  assert.doesNotMatch(md.rej!, /\|\|\|\|\|\|\|/);
  // A .rej of yours where this one would go, with no conflict pending: marked inline instead, and said.
  const own = mergeFile('f', base, ours, theirs, undefined, { style: 'rej', rejOnDisk: true });
  assert.match(own.text!, /^<<<<<<< yours \(on disk\)$/m);
  assert.equal(own.rej, undefined);
  assert.match(own.detail!, /marked inline, because f\.rej \(a file of yours\) is where the \.rej would go/);
  assert.match(r.rej!, /patch -p0 -r - < f\.rej/);
});

test('a file the owner saved with Windows line endings is not an edit of every line: merged with the render, written back with \\r\\n', () => {
  const b = 'resource "x" "a" {\n  a = 1\n}\n\nresource "x" "b" {\n  a = 1\n}\n';
  const theirs = b.replace('a = 1', 'a = 2');
  const crlf = (t: string) => t.replace(/\n/g, '\r\n');
  const r = mergeFile('main.tf', b, crlf(b), theirs);
  assert.equal(r.status, 'merged', 'replaced on purpose: the bytes on disk are not the tool\'s');
  assert.equal(r.text, crlf(theirs));
  assert.equal(r.base, theirs, 'the base stays as rendered');
  const edited = mergeFile('main.tf', b, crlf(b + '# mine\n'), theirs);
  assert.equal(edited.status, 'merged');
  assert.equal(edited.text, crlf(theirs + '# mine\n'));
  assert.equal(mergeFile('main.tf', b, crlf(b), b).status, 'unchanged', 'nothing to do when the render did not change');
  const conflicted = mergeFile('main.tf', b, crlf(b.replace('a = 1', 'a = 9')), theirs, undefined, { style: 'rej' });
  assert.equal(conflicted.status, 'conflict');
  assert.equal(conflicted.text, crlf(b.replace('a = 1', 'a = 9')));
  assert.ok(!/[^\r]\n/.test(conflicted.text!), 'no mixed line endings');
  assert.match(conflicted.rej!, /patch -p0 --binary -r - < main\.tf\.rej/, 'GNU patch needs --binary for a CRLF file');
  assert.deepEqual(mergeFile('gone.tf', b, crlf(b), undefined).status, 'kept-edited', 'no longer generated, but not byte-for-byte the tool\'s: left to the owner, said');
});

test('a new file where the owner already has one: the same text is taken as it is; another is in the way (the writer refuses it, naming it)', () => {
  assert.deepEqual(mergeFile('f.tf', undefined, 'x\n', 'x\n'), { path: 'f.tf', status: 'unchanged', text: 'x\n', base: 'x\n' });
  assert.equal(mergeFile('f.tf', undefined, 'mine\n', 'x\n').detail, 'a file that the tool did not write is in the way');
});

test('deleted by the owner: stays deleted unless the render changed it; edited and no longer generated: kept; new: added', () => {
  assert.equal(mergeFile('f', base, undefined, base).status, 'deleted-by-owner');
  assert.equal(mergeFile('f', base, undefined, undefined).status, 'deleted-by-owner');
  assert.equal(mergeFile('f', base, undefined, 'x\n').status, 'conflict');
  assert.equal(mergeFile('f', base, 'edited\n', undefined).status, 'kept-edited');
  assert.deepEqual(mergeFile('f', undefined, undefined, 'new\n'), { path: 'f', status: 'added', text: 'new\n', base: 'new\n' });
});

// Terraform files merge by top-level block. Named scenarios, each a case an update meets.
const blk = (name: string, body = 'a = 1') => `resource "x" "${name}" {\n  ${body}\n}\n`;
const tf = (...parts: string[]) => parts.join('\n');
const SCENARIOS: { name: string; base: string; ours: string; theirs: string; want: string | RegExp; status: string }[] = [
  { name: 'an owner\'s line after the last block, the render removes that block', base: tf(blk('a'), blk('b')), ours: tf(blk('a'), blk('b')) + '# mine\n', theirs: blk('a'), want: blk('a') + '# mine\n', status: 'merged' },
  { name: 'an owner\'s block between two of ours, the render changes both of ours', base: tf(blk('a'), blk('b')), ours: tf(blk('a'), blk('mine', 'm = 1'), blk('b')), theirs: tf(blk('a', 'a = 2'), blk('b', 'a = 2')), want: tf(blk('a', 'a = 2'), blk('mine', 'm = 1'), blk('b', 'a = 2')), status: 'merged' },
  { name: 'a new block in the render lands after the block it follows there', base: tf(blk('a'), blk('c')), ours: tf(blk('a', 'a = 9'), blk('c')), theirs: tf(blk('a'), blk('b'), blk('c')), want: tf(blk('a', 'a = 9'), blk('b'), blk('c')), status: 'merged' },
  { name: 'the owner edited a block the render also edited, on other lines', base: 'resource "x" "a" {\n  a = 1\n  k = 1\n  b = 1\n}\n', ours: 'resource "x" "a" {\n  a = 2\n  k = 1\n  b = 1\n}\n', theirs: 'resource "x" "a" {\n  a = 1\n  k = 1\n  b = 2\n}\n', want: 'resource "x" "a" {\n  a = 2\n  k = 1\n  b = 2\n}\n', status: 'merged' },
  { name: 'the same line changed on both sides: markers inside that block only', base: tf(blk('a'), blk('b')), ours: tf(blk('a', 'a = 2'), blk('b', 'z = 1')), theirs: tf(blk('a', 'a = 3'), blk('b')), want: /resource "x" "a" \{\n<<<<<<< yours \(on disk\)\n {2}a = 2\n\|\|\|\|\|\|\| generated before \(base\)\n {2}a = 1\n=======\n {2}a = 3\n>>>>>>> new render\n\}\n\nresource "x" "b" \{\n {2}z = 1\n\}\n$/, status: 'conflict' },
  { name: 'the owner\'s comment above one of our blocks, the render changes that block', base: tf(blk('a'), blk('b')), ours: tf(blk('a'), '# why b exists\n' + blk('b')), theirs: tf(blk('a'), blk('b', 'a = 2')), want: tf(blk('a'), '# why b exists\n' + blk('b', 'a = 2')), status: 'merged' },
  { name: 'the owner deleted a block the render did not change: it stays deleted', base: tf(blk('a'), blk('b')), ours: blk('a'), theirs: tf(blk('a', 'a = 2'), blk('b')), want: blk('a', 'a = 2'), status: 'merged' },
  { name: 'the owner moved a block: the owner\'s order is kept', base: tf(blk('a'), blk('b')), ours: tf(blk('b'), blk('a')), theirs: tf(blk('a', 'a = 2'), blk('b')), want: tf(blk('b'), blk('a', 'a = 2')), status: 'merged' },
  { name: 'Unicode in the owner\'s text and the render\'s', base: tf(blk('a', 'd = "café"'), blk('b')), ours: tf(blk('a', 'd = "café ☕"'), blk('b')), theirs: tf(blk('a', 'd = "café"'), blk('b', 'e = "naïve"')), want: tf(blk('a', 'd = "café ☕"'), blk('b', 'e = "naïve"')), status: 'merged' },
  { name: 'a heredoc holding a closing brace at the start of a line', base: 'resource "x" "a" {\n  t = <<EOT\n}\nEOT\n}\n' + '\n' + blk('b'), ours: 'resource "x" "a" {\n  t = <<EOT\n}\nmine\nEOT\n}\n' + '\n' + blk('b'), theirs: 'resource "x" "a" {\n  t = <<EOT\n}\nEOT\n}\n' + '\n' + blk('b', 'a = 2'), want: 'resource "x" "a" {\n  t = <<EOT\n}\nmine\nEOT\n}\n' + '\n' + blk('b', 'a = 2'), status: 'merged' },
  { name: 'two locals blocks told apart by their order', base: 'locals {\n  a = 1\n}\n\nlocals {\n  b = 1\n}\n', ours: 'locals {\n  a = 1\n  mine = 1\n}\n\nlocals {\n  b = 1\n}\n', theirs: 'locals {\n  a = 1\n}\n\nlocals {\n  b = 2\n}\n', want: 'locals {\n  a = 1\n  mine = 1\n}\n\nlocals {\n  b = 2\n}\n', status: 'merged' },
  { name: 'whitespace-only edits by the owner in one block, a change by the render in another', base: tf(blk('a'), blk('b')), ours: tf('resource "x" "a" {\n  a   = 1\n}\n', blk('b')), theirs: tf(blk('a'), blk('b', 'a = 2')), want: tf('resource "x" "a" {\n  a   = 1\n}\n', blk('b', 'a = 2')), status: 'merged' },
  { name: 'the render removes a block the owner edited: kept, and said', base: tf(blk('a'), blk('b')), ours: tf(blk('a'), blk('b', 'a = 5')), theirs: blk('a', 'a = 2'), want: tf(blk('a', 'a = 2'), blk('b', 'a = 5')), status: 'merged' },
];

for (const s of SCENARIOS)
  test(`block merge: ${s.name}`, () => {
    const r = mergeFile('main.tf', s.base, s.ours, s.theirs);
    assert.equal(r.status, s.status, r.text);
    if (typeof s.want === 'string') assert.equal(r.text, s.want);
    else assert.match(r.text!, s.want);
  });

test('block merge: a file that is not a sequence of blocks (a top-level attribute) is merged by line, as before; non-.tf files by line', () => {
  const r = mergeFile('x.tfvars', 'a = 1\nk = 1\nb = 1\n', 'a = 2\nk = 1\nb = 1\n', 'a = 1\nk = 1\nb = 2\n');
  assert.equal(r.text, 'a = 2\nk = 1\nb = 2\n');
  const odd = mergeFile('main.tf', 'a = 1\n' + blk('b'), 'a = 2\n' + blk('b'), 'a = 1\n' + blk('b', 'a = 2'));
  assert.equal(odd.status, 'merged');
  assert.equal(odd.text, 'a = 2\n' + blk('b', 'a = 2'));
  assert.ok(chunks(tf(blk('a'), blk('b'))));
  assert.equal(chunks('a = 1\n'), undefined);
});

test('block merge: splitting into blocks and joining them back gives the text, for every generated .tf file', async () => {
  const { readFileSync } = await import('node:fs');
  const { walk } = await import('./helpers/cli.js');
  const files = walk(new URL('../snapshots', import.meta.url).pathname).filter((f) => f.endsWith('.tf'));
  assert.ok(files.length > 100);
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    const c = chunks(text);
    assert.ok(c, f);
    assert.equal(c.map((x) => x.text).join('\n'), text, f);
  }
});
