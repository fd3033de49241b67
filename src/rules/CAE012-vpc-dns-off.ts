import { evalIn, ofType, refOf, refsIn } from '../analysis/tree.js';
import { result, type Rule } from './model.js';
import { executeApiEndpoints } from './predicates.js';

export const rule: Rule = {
  id: 'CAE012',
  title: 'VPC without DNS support or hostnames while an execute-api endpoint uses private DNS',
  severity: 'error',
  scope: 'any',
  seed: 'Troubleshooting steps, 2. DNS resolution; Misconfigurations and fixes, 3. DNS resolution problems',
  explanation: 'Private DNS on an interface endpoint needs enableDnsSupport and enableDnsHostnames on the VPC; without them the default execute-api name does not resolve to the endpoint.',
  fix: 'enable_dns_support = true and enable_dns_hostnames = true on the VPC.',
  run(tree) {
    const r = result();
    for (const e of executeApiEndpoints(tree)) {
      if (evalIn(tree, e.dir, e.body.private_dns_enabled) !== true) continue;
      const refs = refsIn(tree, e.dir, e.body.vpc_id);
      const vpc = ofType(tree, 'aws_vpc').find((v) => refs.has(refOf(v)));
      if (!vpc) continue;
      const support = vpc.body.enable_dns_support === undefined ? true : evalIn(tree, vpc.dir, vpc.body.enable_dns_support);
      const hostnames = vpc.body.enable_dns_hostnames === undefined ? false : evalIn(tree, vpc.dir, vpc.body.enable_dns_hostnames);
      if (typeof support !== 'boolean' || typeof hostnames !== 'boolean') r.skipped.push({ block: vpc, why: 'enable_dns_support or enable_dns_hostnames is an expression' });
      else if (!support || !hostnames)
        r.hits.push({ block: vpc, message: `${vpc.address} lacks ${!support ? 'DNS support' : 'DNS hostnames'}, which private DNS on ${e.address} needs: the API's default host name does not resolve inside the VPC.`, fix: 'enable_dns_support   = true\nenable_dns_hostnames = true' });
    }
    return r;
  },
};
