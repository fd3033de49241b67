// Writing is all or nothing: an interrupted write leaves the target as it was.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execa } from 'execa';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmp } from './helpers/cli.js';

const child = join(import.meta.dirname, 'helpers', 'interrupted-write.ts');

test('SIGINT during a write removes the staging folder and leaves an existing target untouched', async () => {
  const parent = tmp();
  const target = join(parent, 'api');
  mkdirSync(target);
  writeFileSync(join(target, 'main.tf'), '# mine\n');
  const r = await execa(process.execPath, ['--import', 'tsx', child, target], { reject: false });
  assert.equal(r.stdout, '', 'the write must still be running when interrupted (make the tree larger if this fails)');
  assert.equal(r.exitCode, 130);
  assert.deepEqual(readdirSync(parent), ['api'], 'no staging or backup folder left beside the target');
  assert.deepEqual(readdirSync(target), ['main.tf']);
  assert.equal(readFileSync(join(target, 'main.tf'), 'utf8'), '# mine\n');
});

test('SIGINT during a write into a new folder leaves nothing', async () => {
  const parent = tmp();
  const r = await execa(process.execPath, ['--import', 'tsx', child, join(parent, 'api')], { reject: false });
  assert.equal(r.exitCode, 130);
  assert.deepEqual(readdirSync(parent), []);
});
