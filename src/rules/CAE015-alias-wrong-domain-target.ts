import { bodies, ofType, refOf, refsIn } from '../analysis/tree.js';
import { result, type Rule } from './model.js';
import { endpointTypesOf } from './predicates.js';

export const rule: Rule = {
  id: 'CAE015',
  title: 'Route 53 alias to the wrong kind of API Gateway domain target',
  severity: 'error',
  scope: 'any',
  seed: 'Misconfigurations and fixes, 5. Misconfigured custom domain names; 4. Incorrect invoke URL or Host headers',
  explanation: 'An edge-optimized custom domain is reached through cloudfront_domain_name / cloudfront_zone_id, a regional one through regional_domain_name / regional_zone_id; the other pair does not exist for it.',
  fix: 'Alias an edge-optimized domain\'s cloudfront_domain_name and cloudfront_zone_id, a regional one\'s regional_domain_name and regional_zone_id.',
  run(tree) {
    const r = result();
    const domains = ofType(tree, 'aws_api_gateway_domain_name');
    for (const rec of ofType(tree, 'aws_route53_record'))
      for (const alias of bodies(rec.body.alias)) {
        const refs = new Set([...refsIn(tree, rec.dir, alias.name), ...refsIn(tree, rec.dir, alias.zone_id)]);
        for (const domain of domains) {
          const used = (['cloudfront', 'regional'] as const).filter((k) => refs.has(`${refOf(domain)}.${k}_domain_name`) || refs.has(`${refOf(domain)}.${k}_zone_id`));
          if (used.length !== 1) continue; // not this domain, or both (a conditional): nothing to tell
          const types = endpointTypesOf(tree, domain);
          if (!types.known) {
            r.skipped.push({ block: rec, why: `the endpoint type of ${domain.address} cannot be told (${types.why})` });
            continue;
          }
          const kind = types.value.includes('REGIONAL') ? 'regional' : types.value.includes('EDGE') ? 'cloudfront' : undefined;
          if (kind && kind !== used[0])
            r.hits.push({ block: rec, message: `${rec.address} aliases ${domain.address}'s ${used[0]} target, but that domain is ${kind === 'regional' ? 'REGIONAL' : 'edge-optimized'}: the record points nowhere and the domain does not resolve.`, fix: `alias {\n  name                   = ${domain.address}.${kind}_domain_name\n  zone_id                = ${domain.address}.${kind}_zone_id\n  evaluate_target_health = false\n}` });
        }
      }
    return r;
  },
};
