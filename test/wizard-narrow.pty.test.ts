// The wizard on small terminals, as the screen shows it (tmux renders the pane): usable at
// 80×24, readable at 40 columns, and never one character per line.
import { test } from 'node:test';
import { toolTest } from './helpers/tools.js';
import assert from 'node:assert/strict';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmp } from './helpers/cli.js';
import { hasTmux, inTmux } from './helpers/tmux.js';
import { inTerminal, killTerminals, plain } from './helpers/pty.js';

const skip = hasTmux ? false : 'tmux is not installed (.ci/run installs it)';

/** Answers the questions before the recommendation, taking each default. */
async function toRecommendation(t: ReturnType<typeof inTmux>, questions: string[]) {
  for (const q of questions) {
    await t.waitFor(q);
    t.keys('Enter');
  }
  return t.waitFor('Recommended endpoint type');
}

toolTest('80×24: the recommendation keeps its headline on screen', skip, { timeout: 120_000 }, async () => {
  const t = inTmux(['--no-terraform', '--clients', 'internal', '--hybrid', '--onprem-cidrs', '10.0.0.0/8'], { cwd: tmp(), cols: 80, rows: 24 });
  try {
    const rec = await toRecommendation(t, ['What is the API called?', 'Describe the API', 'Which AWS Region', 'Regulated data', 'other AWS accounts', 'How do callers prove who they are?', 'Custom domain name', 'Your OpenAPI document', 'What backs the sample method?']);
    assert.match(rec, /^Recommended endpoint type: ★ PRIVATE/m);
    assert.match(rec, /❯ Use PRIVATE \(recommended\)/);
    t.keys('Enter');
    for (const q of ['Does the VPC already have', 'Which VPC hosts', 'Which subnets', 'Which client security groups', 'Enable private DNS', 'first API in its AWS account']) {
      await t.waitFor(q);
      t.keys('Enter');
    }
    const review = await t.waitFor('Generate, check and write to');
    assert.match(review, /^Review$/m, `the review keeps its title on screen:\n${review}`);
  } finally {
    t.close();
  }
});

toolTest('40 columns: no stale question titles, and a skip reason wraps as words, not one character per line', skip, { timeout: 150_000 }, async () => {
  const dir = tmp();
  const fake = join(dir, 'terraform');
  writeFileSync(fake, '#!/bin/sh\necho "Error: Failed to query available provider packages" >&2\nexit 1\n');
  chmodSync(fake, 0o755);
  const t = inTmux(['--terraform', fake, '--out', join(dir, 'api')], { cwd: dir, cols: 40, rows: 24 });
  try {
    const titles = Array.from({ length: 12 }, (_, i) => `Question ${i + 1} of`);
    for (const [i, title] of titles.entries()) {
      const s = await t.waitFor(title);
      for (const earlier of titles.slice(0, i)) assert.ok(!s.includes(earlier), `${earlier} is still on screen at ${title}:\n${s}`);
      t.keys('Enter');
    }
    await t.waitFor('Use EDGE (recommended)');
    t.keys('Enter');
    await t.waitFor('Question 13 of');
    t.keys('Enter');
    await t.waitFor('Question 14 of');
    t.keys('Enter');
    await t.waitFor('Generate, check and write to');
    t.keys('Enter');
    assert.match(await t.waitFor(/\[exit \d+\]/, 60_000), /\[exit 0\]/);
    // The summary is the last thing on the terminal: read it with what scrolled off above.
    const all = t.history();
    const summary = all.slice(all.lastIndexOf('Wrote '));
    const reason = summary.split('\n').find((l) => l.includes('terraform init failed'));
    assert.ok(reason && reason.trim().length > 20, `the skip reason is readable:\n${summary}`);
    const single = summary.split('\n').filter((l) => l.trim().length === 1).length;
    assert.ok(single < 3, `${single} lines of one character:\n${summary}`);
  } finally {
    t.close();
  }
});

test('a terminal that reports 0×0 is laid out as 80 columns, not one character per line', { timeout: 60_000 }, async () => {
  const t = inTerminal([], { cwd: tmp(), size: [0, 0] });
  try {
    const screen = await t.waitFor('What is the API called?');
    assert.match(plain(screen), /Question 1 of \d+ · What is the API called\?/);
  } finally {
    killTerminals();
  }
});

toolTest('40 columns: the OpenAPI document\'s preview wraps as words and its choices stay on screen', skip, { timeout: 120_000 }, async () => {
  const dir = tmp();
  writeFileSync(join(dir, 'orders.yaml'), 'openapi: 3.0.3\ninfo:\n  title: Orders API for the warehouse team\n  version: "2.1"\npaths:\n  /orders:\n    get:\n      responses:\n        "200":\n          description: ok\ncomponents:\n  securitySchemes:\n    sigv4:\n      type: apiKey\n      name: Authorization\n      in: header\n      x-amazon-apigateway-authtype: awsSigv4\n');
  const t = inTmux(['--no-terraform', '--name', 'orders', '--description', 'd', '--region', 'eu-west-1', '--clients', 'regional', '--no-own-cdn', '--no-compliance', '--no-hybrid', '--no-cross-account', '--auth', 'iam', '--domain', ''], { cwd: dir, cols: 40, rows: 24 });
  try {
    await t.waitFor('Your OpenAPI document');
    t.keys('-l', './orders.yaml');
    t.keys('Enter');
    const s = await t.waitFor('Enter another path');
    const flat = s.replace(/\s+/g, ' ');
    assert.match(flat, /Orders API for the warehouse team 2\.1 · OpenAPI 3\.0/);
    assert.match(flat, /1 path, 1 operation; none declares an integration/);
    assert.match(flat, /sigv4 \(apiKey, IAM \(SigV4\)\)/);
    assert.match(s, /❯ Use this document/);
    const single = s.split('\n').filter((l) => l.trim().length === 1).length;
    assert.ok(single < 2, `${single} lines of one character:\n${s}`);
    t.keys('Enter');
    await t.waitFor(/What backs the\s+operations/);
    t.keys('C-c');
    assert.match(await t.waitFor(/\[exit \d+\]/, 30_000), /\[exit 130\]/);
  } finally {
    t.close();
  }
});
