import { bodies, evalIn, ofType, pointsTo, type Json } from '../analysis/tree.js';
import { result, type Rule } from './model.js';

export const rule: Rule = {
  id: 'CAE014',
  title: 'Network ACL without the return path (ephemeral ports) or DNS for a Resolver endpoint',
  severity: 'warning',
  scope: 'any',
  seed: 'Misconfigurations and fixes, 2. Connectivity issues (connection timed out); Security groups and NACLs best practices',
  explanation: 'Network ACLs are stateless: responses to clients leave on ephemeral ports (1024–65535) and must be allowed outbound; with a Route 53 Resolver inbound endpoint, DNS (53, TCP and UDP) must be allowed in.',
  fix: 'Allow TCP 1024–65535 outbound to the clients; with a Resolver inbound endpoint, allow 53 TCP and UDP inbound.',
  run(tree) {
    const r = result();
    const resolver = ofType(tree, 'aws_route53_resolver_endpoint').some((e) => evalIn(tree, e.dir, e.body.direction) === 'INBOUND');
    for (const acl of ofType(tree, 'aws_network_acl')) {
      const separate = ofType(tree, 'aws_network_acl_rule').filter((x) => pointsTo(tree, x, x.body.network_acl_id, acl));
      const ev = (dir: string, v: unknown) => evalIn(tree, dir, v);
      const rules = [
        ...bodies(acl.body.ingress).map((x) => ({ x, dir: acl.dir, egress: false })),
        ...bodies(acl.body.egress).map((x) => ({ x, dir: acl.dir, egress: true })),
        ...separate.map((s) => ({ x: s.body as Json, dir: s.dir, egress: ev(s.dir, s.body.egress) === true })),
      ].map(({ x, dir, egress }) => ({ egress, action: ev(dir, x.action ?? x.rule_action), protocol: String(ev(dir, x.protocol)), from: ev(dir, x.from_port), to: ev(dir, x.to_port) }));
      const unreadable = rules.some((x) => typeof x.action !== 'string' || x.protocol === '[object Object]' || (x.protocol !== '-1' && x.protocol !== 'all' && (typeof x.from !== 'number' || typeof x.to !== 'number')));
      if (acl.body.dynamic !== undefined || unreadable || separate.some((s) => s.exists === 'maybe')) {
        r.skipped.push({ block: acl, why: 'rules built from expressions' });
        continue;
      }
      if (rules.length === 0) continue; // the default: nothing configured here
      const allows = (egress: boolean, from: number, to: number, proto?: string) =>
        rules.some((x) => x.egress === egress && x.action === 'allow' && (x.protocol === '-1' || x.protocol === 'all' || ((proto === undefined || x.protocol === proto || x.protocol === (proto === 'tcp' ? '6' : '17')) && (x.from as number) <= from && (x.to as number) >= to)));
      if (!allows(true, 1024, 65535))
        r.hits.push({ block: acl, message: `${acl.address} lets no traffic out on the ephemeral ports 1024–65535: responses never reach the clients and calls time out (network ACLs are stateless).`, fix: 'egress {\n  rule_no    = 200\n  action     = "allow"\n  protocol   = "tcp"\n  from_port  = 1024\n  to_port    = 65535\n  cidr_block = "10.0.0.0/8" # the clients\n}' });
      else if (resolver && !(allows(false, 53, 53, 'tcp') && allows(false, 53, 53, 'udp')))
        r.hits.push({ block: acl, message: `${acl.address} does not let DNS (53, TCP and UDP) in, while a Resolver inbound endpoint answers on-premises queries: names stop resolving from on premises.`, fix: 'ingress {\n  rule_no    = 110\n  action     = "allow"\n  protocol   = "udp"\n  from_port  = 53\n  to_port    = 53\n  cidr_block = "10.20.0.0/16" # on premises\n}\n# and the same with protocol = "tcp"' });
    }
    return r;
  },
};
