// What needs a process of its own, run as the built CLI (helpers/cli.ts): a FIFO that must
// not hang the run, and template overlays changed between runs (a process reads its overlay
// folders once). The rest of the CLI's behaviour is tested in process (helpers/in-process.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, cli as cliProcess, tmp } from './helpers/cli.js';

// In a process of its own: a FIFO must not hang the run (a timeout ends it).
test('bad input exits 2 with a message: a missing folder, a file, no .tf files, unparsable HCL (file and line), a FIFO', async () => {
  const dir = tmp();
  const missing = await cliProcess(['check', join(dir, 'nope')]);
  assert.equal(missing.exitCode, 2);
  assert.match(missing.stderr, /no such folder/);
  writeFileSync(join(dir, 'a.txt'), 'x');
  // A file stands for its folder (a changed file in CI or pre-commit): here one without Terraform.
  const file = await cliProcess(['check', join(dir, 'a.txt')]);
  assert.equal(file.exitCode, 2);
  assert.match(file.stderr, /no \.tf or \.tf\.json files there/);
  const empty = await cliProcess(['check', dir]);
  assert.equal(empty.exitCode, 2);
  assert.match(empty.stderr, /no \.tf or \.tf\.json files there/);
  writeFileSync(join(dir, 'main.tf'), 'resource "aws_s3_bucket" "b" {\n  bucket = \n}\n');
  const broken = await cliProcess(['check', dir]);
  assert.equal(broken.exitCode, 2);
  assert.match(broken.stderr, /main\.tf:2: /);
  const fifoDir = tmp();
  writeFileSync(join(fifoDir, 'main.tf'), 'terraform {}\n');
  execFileSync('mkfifo', [join(fifoDir, 'pipe.tf')]);
  const fifo = await cliProcess(['check', fifoDir], { timeout: 30_000 });
  assert.equal(fifo.timedOut, false);
  assert.equal(fifo.exitCode, 2);
  assert.match(fifo.stderr, /pipe\.tf: not a regular file/);
  const unknown = await cliProcess(['check', '--sarif']);
  assert.equal(unknown.exitCode, 2);
  assert.match(unknown.stderr, /unknown option --sarif/);
});

// In a process of its own: a process reads its overlay folders once, and this test changes them between runs.
test('--templates: an overlay replaces a built-in template by name and its output is checked like ours', async () => {
  const dir = tmp();
  const overlay = join(dir, 'overlay');
  mkdirSync(join(overlay, 'module'), { recursive: true });
  const shipped = readFileSync(new URL('../templates/module/integration-mock.hbs', import.meta.url), 'utf8');
  // A platform team's house rule: mock integrations time out fast.
  writeFileSync(join(overlay, 'module', 'integration-mock.hbs'), shipped.replace('  type        = "MOCK"\n', '  type        = "MOCK"\n  timeout_milliseconds = 5000\n'));
  const ok = await cliProcess(['--yes', '--no-terraform', '--json', '--templates', overlay, '--out', 'api'], { cwd: dir });
  assert.equal(ok.exitCode, 0, ok.stderr);
  assert.match(readFileSync(join(dir, 'api', 'modules', 'rest-api', 'main.tf'), 'utf8'), /timeout_milliseconds = 5000/);
  // Formatted like ours: the overlay's misaligned `=` came out aligned, with a template-drift warning.
  const format = JSON.parse(ok.stdout).checks.find((c: { name: string }) => c.name === 'format');
  assert.equal(format.findings[0].severity, 'warning');

  // A typo in an argument the overlay adds fails the schema check: exit 1, nothing written.
  writeFileSync(join(overlay, 'module', 'integration-mock.hbs'), shipped.replace('  type        = "MOCK"\n', '  type        = "MOCK"\n  timeout_milisecond = 5000\n'));
  const bad = await cliProcess(['--yes', '--no-terraform', '--json', '--templates', overlay, '--out', 'bad'], { cwd: dir });
  assert.equal(bad.exitCode, 1);
  const schema = JSON.parse(bad.stdout).checks.find((c: { name: string }) => c.name === 'schema');
  assert.match(schema.findings[0].message, /timeout_milisecond/);
  assert.equal(schema.findings[0].file, 'modules/rest-api/main.tf');
  assert.equal(existsSync(join(dir, 'bad')), false);
});

