import { bodies, evalIn, ofType, refOf, refsIn } from '../analysis/tree.js';
import { isKnown } from '../analysis/evaluate.js';
import { result, type Rule } from './model.js';
import { executeApiEndpoints } from './predicates.js';

export const rule: Rule = {
  id: 'CAE022',
  title: 'Private hosted zone for the API not associated with the callers\' VPC',
  severity: 'error',
  scope: 'any',
  seed: 'Troubleshooting steps, 2. DNS resolution: private DNS zones associated with the client VPC',
  explanation: 'A record in a private hosted zone resolves only in the VPCs associated with the zone; the callers\' VPC (the one of the execute-api endpoint) must be one of them.',
  fix: 'Associate the zone with the endpoint\'s VPC (a vpc block, or aws_route53_zone_association).',
  run(tree) {
    const r = result();
    const endpoints = executeApiEndpoints(tree);
    const vpcKey = (dir: string, raw: unknown) => {
      const v = evalIn(tree, dir, raw);
      return isKnown(v) ? `id:${JSON.stringify(v)}` : `refs:${[...refsIn(tree, dir, raw)].sort().join(',')}`;
    };
    for (const z of ofType(tree, 'aws_route53_zone').filter((x) => bodies(x.body.vpc).length > 0)) {
      const serves = ofType(tree, 'aws_route53_record').some((rec) => refsIn(tree, rec.dir, rec.body.zone_id).has(refOf(z)) && [...refsIn(tree, rec.dir, [rec.body.alias, rec.body.records])].some((x) => /::(aws_vpc_endpoint|aws_api_gateway_domain_name)\./.test(x)));
      if (!serves) continue;
      const vpcs = [...bodies(z.body.vpc).map((v) => vpcKey(z.dir, v.vpc_id)), ...ofType(tree, 'aws_route53_zone_association').filter((a) => refsIn(tree, a.dir, a.body.zone_id).has(refOf(z))).map((a) => vpcKey(a.dir, a.body.vpc_id))];
      if (vpcs.some((k) => k === 'refs:')) continue;
      // The endpoints of the zone's own folder (another folder's endpoint is another VPC's business).
      for (const e of endpoints.filter((x) => x.dir === z.dir)) {
        const key = vpcKey(e.dir, e.body.vpc_id);
        if (key === 'refs:' || vpcs.includes(key)) continue;
        // The zone's VPC read from the endpoint itself is right by construction.
        if (bodies(z.body.vpc).some((v) => refsIn(tree, z.dir, v.vpc_id).has(refOf(e)))) continue;
        r.hits.push({ block: z, message: `${z.address} holds the API's name but is not associated with the VPC of ${e.address}: callers there cannot resolve it.`, fix: `vpc {\n  vpc_id = ${String(e.body.vpc_id).replace(/^\$\{(.*)\}$/, '$1')}\n}` });
      }
    }
    return r;
  },
};
