import { bodies, evalIn, ofType, refOf, refsIn } from '../analysis/tree.js';
import { isKnown } from '../analysis/evaluate.js';
import { result, type Rule } from './model.js';

export const rule: Rule = {
  id: 'CAE037',
  title: 'Mutual TLS on a custom domain while the API\'s default endpoint stays on',
  severity: 'error',
  scope: 'any',
  seed: 'Misconfigurations and fixes, 4. Incorrect invoke URL or Host headers; 5. Misconfigured custom domain names',
  explanation: 'API Gateway checks client certificates on the custom domain only. The default execute-api URL of the same API answers without them, so any caller goes around mutual TLS unless the API disables its default endpoint.',
  fix: 'disable_execute_api_endpoint = true on the aws_api_gateway_rest_api (callers use the custom domain).',
  run(tree) {
    const r = result();
    const mtls = [...ofType(tree, 'aws_api_gateway_domain_name'), ...ofType(tree, 'aws_apigatewayv2_domain_name')].filter((d) => bodies(d.body.mutual_tls_authentication).length > 0);
    for (const d of mtls) {
      const mappings = [...ofType(tree, 'aws_api_gateway_base_path_mapping'), ...ofType(tree, 'aws_apigatewayv2_api_mapping')].filter((m) => refsIn(tree, m.dir, m.body.domain_name).has(refOf(d)));
      for (const m of mappings)
        for (const api of ofType(tree, 'aws_api_gateway_rest_api').filter((a) => refsIn(tree, m.dir, m.body.api_id).has(refOf(a)))) {
          const off = api.body.disable_execute_api_endpoint === undefined ? false : evalIn(tree, api.dir, api.body.disable_execute_api_endpoint);
          if (!isKnown(off)) r.skipped.push({ block: api, why: 'disable_execute_api_endpoint is an expression' });
          else if (off !== true) r.hits.push({ block: api, message: `${api.address} is served on ${d.address}, which requires client certificates (mutual TLS), but its default execute-api endpoint stays on: callers skip mutual TLS by calling the default URL.`, fix: 'disable_execute_api_endpoint = true' });
        }
    }
    return r;
  },
};
