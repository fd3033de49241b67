// Every combination of the answers that shape the output, as the CLI accepts it
// (helpers/matrix.ts), generates and passes every offline check.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateChecked } from '../src/app/generate.js';
import { parseCliArgs } from '../src/commands/args.js';
import { acceptedCombinations } from './helpers/matrix.js';

test('every accepted combination of clients, endpoint type, domain, own CDN, hybrid, cross-account, integration, WAF, compliance, an existing endpoint, the VPC link kind and the account baseline passes every check', { timeout: 600_000 }, async (t) => {
  const flags = parseCliArgs(['--no-terraform']).run;
  let accepted = 0;
  let reused = 0;
  const links = { v1: 0, shared: 0, created: 0 };
  const failures: string[] = [];
  for (const { values, answers } of acceptedCombinations()) {
    accepted++;
    if (answers.vpcEndpointId) reused++;
    if (answers.integration === 'nlb') links[answers.vpcLink === 'v1' ? 'v1' : answers.vpcLinkId ? 'shared' : 'created']++;
    const generated = await generateChecked(answers, flags, { XDG_CACHE_HOME: process.env.XDG_CACHE_HOME }, '0.0.0');
    for (const c of generated.checks.filter((x) => x.status === 'fail')) failures.push(`${JSON.stringify(values)}: ${c.name}: ${c.findings[0]?.file}: ${c.findings[0]?.message}`);
  }
  t.diagnostic(`${accepted} accepted combinations generated and checked (${reused} reusing an existing endpoint; VPC links: ${JSON.stringify(links)})`);
  for (const [kind, n] of Object.entries(links)) assert.ok(n > 50, `${n} combinations with the VPC link ${kind}`);
  assert.ok(reused > 50, `${reused} combinations reuse an endpoint`);
  assert.ok(accepted > 500, `${accepted} combinations`);
  assert.deepEqual(failures.slice(0, 10), []);
});
