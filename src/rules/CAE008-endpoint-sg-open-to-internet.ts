import { result, type Rule } from './model.js';
import { covers443, endpointGroups, executeApiEndpoints, ingressOf, isOpen } from './predicates.js';

export const rule: Rule = {
  id: 'CAE008',
  title: 'execute-api endpoint security group open to the internet',
  severity: 'error',
  scope: 'any',
  seed: 'Security groups and NACLs best practices, 1. Apply the principle of least privilege',
  explanation: 'The interface endpoint security group should admit 443 only from the clients (their security groups or ranges), never 0.0.0.0/0.',
  fix: 'Admit the clients\' security groups (referenced_security_group_id) or their CIDR ranges on 443.',
  run(tree) {
    const r = result();
    const said = new Set<string>();
    for (const e of executeApiEndpoints(tree))
      for (const sg of endpointGroups(tree, e))
        for (const rule of ingressOf(tree, sg)) {
          if (!rule.cidrs.some(isOpen)) continue;
          // The endpoint serves HTTPS only: an open port 80 reaches nothing.
          const https = covers443(rule.from, rule.to);
          if (https === undefined) r.skipped.push({ block: rule.block, why: 'the ports of an ingress open to the internet are expressions' });
          if (!https) continue;
          const key = `${e.address}|${rule.block.dir}|${rule.block.address}`;
          if (said.has(key)) continue;
          said.add(key);
            r.hits.push({ block: rule.block, message: `${rule.block.address} admits the whole internet to the execute-api endpoint ${e.address}: anything that can reach the VPC can call every private API through it.`, fix: 'referenced_security_group_id = aws_security_group.clients.id # or cidr_ipv4 = "<client range>"' });
        }
    return r;
  },
};
