// --help leads with the common journeys; each example it prints runs as printed (its folders
// moved into a temporary one), and every command's help lists the exit codes it returns.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { EXAMPLES, helpText } from '../src/commands/help.js';
import { COMMANDS } from '../src/commands/registry.js';
import { tmp } from './helpers/cli.js';
import { run } from './helpers/in-process.js';

test('--help starts with examples of the common journeys, before the reference', () => {
  const help = helpText('9.9.9');
  assert.ok(help.indexOf('Examples:') > 0 && help.indexOf('Examples:') < help.indexOf('Usage:'), 'examples come first');
  assert.ok(EXAMPLES.length >= 4 && EXAMPLES.length <= 6);
  for (const e of EXAMPLES) assert.ok(help.replace(/ \\\n\s+/g, ' ').includes(e.command), e.command);
});

test('every example in --help runs as printed', async () => {
  const dir = tmp('cae-examples-');
  for (const e of EXAMPLES) {
    const argv = e.command.split(' ').slice(e.command.startsWith('npx') ? 2 : 1).map((a) => a.replace(/^infra\//, `${dir}/infra/`));
    if (argv.length === 0) continue; // the wizard: a terminal journey (test/journeys.pty.test.ts)
    const generate = !['update', 'check'].includes(argv[0]!);
    const r = await run([...argv, ...(argv[0] === 'check' ? [] : ['--no-terraform'])]);
    assert.equal(r.code, 0, `${e.command}\n${r.stderr}`);
    if (argv[0] === 'check') assert.equal(JSON.parse(r.stdout).version, '2.1.0');
    if (generate) assert.match(r.stdout, /Wrote \d+ files to/);
  }
  assert.ok(join(dir, 'infra', 'orders'));
});

test("each command's help lists its exit codes, in order, and its text names no other code", async () => {
  const { commandHelp } = await import('../src/commands/help.js');
  for (const c of COMMANDS) {
    const help = commandHelp(c, '9.9.9');
    const listed = [...help.slice(help.indexOf('Exit codes:')).matchAll(/^ {2}(\d+) /gm)].map((m) => Number(m[1]));
    assert.deepEqual(listed, [...listed].sort((a, b) => a - b), c.name);
    assert.deepEqual(listed, c.exitCodes.map(([n]) => n).sort((a, b) => a - b), c.name);
    // A code the text mentions is one the list has.
    for (const m of c.about.matchAll(/exit (\d+)/gi)) assert.ok(listed.includes(Number(m[1])), `${c.name}: the text names exit ${m[1]}, the list does not`);
  }
  const codes = (name: string) => COMMANDS.find((c) => c.name === name)!.exitCodes.map(([n]) => n);
  for (const n of [0, 1, 2, 3, 5]) assert.ok(codes('update').includes(n), `update ${n}`);
  for (const n of [0, 1, 2]) assert.ok(codes('check').includes(n), `check ${n}`);
});
