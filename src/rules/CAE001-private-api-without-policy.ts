import { result, type Rule } from './model.js';
import { policiesOf, privateApis } from './predicates.js';

export const rule: Rule = {
  id: 'CAE001',
  title: 'Private REST API without a resource policy',
  severity: 'error',
  scope: 'any',
  seed: 'Misconfigurations and fixes, 1. Access Denied (HTTP 403 Forbidden): resource policy',
  explanation: 'A private API cannot be deployed without a resource policy, and nothing limits which VPC endpoints may call it.',
  fix: 'Attach a resource policy that allows execute-api:Invoke and denies requests from outside your VPC endpoints: an aws_api_gateway_rest_api_policy, the API\'s policy argument, or x-amazon-apigateway-policy in its OpenAPI body.',
  run(tree) {
    const r = result();
    const { apis, unknown } = privateApis(tree);
    for (const u of unknown) r.skipped.push({ block: u.block, why: u.why });
    for (const api of apis) {
      const { sources, uncertain } = policiesOf(tree, api);
      if (sources.length) continue;
      if (uncertain) {
        r.skipped.push({ block: api, why: `no policy found, but ${uncertain}` });
        continue;
      }
      r.hits.push({
        block: api,
        message: `${api.address} is PRIVATE but has no resource policy: the deployment fails ("private REST API doesn't have a resource policy attached") and callers get 403 Forbidden.`,
        fix: `resource "aws_api_gateway_rest_api_policy" "this" {\n  rest_api_id = ${api.address}.id\n  policy      = data.aws_iam_policy_document.api.json # Allow execute-api:Invoke, Deny unless aws:SourceVpce\n}`,
      });
    }
    return r;
  },
};
