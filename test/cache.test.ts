// The parse/format cache: hits skip the tool, anything unreadable is a miss, nothing fails a run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultCacheDir, withCache } from '../src/hcl/cache.js';
import type { HclTools } from '../src/hcl/tools.js';
import { tmp } from './helpers/cli.js';

function recorder() {
  const calls: string[] = [];
  const tools: HclTools = {
    parse: async (file, text) => (calls.push(`parse ${file}`), { resource: { text } }),
    format: async (text) => (calls.push('format'), text.replace(/ +/g, ' ')),
  };
  return { calls, tools };
}
const V = { parse: '0.21.0', format: '0.21.0' };

test('a second identical call is answered from disk without the tool; other text or file name is a miss', async () => {
  const dir = tmp();
  const { calls, tools } = recorder();
  const a = withCache(tools, dir, V);
  assert.equal(await a.format('a  = 1\n'), 'a = 1\n');
  assert.deepEqual(await a.parse('main.tf', 'x = 1'), { resource: { text: 'x = 1' } });
  await a.flush();
  // A new process (a new wrapper) over the same folder.
  const b = withCache(tools, dir, V);
  assert.equal(await b.format('a  = 1\n'), 'a = 1\n');
  assert.deepEqual(await b.parse('main.tf', 'x = 1'), { resource: { text: 'x = 1' } });
  assert.deepEqual(calls, ['format', 'parse main.tf']);
  await b.parse('other.tf', 'x = 1');
  await b.format('b  = 2\n');
  assert.deepEqual(calls, ['format', 'parse main.tf', 'parse other.tf', 'format']);
});

test('another tool version uses another folder', async () => {
  const dir = tmp();
  const { calls, tools } = recorder();
  const [one, other] = [withCache(tools, dir, V), withCache(tools, dir, { ...V, format: '0.22.0' })];
  await one.format('a = 1\n');
  await other.format('a = 1\n');
  await Promise.all([one.flush(), other.flush()]);
  assert.equal(calls.length, 2);
  assert.equal(readdirSync(dir).length, 2);
});

test('a corrupt entry is a miss and is replaced; an unwritable cache still answers', async () => {
  const dir = tmp();
  const { calls, tools } = recorder();
  const first = withCache(tools, dir, V);
  await first.format('a = 1\n');
  await first.flush();
  const [folder] = readdirSync(dir);
  const [entry] = readdirSync(join(dir, folder!));
  writeFileSync(join(dir, folder!, entry!), '{"value": 4');
  const second = withCache(tools, dir, V);
  assert.equal(await second.format('a = 1\n'), 'a = 1\n');
  await second.flush();
  assert.equal(calls.length, 2);
  assert.equal(await withCache(tools, dir, V).format('a = 1\n'), 'a = 1\n');
  assert.equal(calls.length, 2, 'the replaced entry is a hit');

  const file = join(tmp(), 'not-a-folder');
  writeFileSync(file, '');
  const unwritable = withCache(tools, file, V);
  assert.equal(await unwritable.format('c  = 3\n'), 'c = 3\n');
  await unwritable.flush();
});

test('the folder stays bounded: past the limit the oldest entries go', async () => {
  const dir = tmp();
  const { tools } = recorder();
  for (let i = 0; i < 10; i++) {
    const run = withCache(tools, dir, V, 8);
    await run.format(`v = ${i}\n`);
    await run.flush();
  }
  const [folder] = readdirSync(dir);
  const left = readdirSync(join(dir, folder!)).length;
  assert.ok(left <= 9 && left >= 6, `${left} entries left`);
});

test('the cache lives under $XDG_CACHE_HOME, else ~/.cache', () => {
  assert.equal(defaultCacheDir({ XDG_CACHE_HOME: '/x' }), join('/x', 'create-api-endpoint'));
  assert.match(defaultCacheDir({}), /\.cache[/\\]create-api-endpoint$/);
});

test('answers are returned before they are stored, and stored by flush', async () => {
  const dir = tmp();
  const { tools } = recorder();
  const run = withCache(tools, dir, V);
  await Promise.all([run.format('a  = 1\n'), run.format('b  = 2\n'), run.parse('main.tf', 'x = 1')]);
  await run.flush();
  const [folder] = readdirSync(dir);
  const entries = readdirSync(join(dir, folder!));
  assert.equal(entries.filter((e) => e.endsWith('.json')).length, 3);
  assert.deepEqual(entries.filter((e) => e.endsWith('.tmp')), [], 'no temporary file is left');
});
