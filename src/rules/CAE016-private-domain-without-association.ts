import { ofType, refOf, refsIn } from '../analysis/tree.js';
import { result, type Rule } from './model.js';
import { endpointTypesOf } from './predicates.js';

export const rule: Rule = {
  id: 'CAE016',
  title: 'Private custom domain without an access association',
  severity: 'error',
  scope: 'any',
  seed: 'Private API use cases, 6. Custom domain names for private APIs; Misconfigurations and fixes, 5. Misconfigured custom domain names',
  explanation: 'A private custom domain name is reachable only from the VPC endpoints associated with it (aws_api_gateway_domain_name_access_association).',
  fix: 'Create an aws_api_gateway_domain_name_access_association from your execute-api endpoint to the domain.',
  run(tree) {
    const r = result();
    const associations = ofType(tree, 'aws_api_gateway_domain_name_access_association');
    for (const d of ofType(tree, 'aws_api_gateway_domain_name')) {
      const types = endpointTypesOf(tree, d);
      if (!types.known) {
        r.skipped.push({ block: d, why: types.why });
        continue;
      }
      if (!types.value.includes('PRIVATE')) continue;
      const found = associations.some((a) => refsIn(tree, a.dir, a.body.domain_name_arn).has(refOf(d)));
      if (found) continue;
      // An association the tree cannot tie to a domain, or the domain's ARN handed to a module it does not read: it may exist.
      const loose = associations.find((a) => ![...refsIn(tree, a.dir, a.body.domain_name_arn)].some((x) => /::aws_api_gateway_domain_name\./.test(x)));
      const handed = tree.calls.find((c) => c.target === undefined && Object.values(c.block.body).some((v) => refsIn(tree, c.block.dir, v).has(refOf(d))));
      if (loose || handed) {
        r.skipped.push({ block: d, why: loose ? `${loose.address} may associate it (its domain_name_arn cannot be followed)` : `its ARN is passed to module ${handed!.block.name}, which this check does not read` });
        continue;
      }
      r.hits.push({ block: d, message: `${d.address} is a private custom domain with no access association: no VPC endpoint may use it, and callers get 403 Forbidden.`, fix: `resource "aws_api_gateway_domain_name_access_association" "this" {\n  access_association_source      = aws_vpc_endpoint.execute_api.id\n  access_association_source_type = "VPCE"\n  domain_name_arn                = ${d.address}.arn\n}` });
    }
    return r;
  },
};
