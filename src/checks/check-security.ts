/**
 * security: the properties the generated Terraform promises, asserted on the parsed
 * output (not by matching text): no ingress from 0.0.0.0/0, a private API's policy denies
 * requests from outside the allowed endpoints, its deployment hash covers the policy,
 * TLS 1.2 on every custom domain, access logging on every stage.
 */
import type { Finding } from '../core/types.js';
import { bodies, declaredBlocks, escapeRe, lineOf, statusOf, type Check, type Declared } from './model.js';

const OPEN = ['0.0.0.0/0', '::/0'];

export const securityCheck: Check = {
  name: 'security',
  run(input) {
    const findings: Finding[] = [];
    const files = [...input.parsed.keys()].filter((f) => f.endsWith('.tf'));
    const blocks = declaredBlocks(input.parsed, files);
    const at = (d: Declared, message: string, fix: string) =>
      findings.push({ file: d.file, line: lineOf(input.files.get(d.file), new RegExp(`"${escapeRe(d.type)}"\\s+"${escapeRe(d.name)}"`)), severity: 'error', message: `${d.type}.${d.name}: ${message}`, fix });

    for (const d of blocks.filter((b) => b.kind === 'resource')) {
      const b = d.body;
      if (d.type === 'aws_vpc_security_group_ingress_rule' && (OPEN.includes(String(b.cidr_ipv4)) || OPEN.includes(String(b.cidr_ipv6))))
        at(d, 'ingress open to the whole internet.', 'Admit client security groups or specific CIDR ranges.');
      if (d.type === 'aws_security_group')
        for (const rule of bodies(b.ingress)) if (JSON.stringify(rule.cidr_blocks ?? []).includes('0.0.0.0/0')) at(d, 'inline ingress open to 0.0.0.0/0.', 'Narrow cidr_blocks.');
      if (d.type === 'aws_network_acl_rule' && b.egress === false && OPEN.includes(String(b.cidr_block)) && b.rule_action === 'allow')
        at(d, 'network ACL allows inbound traffic from anywhere.', 'Allow only client ranges.');
      if (d.type === 'aws_api_gateway_domain_name' && b.security_policy !== 'TLS_1_2' && !String(b.security_policy ?? '').startsWith('SecurityPolicy_TLS13'))
        at(d, `security_policy is ${JSON.stringify(b.security_policy ?? 'unset')}, not TLS 1.2 or newer.`, 'Set security_policy = "TLS_1_2".');
      if (d.type === 'aws_api_gateway_stage' && bodies(b.access_log_settings).length === 0)
        at(d, 'stage has no access logging.', 'Add an access_log_settings block with a CloudWatch log group.');
    }

    for (const api of blocks.filter((b) => b.type === 'aws_api_gateway_rest_api')) {
      const types = JSON.stringify(bodies(api.body.endpoint_configuration)[0]?.types ?? []);
      if (!types.includes('PRIVATE')) continue;
      const policies = blocks.filter((b) => b.type === 'aws_api_gateway_rest_api_policy' && b.file.startsWith(dirOf(api.file)));
      if (policies.length === 0) {
        at(api, 'private API without a resource policy (it cannot be deployed, and nothing limits its callers).', 'Add aws_api_gateway_rest_api_policy with a Deny unless aws:SourceVpce.');
        continue;
      }
      const docs = blocks.filter((b) => b.kind === 'data' && b.type === 'aws_iam_policy_document' && b.file.startsWith(dirOf(api.file)));
      for (const p of policies) {
        const m = /data\.aws_iam_policy_document\.([\w-]+)\.json/.exec(String(p.body.policy));
        const doc = m ? docs.find((d) => d.name === m[1]) : undefined;
        const denies = doc
          ? bodies(doc.body.statement).some(
              (s) => s.effect === 'Deny' && bodies(s.condition).some((c) => c.test === 'StringNotEquals' && /^aws:SourceVpce?$/.test(String(c.variable))),
            )
          : false;
        if (!denies) at(p, 'the resource policy has no Deny for requests outside the allowed VPC endpoints (aws:SourceVpce / aws:SourceVpc).', 'Add a Deny statement with a StringNotEquals condition on aws:SourceVpce.');
        const address = `aws_api_gateway_rest_api_policy.${p.name}`;
        for (const dep of blocks.filter((b) => b.type === 'aws_api_gateway_deployment' && b.file.startsWith(dirOf(api.file)))) {
          const triggers = JSON.stringify(dep.body.triggers ?? {});
          if (!triggers.includes(address)) at(dep, `the deployment's triggers do not hash ${address}: a policy change would not be redeployed.`, `Include ${address}.policy in triggers.redeployment.`);
        }
      }
    }
    return { status: statusOf(findings), findings };
  },
};

const dirOf = (file: string) => (file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '');
