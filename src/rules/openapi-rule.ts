/** Runs a judgement on the OpenAPI body of every REST API that has one; a body that cannot be read is a skip, never a finding. */
import { ofType, type Block, type Tree } from '../analysis/tree.js';
import type { SpecFacts, Json, SpecProblem } from '../openapi/document.js';
import { result, type RuleResult } from './model.js';
import { openapiOf } from './predicates.js';

/**
 * `sayUnreadable`: whether this rule reports a body it cannot read as a skip. One rule (CAE029,
 * the broadest) does, so an unreadable body is counted once, not once per OpenAPI rule.
 */
export function eachSpec(tree: Tree, judge: (api: Block, doc: Json, facts: SpecFacts) => SpecProblem[], sayUnreadable = false): RuleResult {
  const r = result();
  for (const api of ofType(tree, 'aws_api_gateway_rest_api')) {
    const spec = openapiOf(tree, api);
    if (!spec) continue;
    if (!spec.known) {
      if (sayUnreadable) r.skipped.push({ block: api, why: `${spec.why}; the OpenAPI rules (CAE028–CAE035) could not read it` });
      continue;
    }
    for (const p of judge(api, spec.value.doc, spec.value.facts)) r.hits.push({ block: api, message: `${api.address}'s OpenAPI body${p.pointer ? ` (at ${place(p.pointer)})` : ''}: ${p.message}`, fix: p.fix });
  }
  return r;
}

const place = (pointer: string) =>
  pointer
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join(' › ');
