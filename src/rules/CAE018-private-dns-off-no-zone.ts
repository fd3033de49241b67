import { bodies, evalIn, ofType } from '../analysis/tree.js';
import { result, type Rule } from './model.js';
import { endpointTypesOf, executeApiEndpoints, privateApis } from './predicates.js';

export const rule: Rule = {
  id: 'CAE018',
  title: 'Private API with private DNS off and no private hosted zone or custom domain',
  severity: 'warning',
  scope: 'any',
  seed: 'Troubleshooting steps, 2. DNS resolution; Misconfigurations and fixes, 4. Incorrect invoke URL or Host headers',
  explanation: 'With private DNS off on the execute-api endpoint, the default https://{api-id}.execute-api.{region}.amazonaws.com name does not reach the endpoint: callers need the endpoint-specific host name (or the x-apigw-api-id header), a private hosted zone or a private custom domain.',
  fix: 'Turn private DNS on (if no public API is called by its default name from that VPC), or add a private hosted zone or a private custom domain.',
  run(tree) {
    const r = result();
    const { apis } = privateApis(tree);
    const endpoints = executeApiEndpoints(tree);
    if (!apis.length || !endpoints.length) return r;
    const dns = endpoints.map((e) => (e.body.private_dns_enabled === undefined ? false : evalIn(tree, e.dir, e.body.private_dns_enabled)));
    if (dns.some((d) => d !== false)) return r; // on, or not static
    const zones = ofType(tree, 'aws_route53_zone').some((z) => bodies(z.body.vpc).length > 0) || ofType(tree, 'aws_route53_zone_association').length > 0;
    const domainTypes = ofType(tree, 'aws_api_gateway_domain_name').map((d) => endpointTypesOf(tree, d));
    if (domainTypes.some((t) => !t.known)) {
      for (const api of apis) r.skipped.push({ block: api, why: 'the endpoint type of a custom domain cannot be read' });
      return r;
    }
    const privateDomain = domainTypes.some((t) => t.known && t.value.includes('PRIVATE'));
    if (!zones && !privateDomain)
      for (const api of apis)
        r.hits.push({ block: api, message: `${api.address} is reached through endpoints with private DNS off, and there is no private hosted zone or private custom domain: calls to its default host name fail to resolve; callers must use https://{api-id}-{vpce-id}.execute-api.{region}.amazonaws.com or the x-apigw-api-id header.`, fix: 'private_dns_enabled = true # on the execute-api endpoint, if no public API is called by its default name from this VPC' });
    return r;
  },
};
