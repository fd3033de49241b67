import { evalIn, ofType, refOf, refsIn } from '../analysis/tree.js';
import { isKnown } from '../analysis/evaluate.js';
import { result, type Rule } from './model.js';
import { openapiOf } from './predicates.js';

export const rule: Rule = {
  id: 'CAE030',
  title: 'Default execute-api endpoint disabled with no custom domain to call instead',
  severity: 'error',
  scope: 'any',
  seed: 'Misconfigurations and fixes, 5. Misconfigured custom domain names; 4. Incorrect invoke URL or Host headers',
  explanation: 'With disableExecuteApiEndpoint (or disable_execute_api_endpoint) the API answers only on custom domains mapped to it; with none, nothing can call it (403 Forbidden on the default URL).',
  fix: 'Map a custom domain to the API (aws_api_gateway_base_path_mapping), or turn the default endpoint back on.',
  run(tree) {
    const r = result();
    for (const api of ofType(tree, 'aws_api_gateway_rest_api')) {
      const arg = api.body.disable_execute_api_endpoint !== undefined ? evalIn(tree, api.dir, api.body.disable_execute_api_endpoint) : undefined;
      const spec = openapiOf(tree, api);
      const inBody = spec?.known ? spec.value.facts.disableExecuteApiEndpoint : false;
      if (arg !== true && !inBody) {
        if (arg !== undefined && !isKnown(arg)) r.skipped.push({ block: api, why: 'disable_execute_api_endpoint is an expression' });
        continue;
      }
      // A mapping that names the API, or one whose API cannot be told (an input): not unreachable.
      const mappings = [...ofType(tree, 'aws_api_gateway_base_path_mapping'), ...ofType(tree, 'aws_apigatewayv2_api_mapping')];
      const maps = mappings.some((m) => refsIn(tree, m.dir, m.body.api_id).has(refOf(api)) || !isKnown(evalIn(tree, m.dir, m.body.api_id)));
      if (maps) continue;
      // A module meant to be called: its caller may map the domain; a module not read may too.
      if (tree.library || tree.calls.some((c) => c.target === undefined)) {
        r.skipped.push({ block: api, why: tree.library ? 'this is a module for others to call: its caller may map a custom domain to the API' : 'a module this check cannot read may map a custom domain to it' });
        continue;
      }
      r.hits.push({
        block: api,
        message: `${api.address} turns its default execute-api endpoint off${inBody ? ' (disableExecuteApiEndpoint in its OpenAPI body)' : ''} and no custom domain is mapped to it: nothing can call it.`,
        fix: 'resource "aws_api_gateway_base_path_mapping" "this" {\n  api_id      = aws_api_gateway_rest_api.this.id\n  stage_name  = aws_api_gateway_stage.this.stage_name\n  domain_name = aws_api_gateway_domain_name.this.domain_name\n}',
      });
    }
    return r;
  },
};
