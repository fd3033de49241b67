import type { Rule } from './model.js';
import { restrictsToEndpoints } from './predicates.js';
import { eachPrivatePolicy, whereFrom } from './policy-rule.js';

export const rule: Rule = {
  id: 'CAE002',
  title: 'Private API policy that does not keep callers to chosen VPC endpoints or VPCs',
  severity: 'error',
  scope: 'any',
  seed: 'Network plumbing, cross-account: resource policy; Troubleshooting steps, 6. API gateway and endpoint policies',
  explanation: 'A private API\'s resource policy decides which interface endpoints may call it: a Deny of execute-api:Invoke unless aws:SourceVpce (or aws:SourceVpc) is one of yours, or Allows conditioned on them. Without either, any VPC endpoint in any account that the Allow admits can call the API.',
  fix: 'Add a Deny of execute-api:Invoke with a StringNotEquals condition on aws:SourceVpce (your endpoint IDs) or aws:SourceVpc, or condition every Allow on them.',
  run: (tree) =>
    eachPrivatePolicy(tree, (api, statements, source) => {
      const r = restrictsToEndpoints(statements);
      if (!r.known) return { skip: r.why };
      if (r.value) return undefined;
      return {
        hit: {
          message: `the resource policy of ${api.address}${whereFrom(source)} does not keep callers to chosen VPC endpoints (no Deny unless aws:SourceVpce/aws:SourceVpc, no Allow conditioned on them): any endpoint in any account that the Allow admits can call the API.`,
          fix: 'statement {\n  effect    = "Deny"\n  actions   = ["execute-api:Invoke"]\n  resources = ["execute-api:/*"]\n  principals {\n    type        = "*"\n    identifiers = ["*"]\n  }\n  condition {\n    test     = "StringNotEquals"\n    variable = "aws:SourceVpce"\n    values   = [aws_vpc_endpoint.execute_api.id]\n  }\n}',
        },
      };
    }),
};
