/**
 * The rules, each from the domain notes (shared/seeds/api-gateway-endpoint-types.txt) or from
 * how AWS behaves. IDs are stable: add new ones at the end, never renumber.
 */
import { bodies, dirOf, ofType, refersTo, valueOf, type Block, type Json, type Tree } from '../analysis/tree.js';
import { allowsInvoke, deniesOutsideEndpoints, policiesOf, statementsOf, type Statement } from './policy.js';
import { result, type Rule, type RuleResult } from './model.js';

const OPEN = ['0.0.0.0/0', '::/0'];
const isOpen = (v: unknown) => OPEN.includes(String(v));
const listHasOpen = (v: unknown) => Array.isArray(v) && v.some(isOpen);

/** The REST APIs whose endpoint type is PRIVATE (literally). */
const privateApis = (tree: Tree) =>
  ofType(tree, 'aws_api_gateway_rest_api').filter((api) => JSON.stringify(valueOf(tree, api.dir, bodies(api.body.endpoint_configuration)[0]?.types) ?? []).includes('PRIVATE'));

/** Interface endpoints for execute-api (service_name names it literally or through a region expression). */
const executeApiEndpoints = (tree: Tree) =>
  ofType(tree, 'aws_vpc_endpoint').filter((e) => /execute-api/.test(String(e.body.service_name ?? '')) && String(e.body.vpc_endpoint_type ?? 'Gateway') === 'Interface');

/** Security groups an endpoint uses, by address (those declared in the same module). */
function endpointGroups(tree: Tree, endpoint: Block): Block[] {
  return ofType(tree, 'aws_security_group', endpoint.dir).filter((sg) => refersTo(endpoint.body.security_group_ids, sg.address));
}

/** Ingress rules of a security group, however written: inline, aws_security_group_rule, aws_vpc_security_group_ingress_rule. */
function ingressOf(tree: Tree, sg: Block): { block: Block; from?: unknown; to?: unknown; cidrs: unknown[] }[] {
  const inline = bodies(sg.body.ingress).map((r) => ({ block: sg, from: r.from_port, to: r.to_port, cidrs: [...((r.cidr_blocks as unknown[]) ?? []), ...((r.ipv6_cidr_blocks as unknown[]) ?? [])] }));
  const legacy = ofType(tree, 'aws_security_group_rule', sg.dir)
    .filter((r) => r.body.type === 'ingress' && refersTo(r.body.security_group_id, sg.address))
    .map((r) => ({ block: r, from: r.body.from_port, to: r.body.to_port, cidrs: [...((r.body.cidr_blocks as unknown[]) ?? []), ...((r.body.ipv6_cidr_blocks as unknown[]) ?? [])] }));
  const modern = ofType(tree, 'aws_vpc_security_group_ingress_rule', sg.dir)
    .filter((r) => refersTo(r.body.security_group_id, sg.address))
    .map((r) => ({ block: r, from: r.body.from_port, to: r.body.to_port, cidrs: [r.body.cidr_ipv4, r.body.cidr_ipv6].filter((c) => c !== undefined) }));
  return [...inline, ...legacy, ...modern];
}

const covers443 = (tree: Tree, dir: string, from: unknown, to: unknown) => {
  const [f, t] = [valueOf(tree, dir, from), valueOf(tree, dir, to)];
  if (typeof f !== 'number' || typeof t !== 'number') return f === undefined || t === undefined ? undefined : false;
  return (f <= 443 && t >= 443) || (f === -1 && t === -1) || (f === 0 && t === 0);
};

/** Runs `judge` on the statements of every private API's policy; a policy it cannot read is skipped. */
function eachPolicy(tree: Tree, judge: (api: Block, statements: Statement[]) => { message: string; fix: string } | undefined): RuleResult {
  const r = result();
  for (const api of privateApis(tree))
    for (const p of policiesOf(api, tree)) {
      const statements = statementsOf(p.expr, tree, api.dir);
      if (!statements) r.skipped.push({ block: p.block, why: 'the policy is an expression that cannot be read statically' });
      else {
        const hit = judge(api, statements);
        if (hit) r.hits.push({ block: p.block, ...hit });
      }
    }
  return r;
}

