import { bodies, type Json } from '../analysis/tree.js';
import { result, type Rule, type RuleResult } from './model.js';

const OPEN = ['0.0.0.0/0', '::/0'];
const isOpen = (v: unknown) => OPEN.includes(String(v));
const listHasOpen = (v: unknown) => Array.isArray(v) && v.some(isOpen);

export const rule: Rule = {
  id: 'CAE101',
  title: 'Ingress open to the internet in generated output',
  severity: 'error',
  scope: 'generated',
  seed: 'Security groups and NACLs best practices, 1. Apply the principle of least privilege',
  explanation: 'What create-api-endpoint generates never admits 0.0.0.0/0 or ::/0 on a security group or network ACL.',
  fix: 'Admit client security groups or specific CIDR ranges.',
  run(tree): RuleResult {
    const r = result();
    for (const b of tree.blocks.filter((x) => x.kind === 'resource')) {
      const body: Json = b.body;
      const open =
        (b.type === 'aws_vpc_security_group_ingress_rule' && (isOpen(body.cidr_ipv4) || isOpen(body.cidr_ipv6))) ||
        (b.type === 'aws_security_group' && bodies(body.ingress).some((i) => listHasOpen(i.cidr_blocks) || listHasOpen(i.ipv6_cidr_blocks))) ||
        (b.type === 'aws_security_group_rule' && body.type === 'ingress' && (listHasOpen(body.cidr_blocks) || listHasOpen(body.ipv6_cidr_blocks))) ||
        (b.type === 'aws_network_acl_rule' && body.egress === false && isOpen(body.cidr_block) && body.rule_action === 'allow');
      if (open) r.hits.push({ block: b, message: `${b.address} admits traffic from the whole internet.`, fix: 'Admit client security groups or specific CIDR ranges.' });
    }
    return r;
  },
};