// In a process of its own: a process reads its overlay folders once, and this test changes them between runs.
test('--templates: a missing folder, a name nothing uses and a broken template are input errors (exit 2)', async () => {
  const dir = tmp();
  const missing = await cliProcess(['--yes', '--dry-run', '--templates', join(dir, 'nope')], { cwd: dir });
  assert.equal(missing.exitCode, 2);
  assert.match(missing.stderr, /--templates .*nope: no such folder/);

  const overlay = join(dir, 'overlay');
  mkdirSync(join(overlay, 'module'), { recursive: true });
  writeFileSync(join(overlay, 'module', 'mian.tf.hbs'), '# typo\n');
  const typo = await cliProcess(['--yes', '--dry-run', '--templates', overlay], { cwd: dir });
  assert.equal(typo.exitCode, 2);
  assert.match(typo.stderr, /mian\.tf\.hbs replaces no built-in template.*Did you mean "module\/main\.tf"\?/);

  rmSync(join(overlay, 'module', 'mian.tf.hbs'));
  writeFileSync(join(overlay, 'module', 'versions.tf.hbs'), 'terraform {\n{{#if}}\n');
  const broken = await cliProcess(['--yes', '--dry-run', '--no-terraform', '--templates', overlay], { cwd: dir });
  assert.equal(broken.exitCode, 2);
  assert.match(broken.stderr, /overlay\/module\/versions\.tf\.hbs: Parse error on line \d+:/);
  assert.match(broken.stderr, /Fix this overlay template/);

  // A broken partial names the overlay file and its line, not the built-in template that includes it.
  rmSync(join(overlay, 'module', 'versions.tf.hbs'));
  const mock = readFileSync(new URL('../templates/module/integration-mock.hbs', import.meta.url), 'utf8');
  writeFileSync(join(overlay, 'module', 'integration-mock.hbs'), mock + '{{#if x}}\nunclosed\n');
  const partial = await cliProcess(['--yes', '--dry-run', '--no-terraform', '--templates', overlay], { cwd: dir });
  assert.equal(partial.exitCode, 2);
  assert.match(partial.stderr, /overlay\/module\/integration-mock\.hbs: Parse error on line \d+:/);
  assert.doesNotMatch(partial.stderr, /module\/main\.tf/);
  assert.doesNotMatch(broken.stderr, /internal error/);
});

// In a process of its own: a signal. A slow check (a tree of 50 MB of resources) says how far it
// is on stderr; Ctrl-C (SIGINT) or SIGTERM then ends it promptly with 130 or 143, no stack trace.
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
  test(`a slow check reports progress on stderr and ${signal} ends it promptly with exit ${code}`, async () => {
    const dir = tmp();
    const block = (i: number) => `resource "aws_api_gateway_resource" "r${i}" {\n  rest_api_id = aws_api_gateway_rest_api.this.id\n  parent_id   = aws_api_gateway_rest_api.this.root_resource_id\n  path_part   = "p${i}"\n}\n\n`;
    for (let f = 0; f < 400; f++) writeFileSync(join(dir, `r${f}.tf`), Array.from({ length: 700 }, (_, i) => block(f * 1000 + i)).join(''));
    writeFileSync(join(dir, 'main.tf'), 'resource "aws_api_gateway_rest_api" "this" {\n  name = "big"\n}\n');
    const child = spawn(process.execPath, [BIN, 'check', dir], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    const progressed = new Promise<void>((resolveNow, reject) => {
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
        if (/files read/.test(stderr)) resolveNow();
      });
      child.on('exit', () => reject(new Error(`check ended before saying how far it was: ${stderr}`)));
    });
    const exited = new Promise<number | null>((resolveNow) => child.on('exit', (c) => resolveNow(c)));
    await progressed;
    assert.match(stderr, /check: .*: \d+ files read \([\d.]+ MB\) in \d+ s…/);
    const sent = performance.now();
    child.kill(signal);
    const exitCode = await exited;
    assert.equal(exitCode, code);
    assert.ok(performance.now() - sent < 5000, `took ${performance.now() - sent} ms to end after ${signal}`);
    assert.doesNotMatch(stderr, /\n\s+at /, 'no stack trace');
  });
}
