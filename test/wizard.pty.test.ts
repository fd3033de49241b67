// The built CLI in a real pseudo-terminal, answered by keystrokes as a person would: the
// wizard starts by itself on a terminal, writes what the flag path writes, and Ctrl-C leaves
// nothing behind.
import { afterEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { execa } from 'execa';
import { BIN, tmp, walk } from './helpers/cli.js';
import { KEY, inTerminal, killTerminals, plain } from './helpers/pty.js';

afterEach(killTerminals);


test('a person answers the wizard in a terminal: PRIVATE with compliance, files written, same as the flag path', { timeout: 120_000 }, async () => {
  const cwd = tmp('cae-pty-');
  const t = inTerminal(['--no-terraform'], { cwd });
  await t.waitFor('What is the API called?');
  // The default is a suggestion: Backspace clears it at once, typing replaces it.
  await t.press(KEY.backspace, '› <name>');
  await t.typeSeen('orders');
  await t.press(KEY.enter, 'Describe the API');
  await t.press(KEY.enter, 'Which AWS Region');
  await t.press(KEY.enter, 'Who calls the API?');
  await t.press(KEY.down, '❯ Public clients mostly');
  await t.press(KEY.down, '❯ Only callers inside AWS');
  await t.press(KEY.enter, 'Regulated data');
  await t.press(KEY.up, '❯ Yes');
  await t.press(KEY.enter, 'on-premises callers');
  await t.press(KEY.enter, 'other AWS accounts');
  await t.press(KEY.enter, 'How do callers prove who they are?');
  await t.press(KEY.enter, 'Custom domain name');
  await t.press(KEY.enter, 'Your OpenAPI document');
  await t.press(KEY.enter, 'What backs the sample method?');
  const rec = await t.press(KEY.enter, 'Use PRIVATE (recommended)');
  assert.match(rec, /Recommended endpoint type: ★ PRIVATE/);
  assert.match(rec.replace(/\s+/g, ' '), /--compliance: regulated data must never cross the public internet/);
  await t.press(KEY.enter, 'Does the VPC already have an execute-api');
  await t.press(KEY.enter, 'Which VPC hosts');
  await t.typeSeen('vpc-0123abcd');
  await t.press(KEY.enter, 'Which subnets');
  await t.typeSeen('subnet-0123abcd');
  await t.press(KEY.enter, 'needs at least 2 values');
  await t.typeSeen(',subnet-4567cdef', 'subnet-0123abcd');
  await t.press(KEY.enter, 'client security groups');
  await t.press(KEY.enter, 'Enable private DNS');
  await t.press(KEY.down, '❯ No');
  await t.press(KEY.enter, 'Is this the first API in its AWS account');
  const review = await t.press(KEY.enter, 'Generate, check and write');
  assert.match(review, /--subnet-ids\s+subnet-0123abcd, subnet-4567cdef/);
  assert.match(review, /Endpoint type\s+PRIVATE/);
  const summary = await t.press(KEY.enter, /Wrote \d+ files to \.\/orders/);
  assert.equal(await t.exited, 0);
  assert.match(plain(t.raw()), /✔ pass schema/);

  // The wizard printed the pipeline command; running it must write the very same files.
  const command = plain(t.raw()).split('The same run in a pipeline:\n')[1]!.trim();
  assert.doesNotMatch(command, /\n/, 'one line, so it copies cleanly');
  assert.match(summary + command, /--no-private-dns/);
  assert.match(command, /^create-api-endpoint --no-interactive .* --out \.\/orders$/);
  const shell = command.replace(/^create-api-endpoint/, `'${process.execPath}' '${BIN}'`).replace(/--out \.\/orders$/, '--out ./flags --no-terraform');
  const again = await execa('sh', ['-c', shell], { cwd, reject: false, stdin: 'ignore' });
  assert.equal(again.exitCode, 0, again.stderr);
  const written = join(cwd, 'orders');
  const files = walk(written).map((f) => relative(written, f)).sort();
  assert.ok(files.includes('modules/vpc-endpoint/main.tf'), 'the network baseline module');
  assert.deepEqual(walk(join(cwd, 'flags')).map((f) => relative(join(cwd, 'flags'), f)).sort(), files);
  for (const f of files) assert.equal(readFileSync(join(written, f), 'utf8'), readFileSync(join(cwd, 'flags', f), 'utf8'), f);
});

test('Ctrl-C in the wizard exits 130 and writes nothing (with $CI set, which must not silence the screens)', { timeout: 60_000 }, async () => {
  const cwd = tmp('cae-pty-');
  const t = inTerminal(['--name', 'orders', '--clients', 'global', '--no-terraform'], { cwd, env: { CI: 'true' } });
  await t.waitFor('Question 1');
  await t.press(KEY.enter, 'Question 2');
  await t.keys(KEY.ctrlC);
  assert.equal(await t.exited, 130);
  assert.deepEqual(readdirSync(cwd), []);
});

test('NO_COLOR turns colour off in the wizard; without it the recommended type is coloured', { timeout: 60_000 }, async () => {
  for (const noColor of ['1', undefined]) {
    const cwd = tmp('cae-pty-');
    const t = inTerminal(['--name', 'orders', '--clients', 'internal', '--no-compliance', '--no-hybrid', '--no-cross-account', '--auth', 'iam', '--domain', '', '--openapi', '', '--integration', 'mock', '--description', 'd', '--region', 'eu-west-1'], { cwd, env: { NO_COLOR: noColor } });
    await t.waitFor('Recommended endpoint type');
    await t.keys(KEY.ctrlC);
    assert.equal(await t.exited, 130);
    const colours = t.raw().match(/\u001B\[(3[0-7]|9[0-7]|38;)[0-9;]*m/g) ?? [];
    if (noColor) assert.deepEqual(colours, [], 'colour codes despite NO_COLOR');
    else assert.ok(colours.length > 0, 'expected colour on a colour terminal');
    assert.equal(existsSync(join(cwd, 'orders')), false);
  }
});

test('update at a terminal shows the plan and asks before writing: no leaves the folder, yes writes', { timeout: 120_000 }, async () => {
  const cwd = tmp('cae-pty-update-');
  const gen = await execa(process.execPath, [BIN, '--yes', '--clients', 'global', '--no-terraform', '--out', 'api'], { cwd, reject: false });
  assert.equal(gen.exitCode, 0, gen.stderr);
  const before = walk(join(cwd, 'api')).map((f) => [f, readFileSync(f, 'utf8')]);
  const no = inTerminal(['update', 'api', '--no-waf', '--no-terraform'], { cwd });
  const plan = await no.waitFor('Write this update into api? [y/N');
  assert.match(plan, /removed\s+modules\/rest-api\/waf\.tf/);
  await no.keys('n', KEY.enter);
  assert.equal(await no.exited, 0);
  assert.match(plain(no.raw()), /Nothing was written\./);
  assert.deepEqual(walk(join(cwd, 'api')).map((f) => [f, readFileSync(f, 'utf8')]), before);
  const yes = inTerminal(['update', 'api', '--no-waf', '--no-terraform'], { cwd });
  await yes.waitFor('[y/N');
  await yes.keys('y', KEY.enter);
  assert.equal(await yes.exited, 0);
  assert.equal(existsSync(join(cwd, 'api', 'modules', 'rest-api', 'waf.tf')), false);
});

test('update at a terminal: "e" opens the wizard on the recorded answers, and the plan follows the answers changed there', { timeout: 150_000 }, async () => {
  const cwd = tmp('cae-pty-update-edit-');
  const gen = await execa(process.execPath, [BIN, '--yes', '--clients', 'global', '--no-terraform', '--out', 'api'], { cwd, reject: false });
  assert.equal(gen.exitCode, 0, gen.stderr);
  const t = inTerminal(['update', 'api', '--domain', 'api.example.com', '--no-terraform'], { cwd });
  await t.waitFor('or e to change answers]');
  await t.keys('e', KEY.enter);
  // Every answer is recorded: the wizard opens at the recommendation; Esc asks them again,
  // pre-filled (the domain given as a flag is not asked).
  await t.waitFor('Recommended endpoint type');
  await t.press(KEY.esc, 'What is the API called?');
  for (const next of ['Describe the API', 'Which AWS Region', 'Who calls the API?', 'Will a CloudFront distribution of your own', 'Regulated data', 'on-premises callers', 'other AWS accounts', 'How do callers prove who they are?', 'What backs the sample method?', 'Recommended endpoint type']) await t.press(KEY.enter, next);
  await t.press(KEY.enter, 'Protect the public stage with AWS WAF?');
  await t.press(KEY.down, '❯ No');
  await t.press(KEY.enter, 'Show the update plan for api with these answers');
  await t.press(KEY.enter, 'or e to change answers]');
  const plan = plain(t.raw());
  assert.match(plan.slice(plan.lastIndexOf('Update (dry run) of api')), /removed\s+modules\/rest-api\/waf\.tf/);
  await t.keys('y', KEY.enter);
  assert.equal(await t.exited, 0);
  assert.equal(existsSync(join(cwd, 'api', 'modules', 'rest-api', 'waf.tf')), false);
  assert.ok(existsSync(join(cwd, 'api', 'modules', 'rest-api', 'domain.tf')), 'the answer given as a flag stays');
});