export const RULES: Rule[] = [
  {
    id: 'CAE001',
    title: 'Private REST API without a resource policy',
    severity: 'error',
    scope: 'any',
    seed: 'Misconfigurations and fixes, 1. Access Denied (HTTP 403 Forbidden): resource policy',
    explanation: 'A private API cannot be deployed without a resource policy, and nothing limits which VPC endpoints may call it.',
    run(tree) {
      const r = result();
      for (const api of privateApis(tree))
        if (policiesOf(api, tree).length === 0)
          r.hits.push({
            block: api,
            message: `${api.address} is PRIVATE but has no resource policy: the deployment fails ("private REST API doesn't have a resource policy attached") and callers get 403 Forbidden.`,
            fix: `resource "aws_api_gateway_rest_api_policy" "this" {\n  rest_api_id = ${api.address}.id\n  policy      = data.aws_iam_policy_document.api.json # Allow execute-api:Invoke, Deny unless aws:SourceVpce\n}`,
          });
      return r;
    },
  },
  {
    id: 'CAE002',
    title: 'Private API policy without a Deny unless aws:SourceVpce / aws:SourceVpc',
    severity: 'error',
    scope: 'any',
    seed: 'Network plumbing, cross-account: resource policy; Troubleshooting steps, 6. API gateway and endpoint policies',
    explanation: 'The canonical private API policy allows execute-api:Invoke and denies every request that does not come through the allowed interface endpoints (aws:SourceVpce) or VPCs (aws:SourceVpc).',
    run: (tree) =>
      eachPolicy(tree, (api, statements) =>
        deniesOutsideEndpoints(statements)
          ? undefined
          : {
              message: `the resource policy of ${api.address} has no Deny for requests outside the allowed VPC endpoints: any endpoint in any account that the Allow admits can call the API.`,
              fix: 'statement {\n  effect    = "Deny"\n  actions   = ["execute-api:Invoke"]\n  resources = ["execute-api:/*"]\n  principals {\n    type        = "*"\n    identifiers = ["*"]\n  }\n  condition {\n    test     = "StringNotEquals"\n    variable = "aws:SourceVpce"\n    values   = [aws_vpc_endpoint.execute_api.id]\n  }\n}',
            },
      ),
  },
  {
    id: 'CAE003',
    title: 'Private API policy that never allows execute-api:Invoke',
    severity: 'error',
    scope: 'any',
    seed: 'Misconfigurations and fixes, 1. Access Denied (HTTP 403 Forbidden)',
    explanation: 'Without an Allow for execute-api:Invoke every call is denied, from every endpoint.',
    run: (tree) =>
      eachPolicy(tree, (api, statements) =>
        allowsInvoke(statements)
          ? undefined
          : {
              message: `the resource policy of ${api.address} allows no execute-api:Invoke: every caller gets 403 Forbidden.`,
              fix: 'statement {\n  effect    = "Allow"\n  actions   = ["execute-api:Invoke"]\n  resources = ["execute-api:/*"]\n  principals {\n    type        = "*"\n    identifiers = ["*"]\n  }\n}',
            },
      ),
  },
  {
    id: 'CAE004',
    title: 'Deployment whose triggers miss the separate resource policy',
    severity: 'error',
    scope: 'any',
    seed: 'Misconfigurations and fixes, 1. Access Denied (HTTP 403 Forbidden): redeploy after modifying the resource policy',
    explanation: 'A changed resource policy is served only after a new deployment; when the policy is its own resource, the deployment must be triggered by it.',
    run(tree) {
      const r = result();
      for (const api of privateApis(tree)) {
        const separate = policiesOf(api, tree).filter((p) => p.block !== api);
        for (const dep of ofType(tree, 'aws_api_gateway_deployment', api.dir).filter((d) => refersTo(d.body.rest_api_id, api.address)))
          for (const p of separate)
            if (!refersTo(dep.body.triggers, p.block.address))
              r.hits.push({
                block: dep,
                message: `${dep.address} is not redeployed when ${p.block.address} changes: a new policy is not served until someone redeploys by hand (callers keep getting the old answer, often 403).`,
                fix: `triggers = {\n  redeployment = sha1(jsonencode([\n    # … what defines the API …\n    ${p.block.address}.policy,\n  ]))\n}`,
              });
      }
      return r;
    },
  },
  {
    id: 'CAE005',
    title: 'Deployment without triggers or create_before_destroy',
    severity: 'warning',
    scope: 'any',
    seed: 'Misconfigurations and fixes, 1. Access Denied (HTTP 403 Forbidden): redeploy after modifying the resource policy',
    explanation: 'A deployment without triggers is never redeployed when the API changes; without create_before_destroy, replacing it fails while a stage still points at it.',
    run(tree) {
      const r = result();
      for (const dep of ofType(tree, 'aws_api_gateway_deployment')) {
        const cbd = bodies(dep.body.lifecycle).some((l) => l.create_before_destroy === true);
        if (dep.body.triggers === undefined)
          r.hits.push({ block: dep, message: `${dep.address} has no triggers: changes to methods, integrations or the policy are not deployed until someone redeploys by hand.`, fix: 'triggers = {\n  redeployment = sha1(jsonencode([aws_api_gateway_resource.this.id, aws_api_gateway_method.this.id, aws_api_gateway_integration.this.id]))\n}' });
        else if (!cbd)
          r.hits.push({ block: dep, message: `${dep.address} has triggers but no create_before_destroy: a redeployment tries to delete the deployment a stage still uses and fails.`, fix: 'lifecycle {\n  create_before_destroy = true\n}' });
      }
      return r;
    },
  },
  {
    id: 'CAE006',
    title: 'Custom domain with a TLS policy below 1.2',
    severity: 'error',
    scope: 'any',
    seed: 'Misconfigurations and fixes, 5. Misconfigured custom domain names',
    explanation: 'TLS 1.0 and 1.1 are deprecated; API Gateway custom domains support TLS 1.2 policies.',
    run(tree) {
      const r = result();
      for (const d of [...ofType(tree, 'aws_api_gateway_domain_name'), ...ofType(tree, 'aws_apigatewayv2_domain_name')]) {
        const policy = d.type === 'aws_apigatewayv2_domain_name' ? bodies(d.body.domain_name_configuration)[0]?.security_policy : d.body.security_policy;
        const v = valueOf(tree, d.dir, policy);
        if (policy !== undefined && v === undefined) r.skipped.push({ block: d, why: 'security_policy is an expression' });
        else if (v !== 'TLS_1_2' && !String(v ?? '').startsWith('SecurityPolicy_TLS1'))
          r.hits.push({ block: d, message: `${d.address} uses security_policy ${JSON.stringify(v ?? 'unset (TLS_1_0)')}: clients may negotiate deprecated TLS 1.0.`, fix: 'security_policy = "TLS_1_2"' });
      }
      return r;
    },
  },
  {
    id: 'CAE007',
    title: 'Stage without access logs',
    severity: 'warning',
    scope: 'any',
    seed: 'Troubleshooting steps, 7. CloudWatch logs and monitoring',
    explanation: 'Without access logs a 403 or a timeout leaves no trace of who called, from which endpoint, with which result.',
    run(tree) {
      const r = result();
      for (const s of ofType(tree, 'aws_api_gateway_stage'))
        if (hasDynamic(s.body, 'access_log_settings')) r.skipped.push({ block: s, why: 'access_log_settings is a dynamic block' });
        else if (bodies(s.body.access_log_settings).length === 0)
          r.hits.push({ block: s, message: `${s.address} writes no access logs: failed calls cannot be traced.`, fix: 'access_log_settings {\n  destination_arn = aws_cloudwatch_log_group.access.arn\n  format          = jsonencode({ requestId = "$context.requestId", sourceIp = "$context.identity.sourceIp", vpceId = "$context.identity.vpceId", status = "$context.status" })\n}' });
      return r;
    },
  },
  {
    id: 'CAE008',
    title: 'execute-api endpoint security group open to the internet',
    severity: 'error',
    scope: 'any',
    seed: 'Security groups and NACLs best practices, 1. Apply the principle of least privilege',
    explanation: 'The interface endpoint security group should admit 443 only from the clients (their security groups or ranges), never 0.0.0.0/0.',
    run(tree) {
      const r = result();
      for (const e of executeApiEndpoints(tree))
        for (const sg of endpointGroups(tree, e))
          for (const rule of ingressOf(tree, sg))
            if (rule.cidrs.some(isOpen))
              r.hits.push({ block: rule.block, message: `${rule.block.address} admits the whole internet to the execute-api endpoint ${e.address}: anything that can reach the VPC can call every private API through it.`, fix: 'referenced_security_group_id = aws_security_group.clients.id # or cidr_ipv4 = "<client range>"' });
      return r;
    },
  },
  {
    id: 'CAE009',
    title: 'execute-api endpoint security group without 443 ingress',
    severity: 'error',
    scope: 'any',
    seed: 'Misconfigurations and fixes, 2. Connectivity issues (connection timed out); Troubleshooting steps, 4. Security groups and network ACLs',
    explanation: 'Clients reach the interface endpoint on TCP 443; a security group that does not admit it makes every call time out.',
    run(tree) {
      const r = result();
      for (const e of executeApiEndpoints(tree))
        for (const sg of endpointGroups(tree, e)) {
          const rules = ingressOf(tree, sg);
          const verdicts = rules.map((x) => covers443(tree, sg.dir, x.from, x.to));
          // A for_each/dynamic rule, or ports from variables: cannot tell, so skip.
          if (verdicts.includes(undefined) || sg.body.dynamic !== undefined) r.skipped.push({ block: sg, why: 'ingress ports are expressions' });
          else if (!verdicts.includes(true))
            r.hits.push({ block: sg, message: `${sg.address}, the security group of ${e.address}, admits nothing on TCP 443: calls to the private API time out.`, fix: `resource "aws_vpc_security_group_ingress_rule" "https" {\n  security_group_id            = ${sg.address}.id\n  ip_protocol                  = "tcp"\n  from_port                    = 443\n  to_port                      = 443\n  referenced_security_group_id = aws_security_group.clients.id\n}` });
        }
      return r;
    },
  },
  {
    id: 'CAE010',
    title: 'execute-api endpoint in fewer than two subnets',
    severity: 'warning',
    scope: 'any',
    seed: 'Private API downsides, 5. Potential single point of failure',
    explanation: 'One network interface per subnet: a single subnet (one Availability Zone) makes the endpoint a single point of failure.',
    run(tree) {
      const r = result();
      for (const e of executeApiEndpoints(tree)) {
        const subnets = valueOf(tree, e.dir, e.body.subnet_ids);
        if (!Array.isArray(subnets)) r.skipped.push({ block: e, why: 'subnet_ids is an expression' });
        else if (subnets.length < 2) r.hits.push({ block: e, message: `${e.address} has ${subnets.length} subnet: if that Availability Zone fails, every private API behind it is unreachable.`, fix: 'subnet_ids = [aws_subnet.a.id, aws_subnet.b.id] # two or more Availability Zones' });
      }
      return r;
    },
  },
  {
    id: 'CAE011',
    title: 'Two execute-api endpoints with private DNS in one VPC',
    severity: 'error',
    scope: 'any',
    seed: 'Network plumbing, 4. DNS resolution; Misconfigurations and fixes, 3. DNS resolution problems',
    explanation: 'Only one execute-api interface endpoint with private DNS can exist in a VPC; the second fails with "conflicting DNS domain".',
    run(tree) {
      const r = result();
      const byVpc = new Map<string, Block[]>();
      for (const e of executeApiEndpoints(tree)) {
        if (valueOf(tree, e.dir, e.body.private_dns_enabled) !== true || e.body.for_each !== undefined || (e.body.count !== undefined && valueOf(tree, e.dir, e.body.count) !== 1)) continue;
        const key = `${e.dir}|${JSON.stringify(e.body.vpc_id)}`;
        byVpc.set(key, [...(byVpc.get(key) ?? []), e]);
      }
      for (const list of byVpc.values())
        for (const e of list.slice(1))
          r.hits.push({ block: e, message: `${e.address} and ${list[0]!.address} both turn on private DNS in the same VPC: the second fails to apply (conflicting DNS domain for *.execute-api…).`, fix: `# Reuse one endpoint for every private API in the VPC:\nprivate_dns_enabled = false # or remove ${e.address} and pass ${list[0]!.address}.id to the APIs` });
      return r;
    },
  },
  {
    id: 'CAE012',
    title: 'VPC without DNS support or hostnames while an execute-api endpoint uses private DNS',
    severity: 'error',
    scope: 'any',
    seed: 'Troubleshooting steps, 2. DNS resolution; Misconfigurations and fixes, 3. DNS resolution problems',
    explanation: 'Private DNS on an interface endpoint needs enableDnsSupport and enableDnsHostnames on the VPC; without them the default execute-api name does not resolve to the endpoint.',
    run(tree) {
      const r = result();
      for (const e of executeApiEndpoints(tree)) {
        if (valueOf(tree, e.dir, e.body.private_dns_enabled) !== true) continue;
        const vpc = ofType(tree, 'aws_vpc', e.dir).find((v) => refersTo(e.body.vpc_id, v.address));
        if (!vpc) continue;
        const [support, hostnames] = [valueOf(tree, vpc.dir, vpc.body.enable_dns_support), valueOf(tree, vpc.dir, vpc.body.enable_dns_hostnames)];
        if (hostnames === undefined && vpc.body.enable_dns_hostnames !== undefined) r.skipped.push({ block: vpc, why: 'enable_dns_hostnames is an expression' });
        else if (support === false || hostnames !== true)
          r.hits.push({ block: vpc, message: `${vpc.address} lacks ${support === false ? 'DNS support' : 'DNS hostnames'}, which private DNS on ${e.address} needs: the API's default host name does not resolve inside the VPC.`, fix: 'enable_dns_support   = true\nenable_dns_hostnames = true' });
      }
      return r;
    },
  },
  {
    id: 'CAE013',
    title: 'WAF common rule set blocks request bodies over 8 KB',
    severity: 'warning',
    scope: 'any',
    seed: 'Endpoint types: edge-optimized and regional (public) endpoints; AWS WAF managed rules',
    explanation: 'AWSManagedRulesCommonRuleSet blocks bodies larger than 8 KB (SizeRestrictions_BODY) unless that rule is overridden: uploads and large JSON fail with 403.',
    run(tree) {
      const r = result();
      for (const acl of ofType(tree, 'aws_wafv2_web_acl'))
        for (const rule of bodies(acl.body.rule)) {
          const group = bodies(bodies(rule.statement)[0]?.managed_rule_group_statement)[0];
          if (!group || group.name !== 'AWSManagedRulesCommonRuleSet') continue;
          const overridden = bodies(group.rule_action_override).some((o) => o.name === 'SizeRestrictions_BODY');
          if (hasDynamic(group, 'rule_action_override')) r.skipped.push({ block: acl, why: 'rule_action_override is a dynamic block' });
          else if (!overridden)
            r.hits.push({ block: acl, message: `${acl.address} applies AWSManagedRulesCommonRuleSet without overriding SizeRestrictions_BODY: requests with bodies over 8 KB get 403 Forbidden.`, fix: 'rule_action_override {\n  name = "SizeRestrictions_BODY"\n  action_to_use {\n    count {}\n  }\n}' });
        }
      return r;
    },
  },
  {
    id: 'CAE014',
    title: 'Network ACL without the return path (ephemeral ports) or DNS for a Resolver endpoint',
    severity: 'warning',
    scope: 'any',
    seed: 'Misconfigurations and fixes, 2. Connectivity issues (connection timed out); Security groups and NACLs best practices',
    explanation: 'Network ACLs are stateless: responses to clients leave on ephemeral ports (1024–65535) and must be allowed outbound; with a Route 53 Resolver inbound endpoint, DNS (53, TCP and UDP) must be allowed in.',
    run(tree) {
      const r = result();
      const resolver = ofType(tree, 'aws_route53_resolver_endpoint').some((e) => valueOf(tree, e.dir, e.body.direction) === 'INBOUND');
      for (const acl of ofType(tree, 'aws_network_acl')) {
        const separate = ofType(tree, 'aws_network_acl_rule', acl.dir).filter((x) => refersTo(x.body.network_acl_id, acl.address));
        const rules = [
          ...bodies(acl.body.ingress).map((x) => ({ ...x, egress: false })),
          ...bodies(acl.body.egress).map((x) => ({ ...x, egress: true })),
          ...separate.map((x) => ({ ...x.body, egress: x.body.egress === true })),
        ].map((x: Json) => ({ egress: x.egress === true, action: valueOf(tree, acl.dir, x.action ?? x.rule_action), protocol: String(valueOf(tree, acl.dir, x.protocol)), from: valueOf(tree, acl.dir, x.from_port), to: valueOf(tree, acl.dir, x.to_port) }));
        if (acl.body.dynamic !== undefined || rules.some((x) => x.action === undefined || x.protocol === 'undefined' || (x.protocol !== '-1' && x.protocol !== 'all' && (typeof x.from !== 'number' || typeof x.to !== 'number')))) {
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
  },
  {
    id: 'CAE015',
    title: 'Route 53 alias to the wrong kind of API Gateway domain target',
    severity: 'error',
    scope: 'any',
    seed: 'Misconfigurations and fixes, 5. Misconfigured custom domain names; 4. Incorrect invoke URL or Host headers',
    explanation: 'An edge-optimized custom domain is reached through cloudfront_domain_name / cloudfront_zone_id, a regional one through regional_domain_name / regional_zone_id; the other pair does not exist for it.',
    run(tree) {
      const r = result();
      for (const rec of ofType(tree, 'aws_route53_record'))
        for (const alias of bodies(rec.body.alias)) {
          const m = /aws_api_gateway_domain_name\.([\w-]+)(?:\[[^\]]*\])?\.(cloudfront|regional)_(domain_name|zone_id)/.exec(JSON.stringify([alias.name, alias.zone_id]));
          if (!m) continue;
          const domain = ofType(tree, 'aws_api_gateway_domain_name', rec.dir).find((d) => d.name === m[1]);
          if (!domain) continue;
          const types = JSON.stringify(valueOf(tree, domain.dir, bodies(domain.body.endpoint_configuration)[0]?.types) ?? '');
          const kind = types.includes('REGIONAL') || domain.body.regional_certificate_arn !== undefined ? 'regional' : types.includes('EDGE') || domain.body.certificate_arn !== undefined ? 'cloudfront' : undefined;
          if (!kind) r.skipped.push({ block: rec, why: 'the domain type cannot be told' });
          else if (kind !== m[2])
            r.hits.push({ block: rec, message: `${rec.address} aliases ${domain.address}'s ${m[2]}_${m[3]}, but that domain is ${kind === 'regional' ? 'REGIONAL' : 'edge-optimized'}: the record points nowhere and the domain does not resolve.`, fix: `alias {\n  name                   = ${domain.address}.${kind}_domain_name\n  zone_id                = ${domain.address}.${kind}_zone_id\n  evaluate_target_health = false\n}` });
        }
      return r;
    },
  },
  {
    id: 'CAE016',
    title: 'Private custom domain without an access association',
    severity: 'error',
    scope: 'any',
    seed: 'Private API use cases, 6. Custom domain names for private APIs; Misconfigurations and fixes, 5. Misconfigured custom domain names',
    explanation: 'A private custom domain name is reachable only from the VPC endpoints associated with it (aws_api_gateway_domain_name_access_association).',
    run(tree) {
      const r = result();
      for (const d of ofType(tree, 'aws_api_gateway_domain_name')) {
        const types = valueOf(tree, d.dir, bodies(d.body.endpoint_configuration)[0]?.types);
        if (!JSON.stringify(types ?? '').includes('PRIVATE')) continue;
        const associated = ofType(tree, 'aws_api_gateway_domain_name_access_association').some((a) => refersTo(a.body.domain_name_arn, d.address));
        if (!associated)
          r.hits.push({ block: d, message: `${d.address} is a private custom domain with no access association: no VPC endpoint may use it, and callers get 403 Forbidden.`, fix: `resource "aws_api_gateway_domain_name_access_association" "this" {\n  access_association_source      = aws_vpc_endpoint.execute_api.id\n  access_association_source_type = "VPCE"\n  domain_name_arn                = ${d.address}.arn\n}` });
      }
      return r;
    },
  },
  {
    id: 'CAE017',
    title: 'Custom domain certificate in the wrong Region',
    severity: 'error',
    scope: 'any',
    seed: 'Endpoint types, 1. Edge-optimized (CloudFront); Misconfigurations and fixes, 5. Misconfigured custom domain names',
    explanation: 'An edge-optimized domain needs its ACM certificate in us-east-1 (CloudFront); a regional domain needs it in the API\'s own Region.',
    run(tree) {
      const r = result();
      const providerRegion = (dir: string, alias: string | undefined) => {
        const p = tree.blocks.find((b) => b.kind === 'provider' && b.name === 'aws' && (alias === undefined ? b.body.alias === undefined : b.body.alias === alias));
        return p ? valueOf(tree, p.dir, p.body.region) : undefined;
      };
      const regionOf = (expr: unknown, dir: string): unknown => {
        const arn = valueOf(tree, dir, expr);
        if (typeof arn === 'string') return /^arn:aws[\w-]*:acm:([a-z0-9-]+):/.exec(arn)?.[1];
        const m = /aws_acm_certificate(?:_validation)?\.([\w-]+)/.exec(JSON.stringify(expr ?? ''));
        const cert = m && (ofType(tree, 'aws_acm_certificate', dir).find((c) => c.name === m[1]) ?? ofType(tree, 'aws_acm_certificate_validation', dir).find((c) => c.name === m[1]));
        if (!cert) return undefined;
        const alias = /\$\{aws\.([\w-]+)\}/.exec(String(cert.body.provider ?? ''))?.[1];
        return cert.dir === '' || alias ? providerRegion(cert.dir, alias) : undefined;
      };
      for (const d of ofType(tree, 'aws_api_gateway_domain_name')) {
        const edge = d.body.certificate_arn !== undefined;
        const expr = edge ? d.body.certificate_arn : d.body.regional_certificate_arn;
        if (expr === undefined) continue;
        const region = regionOf(expr, d.dir);
        const want = edge ? 'us-east-1' : providerRegion(d.dir, undefined);
        if (typeof region !== 'string' || typeof want !== 'string') r.skipped.push({ block: d, why: 'the certificate or provider Region is not static' });
        else if (region !== want)
          r.hits.push({ block: d, message: `${d.address} is ${edge ? 'edge-optimized' : 'regional'} but its certificate is in ${region}, not ${want}: creating the domain fails ("certificate not found" / "must be in ${want}").`, fix: edge ? 'provider "aws" {\n  alias  = "us_east_1"\n  region = "us-east-1"\n}\n# and on the certificate: provider = aws.us_east_1' : `# issue the certificate in ${want}, the API's Region` });
      }
      return r;
    },
  },
  {
    id: 'CAE018',
    title: 'Private API with private DNS off and no private hosted zone or custom domain',
    severity: 'warning',
    scope: 'any',
    seed: 'Troubleshooting steps, 2. DNS resolution; Misconfigurations and fixes, 4. Incorrect invoke URL or Host headers',
    explanation: 'With private DNS off on the execute-api endpoint, the default https://{api-id}.execute-api.{region}.amazonaws.com name does not reach the endpoint: callers need the endpoint-specific host name (or the x-apigw-api-id header), a private hosted zone or a private custom domain.',
    run(tree) {
      const r = result();
      const apis = privateApis(tree);
      const endpoints = executeApiEndpoints(tree);
      if (!apis.length || !endpoints.length) return r;
      const dns = endpoints.map((e) => valueOf(tree, e.dir, e.body.private_dns_enabled));
      if (dns.some((d) => d !== false)) return r; // on, or not static
      const zones = ofType(tree, 'aws_route53_zone').some((z) => bodies(z.body.vpc).length > 0);
      const privateDomain = ofType(tree, 'aws_api_gateway_domain_name').some((d) => JSON.stringify(bodies(d.body.endpoint_configuration)[0]?.types ?? '').includes('PRIVATE'));
      if (!zones && !privateDomain)
        for (const api of apis)
          r.hits.push({ block: api, message: `${api.address} is reached through endpoints with private DNS off, and there is no private hosted zone or private custom domain: calls to its default host name fail to resolve; callers must use https://${api.name}-<vpce-id>.execute-api.<region>.amazonaws.com or the x-apigw-api-id header.`, fix: 'private_dns_enabled = true # on the execute-api endpoint, if no public API is called by its default name from this VPC' });
      return r;
    },
  },
  {
    id: 'CAE019',
    title: 'Stage logging (access or execution) without the account\'s API Gateway CloudWatch role in the tree',
    severity: 'warning',
    scope: 'any',
    seed: 'Troubleshooting steps, 7. CloudWatch logs and monitoring',
    explanation: 'Access and execution logs need the account-wide API Gateway CloudWatch role (aws_api_gateway_account); in an account or Region without it the stage fails to apply ("CloudWatch Logs role ARN must be set in account settings to enable logging").',
    run(tree) {
      const r = result();
      if (ofType(tree, 'aws_api_gateway_account').length) return r;
      const fix = 'module "account" { source = "./modules/account-baseline" } # once per account and Region (create-api-endpoint --account-baseline)\n# or: create-api-endpoint:ignore CAE019 <where the account baseline sets it>';
      for (const stage of ofType(tree, 'aws_api_gateway_stage'))
        if (bodies(stage.body.access_log_settings).length)
          r.hits.push({ block: stage, message: `${stage.address} writes access logs but the tree sets no aws_api_gateway_account: in an account or Region where nobody set the CloudWatch role, the apply fails.`, fix });
      for (const m of ofType(tree, 'aws_api_gateway_method_settings'))
        for (const settings of bodies(m.body.settings)) {
          const level = valueOf(tree, m.dir, settings.logging_level);
          if (settings.logging_level !== undefined && level === undefined) r.skipped.push({ block: m, why: 'logging_level is an expression' });
          else if (level === 'ERROR' || level === 'INFO')
            r.hits.push({ block: m, message: `${m.address} turns execution logging on (${level}) but the tree sets no aws_api_gateway_account: in an account or Region where nobody set the CloudWatch role, the apply fails.`, fix });
        }
      return r;
    },
  },
  {
    id: 'CAE020',
    title: 'Resource policy that denies a method the API defines',
    severity: 'error',
    scope: 'any',
    seed: 'Misconfigurations and fixes, 1. Access Denied (HTTP 403 Forbidden): the resource policy',
    explanation: 'An unconditional Deny on a method or path (execute-api:/stage/METHOD/path) blocks it for every caller, whatever the Allow says.',
    run(tree) {
      const r = result();
      for (const api of ofType(tree, 'aws_api_gateway_rest_api'))
        for (const p of policiesOf(api, tree)) {
          const statements = statementsOf(p.expr, tree, api.dir);
          if (!statements) continue; // CAE002 counts the skip
          const denies = statements.filter((s) => s.effect === 'Deny' && s.conditions.length === 0 && s.resources?.length);
          if (!denies.length) continue;
          for (const m of ofType(tree, 'aws_api_gateway_method', api.dir).filter((x) => refersTo(x.body.rest_api_id, api.address))) {
            const method = valueOf(tree, m.dir, m.body.http_method);
            const path = pathOf(tree, api, m.body.resource_id);
            if (typeof method !== 'string' || path === undefined) {
              r.skipped.push({ block: m, why: 'the method or its path is an expression' });
              continue;
            }
            const denied = denies.flatMap((s) => s.resources!).find((res) => deniesPath(res, method, path));
            if (denied)
              r.hits.push({ block: p.block, message: `the resource policy of ${api.address} denies ${denied} without a condition, and the API defines ${method} ${path} (${m.address}): every call to it gets 403 Forbidden.`, fix: '# narrow the Deny: add a condition (e.g. aws:SourceVpce), or drop the method from its resources' });
          }
        }
      return r;
    },
  },
  {
    id: 'CAE021',
    title: 'Consumer VPC endpoints in a variable but not in the resource policy',
    severity: 'warning',
    scope: 'any',
    seed: 'Private API use cases, 3. Cross-account API consumption; Network plumbing: cross-account resource policies',
    explanation: 'Consumers in other accounts call through their own interface endpoints: the private API\'s resource policy must admit those endpoint IDs, or their calls get 403.',
    run(tree) {
      const r = result();
      const consumerVars = tree.blocks.filter((b) => b.kind === 'variable' && /(consumer|partner|cross_account|allowed).*(vpce|vpc_endpoint)|(vpce|vpc_endpoint).*(consumer|partner|cross_account|allowed)/.test(b.name));
      for (const v of consumerVars)
        for (const api of privateApis(tree).filter((a) => a.dir === v.dir))
          for (const p of policiesOf(api, tree)) {
            let text = JSON.stringify(p.expr ?? '');
            const doc = /data\.aws_iam_policy_document\.([\w-]+)\.json/.exec(text);
            const docBlock = doc && ofType(tree, 'data.aws_iam_policy_document', api.dir).find((d) => d.name === doc[1]);
            if (docBlock) text += JSON.stringify(docBlock.body);
            for (const local of text.matchAll(/local\.([\w-]+)/g)) text += JSON.stringify(tree.values.get(api.dir)?.get(`local.${local[1]}`) ?? localValue(tree, api.dir, local[1]!));
            if (!text.includes(`var.${v.name}`))
              r.hits.push({ block: p.block, message: `var.${v.name} lists consumers' VPC endpoints, but the resource policy of ${api.address} does not admit them: their calls get 403 Forbidden.`, fix: `condition {\n  test     = "StringNotEquals"\n  variable = "aws:SourceVpce"\n  values   = concat([aws_vpc_endpoint.execute_api.id], var.${v.name})\n}` });
          }
      return r;
    },
  },
  {
    id: 'CAE022',
    title: 'Private hosted zone for the API not associated with the callers\' VPC',
    severity: 'error',
    scope: 'any',
    seed: 'Troubleshooting steps, 2. DNS resolution: private DNS zones associated with the client VPC',
    explanation: 'A record in a private hosted zone resolves only in the VPCs associated with the zone; the callers\' VPC (the one of the execute-api endpoint) must be one of them.',
    run(tree) {
      const r = result();
      const endpoints = executeApiEndpoints(tree);
      for (const z of ofType(tree, 'aws_route53_zone').filter((x) => bodies(x.body.vpc).length > 0)) {
        const serves = ofType(tree, 'aws_route53_record').some((rec) => refersTo(rec.body.zone_id, z.address) && /aws_vpc_endpoint\.|aws_api_gateway_domain_name\./.test(JSON.stringify([rec.body.alias, rec.body.records])));
        if (!serves) continue;
        const vpcs = [...bodies(z.body.vpc).map((v) => JSON.stringify(v.vpc_id)), ...ofType(tree, 'aws_route53_zone_association').filter((a) => refersTo(a.body.zone_id, z.address)).map((a) => JSON.stringify(a.body.vpc_id))];
        // The endpoints of the zone's own module (an endpoint in another module is another VPC's
        // business, and a zone whose VPC is read from the endpoint is right by construction).
        for (const e of endpoints.filter((x) => x.dir === z.dir))
          if (!vpcs.includes(JSON.stringify(e.body.vpc_id)))
            r.hits.push({ block: z, message: `${z.address} holds the API's name but is not associated with the VPC of ${e.address}: callers there cannot resolve it.`, fix: `vpc {\n  vpc_id = ${String(e.body.vpc_id).replace(/^\$\{(.*)\}$/, '$1')}\n}` });
      }
      return r;
    },
  },
  {
    id: 'CAE023',
    title: 'Resource policy admits other VPC endpoints than the ones associated with the API',
    severity: 'error',
    scope: 'any',
    seed: 'Misconfigurations and fixes, 1. Access Denied (HTTP 403 Forbidden): aws:SourceVpce',
    explanation: 'Callers come through the interface endpoints associated with the private API (vpc_endpoint_ids); a policy whose aws:SourceVpce condition names other endpoints denies them.',
    run(tree) {
      const r = result();
      for (const api of privateApis(tree)) {
        const associated: string[] = JSON.stringify(bodies(api.body.endpoint_configuration)[0]?.vpc_endpoint_ids ?? '').match(/aws_vpc_endpoint\.[\w-]+/g) ?? [];
        if (!associated.length) continue;
        for (const p of policiesOf(api, tree)) {
          const doc = /data\.aws_iam_policy_document\.([\w-]+)\.json/.exec(JSON.stringify(p.expr ?? ''));
          const docBlock = doc && ofType(tree, 'data.aws_iam_policy_document', api.dir).find((d) => d.name === doc[1]);
          if (!docBlock) continue;
          for (const st of bodies(docBlock.body.statement))
            for (const c of bodies(st.condition).filter((x) => x.variable === 'aws:SourceVpce')) {
              let text = JSON.stringify(c.values ?? '');
              for (const local of text.matchAll(/local\.([\w-]+)/g)) text += JSON.stringify(localValue(tree, api.dir, local[1]!));
              const named: string[] = text.match(/aws_vpc_endpoint\.[\w-]+/g) ?? [];
              const missing = associated.filter((a) => !named.includes(a));
              // Only when the condition names endpoints of this tree: variables and literal IDs cannot be compared statically.
              if (named.length && missing.length)
                r.hits.push({ block: p.block, message: `the aws:SourceVpce condition of ${api.address}'s policy names ${[...new Set(named)].join(', ')} but not ${missing.join(', ')}, which the API is associated with: callers through it get 403 Forbidden.`, fix: `values = [${[...new Set([...named, ...missing])].map((a) => `${a}.id`).join(', ')}]` });
            }
        }
      }
      return r;
    },
  },
  {
    id: 'CAE024',
    title: 'CloudFront in front of API Gateway without a secret origin header checked at the API',
    severity: 'warning',
    scope: 'any',
    seed: 'Endpoint types, 2. Regional: your own CloudFront distribution in front of a regional endpoint',
    explanation: 'A regional endpoint behind your own CloudFront stays reachable directly: callers can go around the distribution and whatever it enforces (WAF at the edge, geo restriction, caching) unless CloudFront adds a secret header that the API side (a web ACL on the stage) requires.',
    run(tree) {
      const r = result();
      // Header names a web ACL matches on (a byte match on single_header, at any nesting).
      const checked = new Set(
        ofType(tree, 'aws_wafv2_web_acl').flatMap((acl) => [...JSON.stringify(acl.body.rule ?? []).matchAll(/"single_header":\[\{"name":"([^"]+)"\}\]/g)].map((m) => m[1]!.toLowerCase())),
      );
      for (const cf of ofType(tree, 'aws_cloudfront_distribution'))
        for (const origin of bodies(cf.body.origin)) {
          if (!/execute-api|aws_api_gateway_(rest_api|stage|domain_name)/.test(JSON.stringify(origin.domain_name ?? ''))) continue;
          const headers = bodies(origin.custom_header).map((h) => String(h.name ?? '').toLowerCase());
          if (!headers.some((h) => checked.has(h)))
            r.hits.push({
              block: cf,
              message: `${cf.address} forwards to API Gateway, but ${headers.length ? `no web ACL in the tree checks its origin header ${headers.join(', ')}` : 'adds no secret origin header'}: callers can reach the API directly, around CloudFront.`,
              fix: 'origin {\n  custom_header {\n    name  = "x-origin-verify"\n    value = var.origin_verify_secret\n  }\n}\n# and in the stage\'s web ACL: block requests whose x-origin-verify header is not that secret (byte_match_statement, EXACTLY)',
            });
        }
      return r;
    },
  },
  {
    id: 'CAE025',
    title: 'Integration through a VPC link V2 without integration_target',
    severity: 'error',
    scope: 'any',
    seed: 'Network plumbing, 6. Load balancers: Network Load Balancers behind private integrations',
    explanation: 'A REST API integration through a VPC link V2 must name the load balancer it sends requests to (integration_target, an NLB or ALB ARN): without it API Gateway refuses the integration ("IntegrationTarget is required for VpcLinkV2") and the apply fails.',
    run(tree) {
      const r = result();
      for (const i of ofType(tree, 'aws_api_gateway_integration')) {
        if (!/aws_apigatewayv2_vpc_link\./.test(JSON.stringify(i.body.connection_id ?? '')) || i.body.integration_target !== undefined) continue;
        r.hits.push({
          block: i,
          message: `${i.address} goes through a VPC link V2 but names no integration_target: API Gateway refuses it ("IntegrationTarget is required for VpcLinkV2") and the apply fails.`,
          fix: 'integration_target = var.load_balancer_arn # the NLB or ALB the link sends requests to; uri sets the Host header',
        });
      }
      return r;
    },
  },
  {
    id: 'CAE026',
    title: 'VPC link V1 (legacy) for a REST API',
    severity: 'info',
    scope: 'any',
    seed: 'Network plumbing, 6. Load balancers: Network Load Balancers behind private integrations',
    explanation: 'AWS calls VPC links V1 legacy for REST APIs and recommends V2: network interfaces in your subnets behind a security group you control, a Network or Application Load Balancer as target, and one link reusable by every API in the VPC. V1 links keep working.',
    run(tree) {
      const r = result();
      for (const link of ofType(tree, 'aws_api_gateway_vpc_link'))
        r.hits.push({
          block: link,
          message: `${link.address} is a VPC link V1, which AWS calls legacy for REST APIs; new private integrations should use a VPC link V2.`,
          fix: 'resource "aws_apigatewayv2_vpc_link" "this" {\n  name               = var.name\n  subnet_ids         = var.vpc_link_subnet_ids\n  security_group_ids = [aws_security_group.vpc_link.id]\n}\n# and on the integration:\n#   connection_id      = aws_apigatewayv2_vpc_link.this.id\n#   integration_target = var.nlb_arn',
        });
      return r;
    },
  },
  {
    id: 'CAE101',
    title: 'Ingress open to the internet in generated output',
    severity: 'error',
    scope: 'generated',
    seed: 'Security groups and NACLs best practices, 1. Apply the principle of least privilege',
    explanation: 'What create-api-endpoint generates never admits 0.0.0.0/0 or ::/0 on a security group or network ACL.',
    run(tree): RuleResult {
      const r = result();
      for (const b of tree.blocks.filter((x) => x.kind === 'resource')) {
        const body = b.body;
        const open =
          (b.type === 'aws_vpc_security_group_ingress_rule' && (isOpen(body.cidr_ipv4) || isOpen(body.cidr_ipv6))) ||
          (b.type === 'aws_security_group' && bodies(body.ingress).some((i) => listHasOpen(i.cidr_blocks) || listHasOpen(i.ipv6_cidr_blocks))) ||
          (b.type === 'aws_security_group_rule' && body.type === 'ingress' && (listHasOpen(body.cidr_blocks) || listHasOpen(body.ipv6_cidr_blocks))) ||
          (b.type === 'aws_network_acl_rule' && body.egress === false && isOpen(body.cidr_block) && body.rule_action === 'allow');
        if (open) r.hits.push({ block: b, message: `${b.address} admits traffic from the whole internet.`, fix: 'Admit client security groups or specific CIDR ranges.' });
      }
      return r;
    },
  },
];

export const ruleById = new Map(RULES.map((r) => [r.id, r]));

/** The path of an API Gateway resource ("/", "/orders/{id}"), following parent_id; undefined when not static. */
function pathOf(tree: Tree, api: Block, resourceId: unknown, depth = 0): string | undefined {
  const expr = JSON.stringify(resourceId ?? '');
  if (expr.includes(`${api.address}.root_resource_id`)) return '/';
  const m = /aws_api_gateway_resource\.([\w-]+)\.id/.exec(expr);
  const res = m && ofType(tree, 'aws_api_gateway_resource', api.dir).find((x) => x.name === m[1]);
  if (!res || depth > 20) return undefined;
  const part = valueOf(tree, res.dir, res.body.path_part);
  const parent = pathOf(tree, api, res.body.parent_id, depth + 1);
  if (typeof part !== 'string' || parent === undefined) return undefined;
  return `${parent === '/' ? '' : parent}/${part}`;
}

/** Whether a policy resource (execute-api:/stage/METHOD/path or its ARN form) covers METHOD path on some stage. */
function deniesPath(resource: string, method: string, path: string): boolean {
  const rest = resource.replace(/^arn:aws[\w-]*:execute-api:[^:]*:[^:]*:[^/]*\//, '').replace(/^execute-api:\//, '');
  const [stage, ...segments] = rest.split('/');
  if (stage === undefined) return false;
  const glob = new RegExp(`^${segments.join('/').split('*').map((x) => x.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return glob.test(`${method}${path}`) || glob.test(`${method}${path === '/' ? '' : path}`);
}

/** A local's value as written, from the parsed files of a module folder. */
function localValue(tree: Tree, dir: string, name: string): unknown {
  for (const [file, doc] of tree.parsed) if (dirOf(file) === dir) for (const block of bodies(doc.locals)) if (name in block) return block[name];
  return undefined;
}

/** Whether a body builds the named nested block with `dynamic "<name>" { … }` (present or not depends on values). */
function hasDynamic(body: Json, name: string): boolean {
  const d = body.dynamic; // hcl2json: { "<name>": [ { for_each, content } ] }
  return (typeof d === 'object' && d !== null && !Array.isArray(d) && name in d) || bodies(d).some((x) => name in x);
}
