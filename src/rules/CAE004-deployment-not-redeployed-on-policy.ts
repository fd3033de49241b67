import { ofType } from '../analysis/tree.js';
import { result, type Rule } from './model.js';
import { deploymentsOf, policiesOf, redeploysOn, servedBy } from './predicates.js';

export const rule: Rule = {
  id: 'CAE004',
  title: 'Deployment not redeployed when the API\'s separate resource policy changes',
  severity: 'error',
  scope: 'any',
  seed: 'Misconfigurations and fixes, 1. Access Denied (HTTP 403 Forbidden): redeploy after modifying the resource policy',
  explanation: 'A changed resource policy is served only after a new deployment. When the policy is its own resource (or lives in the OpenAPI body), the deployment must be redeployed when it changes: its triggers hash it, or its replace_triggered_by names it (or a terraform_data that does). Its id is not enough: a policy\'s id is the API\'s id and never changes.',
  fix: 'Hash the policy (or the body that carries it) in the deployment\'s triggers, or name it in lifecycle.replace_triggered_by.',
  run(tree) {
    const r = result();
    for (const api of ofType(tree, 'aws_api_gateway_rest_api')) {
      const separate = policiesOf(tree, api).sources.filter((s) => s.from !== 'argument');
      for (const dep of deploymentsOf(tree, api))
        for (const p of separate) {
          if (servedBy(tree, dep) === 'no') {
            r.skipped.push({ block: dep, why: 'no stage in the tree serves this deployment' });
            continue;
          }
          // A policy in the body is redeployed with the body (the API itself in the triggers).
          const target = p.from === 'OpenAPI body' ? api : p.block;
          const v = redeploysOn(tree, dep, target);
          if (!v.known) r.skipped.push({ block: dep, why: v.why });
          else if (!v.value) {
            const when = p.block.exists === 'maybe' ? ` when the policy is set (its count depends on an input), ` : ' ';
            const identity = v.identityOnly?.length ? ` Its triggers name only ${v.identityOnly.map((a) => `${target.address}.${a}`).join(', ')}, which never changes when the content does.` : '';
            r.hits.push({
              block: dep,
              message: `${dep.address} is not redeployed when ${p.from === 'OpenAPI body' ? `the OpenAPI body of ${api.address} (which carries its policy)` : p.block.address} changes:${when}a new policy is not served until someone redeploys by hand (callers keep getting the old answer, often 403).${identity}`,
              fix: `triggers = {\n  redeployment = sha1(jsonencode([\n    # … what defines the API …\n    ${p.from === 'OpenAPI body' ? `${api.address}.body` : `${p.block.address}.policy`},\n  ]))\n}`,
            });
          }
        }
    }
    return r;
  },
};
