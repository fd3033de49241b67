// The answer matrix both the check test (every combination) and the tflint test (a sample)
// walk: every combination of the answers that shape the output, as the CLI accepts it (same
// resolution and conflict rules). Answers to questions that do not apply stay unset, as they
// do on the command line.
import { resolveAnswers } from '../../src/catalog/resolve-answers.js';
import { findConflicts } from '../../src/core/conflicts.js';
import type { Answers } from '../../src/core/types.js';

export interface Combination {
  /** The flag values given (for messages). */
  values: Record<string, unknown>;
  answers: Answers;
}

export function* acceptedCombinations(): Generator<Combination> {
  for (const clients of ['global', 'regional', 'internal'])
    for (const endpointType of [undefined, 'edge', 'regional', 'private'])
      for (const domain of ['', 'api.example.com'])
        for (const ownCdn of [false, true])
          for (const hybrid of [false, true])
            for (const crossAccount of [false, true])
              for (const integration of ['mock', 'nlb'])
                for (const waf of [false, true])
                  for (const compliance of [false, true]) {
                    // More answers, tied to dimensions above so that both of their values meet every
                    // other dimension without doubling the matrix again: the account baseline follows
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
                    yield { values, answers };
                  }
}
