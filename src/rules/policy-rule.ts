/** Runs a judgement on the statements of every private API's policies; a policy that cannot be read is a skip, never a finding. */
import type { Block, Tree } from '../analysis/tree.js';
import { result, type RuleResult } from './model.js';
import { policiesOf, privateApis, statementsOf, type PolicySource, type Statement } from './predicates.js';

export function eachPrivatePolicy(tree: Tree, judge: (api: Block, statements: Statement[], source: PolicySource) => { hit?: { message: string; fix: string }; skip?: string } | undefined): RuleResult {
  const r = result();
  for (const api of privateApis(tree).apis)
    for (const source of policiesOf(tree, api).sources) {
      const statements = statementsOf(tree, source);
      if (!statements.known) {
        r.skipped.push({ block: source.block, why: statements.why });
        continue;
      }
      const verdict = judge(api, statements.value, source);
      if (verdict?.hit) r.hits.push({ block: source.block, ...verdict.hit });
      else if (verdict?.skip) r.skipped.push({ block: source.block, why: verdict.skip });
    }
  return r;
}

/** Where a policy was found, for messages. */
export const whereFrom = (s: PolicySource) => (s.from === 'OpenAPI body' ? ' (x-amazon-apigateway-policy in its OpenAPI body)' : '');
