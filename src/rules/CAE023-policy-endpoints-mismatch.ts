import { bodies, refsIn } from '../analysis/tree.js';
import { Unknown } from '../analysis/evaluate.js';
import { result, type Rule } from './model.js';
import { policiesOf, privateApis, statementsOf } from './predicates.js';

/** The aws_vpc_endpoint addresses a value names (qualified). */
const endpointRefs = (refs: Iterable<string>) => [...new Set([...refs].filter((x) => /::aws_vpc_endpoint\.[\w-]+$/.test(x)))];

export const rule: Rule = {
  id: 'CAE023',
  title: 'Resource policy admits other VPC endpoints than the ones associated with the API',
  severity: 'error',
  scope: 'any',
  seed: 'Misconfigurations and fixes, 1. Access Denied (HTTP 403 Forbidden): aws:SourceVpce',
  explanation: 'Callers come through the interface endpoints associated with the private API (vpc_endpoint_ids); a policy whose aws:SourceVpce condition names other endpoints denies them.',
  fix: 'Name the same endpoints in vpc_endpoint_ids and in the policy\'s aws:SourceVpce condition.',
  run(tree) {
    const r = result();
    for (const api of privateApis(tree).apis) {
      const config = bodies(api.body.endpoint_configuration)[0];
      const associated = endpointRefs(refsIn(tree, api.dir, config?.vpc_endpoint_ids));
      if (!associated.length) continue;
      for (const p of policiesOf(tree, api).sources) {
        const statements = statementsOf(tree, p);
        if (!statements.known) continue;
        for (const s of statements.value)
          for (const c of (s.conditions ?? []).filter((x) => x.key === 'aws:sourcevpce')) {
            const named = endpointRefs(collect(c.values));
            // Only when the condition names endpoints of this tree: variables and literal IDs cannot be compared statically.
            const missing = associated.filter((a) => !named.includes(a));
            if (named.length && missing.length && !hasOpaque(c.values))
              r.hits.push({ block: p.block, message: `the aws:SourceVpce condition of ${api.address}'s policy names ${named.map(bare).join(', ')} but not ${missing.map(bare).join(', ')}, which the API is associated with: callers through it get 403 Forbidden.`, fix: `values = [${[...new Set([...named, ...missing])].map((a) => `${bare(a)}.id`).join(', ')}]` });
          }
      }
    }
    return r;
  },
};

const bare = (q: string) => q.slice(q.indexOf('::') + 2);

function collect(v: unknown): string[] {
  if (v instanceof Unknown) return [...v.refs];
  if (Array.isArray(v)) return v.flatMap(collect);
  return [];
}

/** Whether a condition's values include something other than endpoint references (a variable, a literal ID): then nothing can be told. */
function hasOpaque(v: unknown): boolean {
  const items = Array.isArray(v) ? v : [v];
  return items.some((x) => typeof x === 'string' || (x instanceof Unknown && ![...x.refs].every((r) => /::aws_vpc_endpoint\./.test(r))));
}
