// Every combination of the answers that shape the output, as the CLI accepts it (same
// resolution and conflict rules), generates and passes every offline check. Answers to
// questions that do not apply stay unset, as they do on the command line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveAnswers } from '../src/catalog/resolve-answers.js';
import { findConflicts } from '../src/core/conflicts.js';
import { generateChecked } from '../src/app/generate.js';
import { parseCliArgs } from '../src/commands/args.js';
import type { Answers } from '../src/core/types.js';

test('every accepted combination of clients, endpoint type, domain, own CDN, hybrid, cross-account, integration, WAF, compliance, an existing endpoint, the VPC link kind and the account baseline passes every check', { timeout: 600_000 }, async (t) => {
  const flags = parseCliArgs(['--no-terraform']).run;
  let accepted = 0;
  let reused = 0;
  const links = { v1: 0, shared: 0, created: 0 };
  const failures: string[] = [];
  for (const clients of ['global', 'regional', 'internal'])
    for (const endpointType of [undefined, 'edge', 'regional', 'private'])
      for (const domain of ['', 'api.example.com'])
        for (const ownCdn of [false, true])
          for (const hybrid of [false, true])
            for (const crossAccount of [false, true])
              for (const integration of ['mock', 'nlb'])
                for (const waf of [false, true])
                  for (const compliance of [false, true]) {
                    // Two more answers, tied to dimensions above so that both of their values meet every
                    // other dimension without doubling the matrix twice: the account baseline follows
                    // --hybrid; a private API reuses an existing endpoint when --compliance is on.
                    const values: Record<string, unknown> = { name: 'matrix', clients, domain, hybrid, crossAccount, integration, compliance, waf, accountBaseline: hybrid, ...(endpointType ? { endpointType } : {}) };
                    const isPrivate = endpointType === 'private' || (endpointType === undefined && clients === 'internal');
                    if (isPrivate && compliance) values.vpcEndpointId = 'vpce-0a1b2c3d';
                    // The VPC link follows --cross-account (the legacy V1) and --domain (an existing V2 link).
                    if (integration === 'nlb' && crossAccount) values.vpcLink = 'v1';
                    else if (integration === 'nlb' && domain) values.vpcLinkId = 'abc123';
                    if (clients !== 'internal') values.ownCdn = ownCdn;
                    else if (ownCdn) continue;
                    if (hybrid) values.onpremCidrs = '10.0.0.0/8';
                    if (crossAccount) values.consumerAccounts = '111122223333';
                    const r = resolveAnswers([{ kind: 'flags', label: 'flags', values }], {}, true);
                    if (r.problems.some((p) => !/--waf applies only/.test(p)) || r.missing.length) continue;
                    // --waf on a private endpoint is refused by the CLI; take the combination without it.
                    const answers = (r.problems.length ? resolveAnswers([{ kind: 'flags', label: 'flags', values: { ...values, waf: undefined } }], {}, true).answers : r.answers) as Answers;
                    if (findConflicts(answers).length) continue;
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
