// The three-way merge of one owned file (git merge-file semantics), case by case.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeFile } from '../src/app/merge.js';

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

test('deleted by the owner: stays deleted unless the render changed it; edited and no longer generated: kept; new: added', () => {
  assert.equal(mergeFile('f', base, undefined, base).status, 'deleted-by-owner');
  assert.equal(mergeFile('f', base, undefined, undefined).status, 'deleted-by-owner');
  assert.equal(mergeFile('f', base, undefined, 'x\n').status, 'conflict');
  assert.equal(mergeFile('f', base, 'edited\n', undefined).status, 'kept-edited');
  assert.deepEqual(mergeFile('f', undefined, undefined, 'new\n'), { path: 'f', status: 'added', text: 'new\n', base: 'new\n' });
});
