import { evalIn, refsIn, type Block } from '../analysis/tree.js';
import { isKnown } from '../analysis/evaluate.js';
import { result, type Rule } from './model.js';
import { executeApiEndpoints } from './predicates.js';

export const rule: Rule = {
  id: 'CAE011',
  title: 'Two execute-api endpoints with private DNS in one VPC',
  severity: 'error',
  scope: 'any',
  seed: 'Network plumbing, 4. DNS resolution; Misconfigurations and fixes, 3. DNS resolution problems',
  explanation: 'Only one execute-api interface endpoint with private DNS can exist in a VPC; the second fails with "conflicting DNS domain".',
  fix: 'Create one execute-api endpoint per VPC and pass its ID to every private API.',
  run(tree) {
    const r = result();
    const byVpc = new Map<string, Block[]>();
    for (const e of executeApiEndpoints(tree)) {
      if (evalIn(tree, e.dir, e.body.private_dns_enabled) !== true || e.exists !== true || e.body.for_each !== undefined || e.body.count !== undefined) continue;
      // The same VPC: the same known ID, or the same reference in the same folder.
      const vpc = evalIn(tree, e.dir, e.body.vpc_id);
      const key = isKnown(vpc) ? `id:${JSON.stringify(vpc)}` : `refs:${[...refsIn(tree, e.dir, e.body.vpc_id)].sort().join(',')}`;
      if (key === 'refs:') continue;
      byVpc.set(key, [...(byVpc.get(key) ?? []), e]);
    }
    for (const list of byVpc.values())
      for (const e of list.slice(1))
        r.hits.push({ block: e, message: `${e.address} and ${list[0]!.address} both turn on private DNS in the same VPC: the second fails to apply (conflicting DNS domain for *.execute-api…).`, fix: `# Reuse one endpoint for every private API in the VPC:\nprivate_dns_enabled = false # or remove ${e.address} and pass ${list[0]!.address}.id to the APIs` });
    return r;
  },
};
