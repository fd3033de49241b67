import { result, type Rule } from './model.js';
import { covers443, endpointGroups, executeApiEndpoints, hasDynamic, ingressOf } from './predicates.js';


export const rule: Rule = {
  id: 'CAE009',
  title: 'execute-api endpoint security group without 443 ingress',
  severity: 'error',
  scope: 'any',
  seed: 'Misconfigurations and fixes, 2. Connectivity issues (connection timed out); Troubleshooting steps, 4. Security groups and network ACLs',
  explanation: 'Clients reach the interface endpoint on TCP 443; a security group that does not admit it makes every call time out.',
  fix: 'Add an ingress rule for TCP 443 from the clients to the endpoint\'s security group.',
  run(tree) {
    const r = result();
    for (const e of executeApiEndpoints(tree))
      for (const sg of endpointGroups(tree, e)) {
        const verdicts = ingressOf(tree, sg).map((x) => covers443(x.from, x.to));
        if (verdicts.includes(undefined) || hasDynamic(sg.body, 'ingress')) r.skipped.push({ block: sg, why: 'ingress ports are expressions' });
        else if (!verdicts.includes(true))
          r.hits.push({ block: sg, message: `${sg.address}, the security group of ${e.address}, admits nothing on TCP 443: calls to the private API time out.`, fix: `resource "aws_vpc_security_group_ingress_rule" "https" {\n  security_group_id            = ${sg.address}.id\n  ip_protocol                  = "tcp"\n  from_port                    = 443\n  to_port                      = 443\n  referenced_security_group_id = aws_security_group.clients.id\n}` });
      }
    return r;
  },
};
