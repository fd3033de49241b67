import { bodies, evalIn, ofType } from '../analysis/tree.js';
import { isKnown } from '../analysis/evaluate.js';
import { result, type Rule } from './model.js';
import { endpointTypesOf } from './predicates.js';

export const rule: Rule = {
  id: 'CAE006',
  title: 'Custom domain with a TLS policy below 1.2',
  // Hardening, not a broken API: the domain works, and accepts TLS 1.0 as well.
  severity: 'warning',
  scope: 'any',
  seed: 'Misconfigurations and fixes, 5. Misconfigured custom domain names',
  explanation: 'TLS 1.0 and 1.1 are deprecated; API Gateway custom domains support TLS 1.2 policies (TLS_1_2 and the SecurityPolicy_TLS12_* / SecurityPolicy_TLS13_* enhanced policies). Unset, an edge or regional REST custom domain takes TLS_1_0 (a private one is not reported: it is TLS 1.2).',
  fix: 'security_policy = "TLS_1_2" (or an enhanced SecurityPolicy_TLS13_* policy).',
  run(tree) {
    const r = result();
    for (const d of [...ofType(tree, 'aws_api_gateway_domain_name'), ...ofType(tree, 'aws_apigatewayv2_domain_name')]) {
      const raw = d.type === 'aws_apigatewayv2_domain_name' ? bodies(d.body.domain_name_configuration)[0]?.security_policy : d.body.security_policy;
      // Unset on a private custom domain: the TLS_1_0 default is documented for edge and
      // regional domains only (private ones are TLS 1.2), so it is not reported.
      if (raw === undefined && d.type === 'aws_api_gateway_domain_name') {
        const types = endpointTypesOf(tree, d);
        if (!types.known) {
          r.skipped.push({ block: d, why: `security_policy is unset and the domain's endpoint type cannot be read (${types.why})` });
          continue;
        }
        if (types.value.includes('PRIVATE')) continue;
      }
      const v = raw === undefined ? (d.type === 'aws_apigatewayv2_domain_name' ? 'TLS_1_2' : 'TLS_1_0') : evalIn(tree, d.dir, raw);
      if (!isKnown(v) || typeof v !== 'string') r.skipped.push({ block: d, why: 'security_policy is an expression that cannot be read statically' });
      else if (v !== 'TLS_1_2' && !/^SecurityPolicy_TLS1[23]/.test(v))
        r.hits.push({ block: d, message: `${d.address} uses security_policy ${raw === undefined ? 'unset (TLS_1_0)' : JSON.stringify(v)}: clients may negotiate deprecated TLS 1.0.`, fix: 'security_policy = "TLS_1_2"' });
    }
    return r;
  },
};
