// Hostile and broken input ends promptly with a clear message and exit 2 or 3 — never a stack
// trace, never a hang, never a write.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, tmp } from './helpers/cli.js';

const noTrace = (stderr: string) => assert.doesNotMatch(stderr, /internal error|\n\s+at .+:\d+:\d+/, stderr);

test('answers files: a FIFO, a folder, a huge file, deep nesting, a YAML alias bomb, duplicate JSON keys', async () => {
  const dir = tmp();
  const fifo = join(dir, 'answers.yaml');
  execFileSync('mkfifo', [fifo]);
  writeFileSync(join(dir, 'big.yaml'), `name: ${'x'.repeat(2 * 1024 * 1024)}\n`);
  writeFileSync(join(dir, 'deep.json'), `{"name": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`);
  const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`), 'name: *i'];
  writeFileSync(join(dir, 'bomb.yaml'), bomb.join('\n') + '\n');
  writeFileSync(join(dir, 'dup.json'), '{\n  "clients": "internal",\n  "clients": "global"\n}\n');
  for (const [file, why] of [
    [fifo, /not a regular file \(a pipe, socket or device\)/],
    [dir, /not a regular file \(a folder\)/],
    [join(dir, 'big.yaml'), /far too large/],
    [join(dir, 'deep.json'), /nested more than 16 levels/],
    [join(dir, 'bomb.yaml'), /more than 10000 values/],
    [join(dir, 'dup.json'), /dup\.json:3: duplicated key "clients"/],
  ] as const) {
    for (const flag of ['--answers', '--preset']) {
      const r = await cli([flag, file, '--yes', '--no-terraform', '--out', join(dir, 'out')], { timeout: 30_000 });
      assert.equal(r.timedOut, false, `${file} hung`);
      assert.equal(r.exitCode, 2, `${flag} ${file}: ${r.stderr}`);
      // A folder given as a preset is read as a preset folder (its preset.yaml): the error says so.
      assert.match(r.stderr, flag === '--preset' && file === dir ? /has no preset\.yaml, preset\.yml, preset\.json/ : why);
      noTrace(r.stderr);
    }
  }
  assert.equal(existsSync(join(dir, 'out')), false);
});

test('output folders that cannot be written: a path through a file, a dangling link, a read-only file system — exit 3 with the reason', async () => {
  const dir = tmp();
  writeFileSync(join(dir, 'a-file'), 'x');
  symlinkSync(join(dir, 'nowhere'), join(dir, 'dangling'));
  const cases: [string, RegExp][] = [
    [join(dir, 'a-file', 'sub'), /a part of the path is a file|is a file/],
    [join(dir, 'dangling'), /Could not write into|is a file|exists/],
  ];
  // /proc is a read-only place for new folders on Linux, even for root.
  if (existsSync('/proc/self')) cases.push(['/proc/create-api-endpoint-test', /Could not write into/]);
  for (const [out, why] of cases) {
    const r = await cli(['--yes', '--no-terraform', '--out', out]);
    assert.equal(r.exitCode, 3, `${out}: ${r.stderr}`);
    assert.match(r.stderr, why);
    noTrace(r.stderr);
  }
  assert.deepEqual(readdirSync(dir).sort(), ['a-file', 'dangling']);
});

test('a template overlay with a symbolic link loop is bad input (exit 2), not an internal error', async () => {
  const dir = tmp();
  const overlay = join(dir, 'overlay');
  mkdirSync(join(overlay, 'module'), { recursive: true });
  symlinkSync('loop', join(overlay, 'loop'));
  const r = await cli(['--yes', '--dry-run', '--no-terraform', '--templates', overlay]);
  assert.equal(r.exitCode, 2, r.stderr);
  assert.match(r.stderr, /--templates .*cannot read .*loop/);
  noTrace(r.stderr);
});

test('stdout on a full device: a clear message and exit 3, not an unhandled error event', { skip: existsSync('/dev/full') ? false : 'no /dev/full here' }, async () => {
  const { spawnSync } = await import('node:child_process');
  const { openSync, closeSync } = await import('node:fs');
  const { BIN } = await import('./helpers/cli.js');
  // The child's own stdout is the full device (not a pipe the test drains).
  const full = openSync('/dev/full', 'w');
  const r = spawnSync(process.execPath, [BIN, '--help'], { stdio: ['ignore', full, 'pipe'], encoding: 'utf8', timeout: 30_000 });
  closeSync(full);
  assert.equal(r.status, 3, r.stderr);
  assert.match(r.stderr, /could not write the output to stdout: no space left on the device \(ENOSPC\)/);
  noTrace(r.stderr);
});
