// Presets: each built-in one yields the endpoint type its description promises and passes
// every check; flags override a preset; a team's own preset file works like a built-in one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtInPresets } from '../src/commands/read-answers-file.js';
import { tmp } from './helpers/cli.js';
import { cliInProcess as cli } from './helpers/in-process.js';

/** The answers a preset leaves to the user (it says so in its description). */
const extra: Record<string, string[]> = {
  'hybrid-onprem': ['--onprem-cidrs', '10.20.0.0/16'],
  'cross-account-consumers': ['--consumer-accounts', '111122223333'],
  // The example org presets require tags (and, for the bank, a name pattern).
  'regulated-bank': ['--name', 'payments-ledger-api', '--tags', 'cost-center=1234,owner=payments'],
  'public-saas': ['--tags', 'owner=growth'],
};

for (const { name, summary } of builtInPresets()) {
  test(`preset ${name}: the promised endpoint type, every check passing`, async () => {
    const promised = /\b(EDGE|REGIONAL|PRIVATE) endpoint\b/.exec(summary)?.[1];
    assert.ok(promised, `the description of ${name} names the endpoint type it yields`);
    const r = await cli(['--preset', name, ...(extra[name] ?? []), '--yes', '--dry-run', '--no-terraform', '--json'], { cwd: tmp() });
    assert.equal(r.exitCode, 0, r.stderr);
    const report = JSON.parse(r.stdout);
    assert.equal(report.endpointType, promised);
    assert.deepEqual(report.checks.filter((c: { status: string }) => c.status === 'fail'), []);
  });
}

test('flags override a preset; a preset file of your own is read like one; mistakes in it are named', async () => {
  const dir = tmp();
  const over = await cli(['--preset', 'public-global', '--clients', 'regional', '--yes', '--dry-run', '--no-terraform', '--json'], { cwd: dir });
  assert.equal(over.exitCode, 0, over.stderr);
  assert.equal(JSON.parse(over.stdout).endpointType, 'REGIONAL');

  const own = join(dir, 'team.yaml');
  writeFileSync(own, 'clients: internal\nregion: eu-central-1\nintegration: nlb\n');
  const team = await cli(['--preset', own, '--yes', '--no-terraform', '--out', 'api'], { cwd: dir });
  assert.equal(team.exitCode, 0, team.stderr);

  writeFileSync(own, 'clients: internal\nregoin: eu-central-1\n');
  const typo = await cli(['--preset', own, '--yes', '--dry-run'], { cwd: dir });
  assert.equal(typo.exitCode, 2);
  assert.match(typo.stderr, /team\.yaml:2: regoin: unknown key\. Did you mean "region"\?/);
  assert.equal(typo.stderr.match(/regoin/g)?.length, 1, 'said once');

  const unknown = await cli(['--preset', 'public-glob', '--yes', '--dry-run'], { cwd: dir });
  assert.equal(unknown.exitCode, 2);
  assert.match(unknown.stderr, /--preset public-glob: no such preset\. Did you mean "public-global"\?/);
});
