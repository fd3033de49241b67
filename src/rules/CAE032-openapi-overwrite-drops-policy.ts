import { evalIn, ofType, pointsTo } from '../analysis/tree.js';
import { isKnown } from '../analysis/evaluate.js';
import { result, type Rule } from './model.js';
import { endpointTypesOf, openapiOf } from './predicates.js';

export const rule: Rule = {
  id: 'CAE032',
  title: 'OpenAPI import in overwrite mode drops a resource policy set outside the body',
  severity: 'error',
  scope: 'any',
  seed: 'Misconfigurations and fixes, 1. Access Denied (HTTP 403 Forbidden): resource policy',
  explanation: 'With put_rest_api_mode "overwrite" (the default), every change to the body replaces the whole API, its policy included; the provider sets again only the arguments of the aws_api_gateway_rest_api itself. A separate aws_api_gateway_rest_api_policy is dropped by the import and restored only by a later apply: in between a private API refuses every call and a public one loses its restrictions.',
  fix: 'Put the policy in the body (x-amazon-apigateway-policy) or in the API\'s own policy argument, or set put_rest_api_mode = "merge".',
  run(tree) {
    const r = result();
    for (const api of ofType(tree, 'aws_api_gateway_rest_api')) {
      if (api.body.body === undefined) continue;
      const mode = api.body.put_rest_api_mode === undefined ? 'overwrite' : evalIn(tree, api.dir, api.body.put_rest_api_mode);
      if (!isKnown(mode)) {
        r.skipped.push({ block: api, why: 'put_rest_api_mode is an expression' });
        continue;
      }
      if (mode !== 'overwrite') continue;
      const separate = ofType(tree, 'aws_api_gateway_rest_api_policy').filter((p) => pointsTo(tree, p, p.body.rest_api_id, api));
      if (!separate.length) continue;
      const spec = openapiOf(tree, api);
      if (spec?.known && spec.value.doc['x-amazon-apigateway-policy'] !== undefined) continue;
      if (spec && !spec.known) {
        r.skipped.push({ block: api, why: `whether the body carries the policy cannot be told (${spec.why})` });
        continue;
      }
      if (api.body.policy !== undefined) continue;
      const types = endpointTypesOf(tree, api);
      for (const p of separate)
        r.hits.push({
          block: p,
          message: `${p.address} sets the policy of ${api.address}, whose OpenAPI body is imported in overwrite mode${api.body.put_rest_api_mode === undefined ? ' (the default)' : ''}: each change to the body drops the policy until a later apply sets it again${types.known && types.value.includes('PRIVATE') ? ' — a private API refuses every call meanwhile' : ''}.`,
          fix: `resource "aws_api_gateway_rest_api" "${api.name}" {\n  # …\n  policy = ${(p.body.policy as string | undefined)?.replace(/^\$\{(.*)\}$/, '$1') ?? 'data.aws_iam_policy_document.api.json'}\n}\n# and remove ${p.address}`,
        });
    }
    return r;
  },
};
