// Three journeys a person makes in the wizard, read from the screen as tmux renders it (not
// the byte stream), at 40, 80 and 120 columns: every screen starts with its own title on the
// first line — nothing stale above it, nothing scrolled away — and the journey ends as it
// should. An app developer overrides the recommendation of a public API; a platform engineer
// follows a preset that checks the name and tags where they are asked; an owner opens update's
// answer screens and quits with Ctrl-C.
import { toolTest } from './helpers/tools.js';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, tmp, walk } from './helpers/cli.js';
import { hasTmux, inTmux } from './helpers/tmux.js';

const skip = hasTmux ? false : 'tmux is not installed (.ci/run installs it)';
const WIDTHS = [40, 80, 120];
const ROWS = 24;

/** A screen's title: the first line of every wizard screen. */
const TITLE = /^(Question \d+ of \d+ · |Recommended endpoint type|Use [A-Z]+ instead of the recommended|Review$|Before you choose|What [A-Z]+ instead|.* is not empty$|.* holds another API$)/;

type Session = ReturnType<typeof inTmux>;

/** The screen's text with the terminal's line breaks taken out (a narrow terminal wraps sentences). */
const flat = (s: string) => s.replace(/\s+/g, ' ');

/** Waits until `expect` is on the screen, read with its wrapped lines joined. */
async function waitFlat(t: Session, expect: string | RegExp, timeoutMs = 20_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const s = t.screen();
    if (typeof expect === 'string' ? flat(s).includes(expect) : expect.test(flat(s))) {
      await new Promise((r) => setTimeout(r, 200)); // let the screen attach its input handler
      return t.screen();
    }
    if (Date.now() > deadline) throw new Error(`no "${expect}" on the screen; it shows:\n${s}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Waits for `expect`, then checks the screen: its first line (after the line matching
 * `below`, when the wizard opens under other output) is its title, and no other title is on it.
 */
async function screen(t: Session, expect: string | RegExp, cols: number, below?: RegExp): Promise<string> {
  const s = await waitFlat(t, expect);
  const all = s.split('\n');
  const lines = below ? all.slice(all.findLastIndex((l) => below.test(l)) + 1) : all;
  const first = lines.findIndex((l) => l.trim() !== '');
  assert.match(lines[first] ?? '', TITLE, `${cols} columns: the screen for ${expect} does not start with its title:\n${s}`);
  const titles = lines.filter((l) => TITLE.test(l));
  // Every wizard screen ends with its key hint: the frame is whole, none of it scrolled away.
  assert.match(flat(lines.join('\n')), /Ctrl-C quit/, `${cols} columns: the screen for ${expect} lost its key hint:\n${s}`);
  assert.equal(titles.length, 1, `${cols} columns: ${titles.length} titles on one screen (stale lines?):\n${s}`);
  assert.ok(lines.every((l) => [...l].length <= cols), `${cols} columns: a line wider than the terminal`);
  return s;
}

for (const cols of WIDTHS) {
  toolTest(`${cols} columns: an app developer's public API, the recommendation overridden to REGIONAL`, skip, { timeout: 180_000 }, async () => {
    const cwd = tmp('cae-journey-');
    const t = inTmux(['--no-terraform'], { cwd, cols, rows: ROWS });
    try {
      const name = await screen(t, 'What is the API called?', cols);
      assert.match(name, /› my-api/);
      t.keys('-l', 'storefront');
      t.keys('Enter');
      assert.match(await screen(t, 'Describe the API', cols), /storefront REST API/);
      t.keys('Enter');
      await screen(t, 'Which AWS Region', cols);
      t.keys('-l', 'eu-west-1');
      t.keys('Enter');
      await screen(t, 'Who calls the API?', cols);
      t.keys('Enter'); // worldwide
      for (const q of ['CloudFront distribution of your own', 'Regulated data', 'on-premises callers', 'other AWS accounts', 'How do callers prove who they are?', 'Custom domain name', 'Your OpenAPI document', 'What backs the sample method?']) {
        await screen(t, q, cols);
        t.keys('Enter');
      }
      const rec = await screen(t, 'Use EDGE (recommended)', cols);
      assert.match(rec, /Recommended endpoint type: ★ EDGE/);
      assert.match(rec.replace(/\s+/g, ' '), /--auth iam: callers sign/, 'the warning about the method\'s authorization is where the type is chosen');
      t.keys('Down');
      await waitFlat(t, '❯ Use REGIONAL instead');
      t.keys('Enter');
      const override = await screen(t, 'instead of the recommended EDGE?', cols);
      assert.match(override.replace(/\s+/g, ' '), /overrides the recommended EDGE/);
      t.keys('Down');
      await waitFlat(t, '❯ Use REGIONAL anyway');
      t.keys('Enter');
      await screen(t, 'Protect the public stage with AWS WAF?', cols);
      t.keys('Enter');
      await screen(t, 'Is this the first API in its AWS account', cols);
      t.keys('Enter');
      const review = await screen(t, 'Generate, check and write to', cols);
      assert.match(flat(review), /Endpoint type:? REGIONAL/);
      t.keys('Enter');
      const summary = await t.waitFor(/\[exit \d+\]/, 60_000);
      assert.match(summary, /\[exit 0\]/);
      assert.match(readFileSync(join(cwd, 'storefront', 'modules', 'rest-api', 'main.tf'), 'utf8'), /types = \["REGIONAL"\]/);
    } finally {
      t.close();
    }
  });

  toolTest(`${cols} columns: a platform engineer with a preset; its name and tag rules are checked where they are asked`, skip, { timeout: 180_000 }, async () => {
    const cwd = tmp('cae-journey-');
    writeFileSync(
      join(cwd, 'acme.yaml'),
      ['name: acme', 'locked:', '  clients: { value: internal, reason: "Internal APIs only (SEC-7)" }', 'require:', "  name: { value: '^acme-', reason: naming standard }", "  tags: { owner: '^[a-z]+$' }", ''].join('\n'),
    );
    const t = inTmux(['--preset', './acme.yaml', '--no-terraform'], { cwd, cols, rows: ROWS });
    try {
      const name = await screen(t, 'What is the API called?', cols);
      assert.match(name.replace(/\s+/g, ' '), /The preset: must match \^acme-/);
      t.keys('-l', 'orders');
      t.keys('Enter');
      assert.match(flat(await waitFlat(t, '✗')), /"orders" does not match \^acme-, required by preset acme/);
      t.keys('C-u');
      t.keys('-l', 'acme-orders');
      t.keys('Enter');
      for (const q of ['Describe the API', 'Which AWS Region']) {
        await screen(t, q, cols);
        t.keys('Enter');
      }
      const locked = await screen(t, 'Regulated data', cols);
      assert.match(locked.replace(/\s+/g, ' '), /🔒 --clients .* Internal APIs only \(SEC-7\)/);
      for (const q of ['Regulated data', 'on-premises callers', 'other AWS accounts', 'How do callers prove who they are?', 'Custom domain name', 'Your OpenAPI document', 'What backs the sample method?']) {
        await screen(t, q, cols);
        t.keys('Enter');
      }
      await screen(t, 'Use PRIVATE (recommended)', cols);
      t.keys('Enter');
      for (const q of ['Does the VPC already have', 'Which VPC hosts', 'Which subnets', 'Which client security groups', 'Enable private DNS']) {
        await screen(t, q, cols);
        t.keys('Enter');
      }
      await screen(t, 'Tags for every resource', cols);
      t.keys('-l', 'owner=Ana');
      t.keys('Enter');
      assert.match(flat(await waitFlat(t, '✗')), /owner=Ana: does not match \^\[a-z\]\+\$/);
      t.keys('C-u');
      t.keys('-l', 'owner=ana');
      t.keys('Enter');
      await screen(t, 'Is this the first API in its AWS account', cols);
      t.keys('Enter');
      await screen(t, 'Generate, check and write to', cols);
      t.keys('Enter');
      assert.match(await t.waitFor(/\[exit \d+\]/, 60_000), /\[exit 0\]/);
      const manifest = JSON.parse(readFileSync(join(cwd, 'acme-orders', '.create-api-endpoint.json'), 'utf8'));
      assert.equal(manifest.preset.name, './acme.yaml');
      assert.deepEqual(manifest.answers.tags, ['owner=ana']);
    } finally {
      t.close();
    }
  });

  toolTest(`${cols} columns: update at a terminal, "e" opens the answer screens, Ctrl-C there ends the run with 130 and writes nothing`, skip, { timeout: 180_000 }, async () => {
    const cwd = tmp('cae-journey-');
    execFileSync(process.execPath, [BIN, '--yes', '--clients', 'global', '--no-terraform', '--out', 'api'], { cwd, stdio: 'ignore' });
    const before = walk(join(cwd, 'api')).map((f) => [f, readFileSync(f, 'utf8')]);
    const t = inTmux(['update', 'api', '--no-waf', '--no-terraform'], { cwd, cols, rows: ROWS });
    try {
      await waitFlat(t, 'Write this update into api?');
      t.keys('e', 'Enter');
      // The answer screens open under the plan and its question.
      await screen(t, 'Recommended endpoint type', cols, /answers\] e$/);
      t.keys('Escape');
      await screen(t, 'What is the API called?', cols, /answers\] e$/);
      t.keys('C-c');
      assert.match(await t.waitFor(/\[exit \d+\]/, 30_000), /\[exit 130\]/);
      assert.deepEqual(walk(join(cwd, 'api')).map((f) => [f, readFileSync(f, 'utf8')]), before);
      assert.equal(existsSync(join(cwd, 'api', '.create-api-endpoint.lock')), false);
    } finally {
      t.close();
    }
  });
}
