/**
 * The recommendation rules from the domain notes, as a pure function of the answers.
 * Reasons cite the answer (by its flag) that drove them, in the order they weigh.
 */
import { PROFILES } from './knowledge.js';
import { isPrivateCidr } from '../catalog/validators.js';
import type { Answers, EndpointType, Recommendation } from './types.js';
import { chosenType, recommendedType } from './endpoint-type.js';

/** `typeNote`: set when a preset's allowed types, not the person, override the recommendation (why, in one sentence). */
export function recommend(a: Answers, typeNote?: string): Recommendation {
  const reasons: string[] = [];
  const recommended = recommendedType(a);
  const endpointType = chosenType(a)!;

  if (recommended === 'PRIVATE') {
    reasons.push(
      '--clients internal: only callers inside AWS networks or on premises use the API, so it need not be reachable from the internet; a private endpoint exposes it only through interface VPC endpoints.',
    );
    if (a.compliance)
      reasons.push('--compliance: regulated data must never cross the public internet; private API traffic stays on the Amazon network (AWS PrivateLink).');
    if (a.hybrid)
      reasons.push(
        `--hybrid: on-premises callers (${(a.onpremCidrs ?? []).join(', ')}) reach the private endpoint over Direct Connect or VPN, without exposing the API publicly.`,
      );
    if (a.crossAccount)
      reasons.push(
        `--cross-account: consumers in ${(a.consumerAccounts ?? []).length === 1 ? 'account' : 'accounts'} ${(a.consumerAccounts ?? []).join(', ')} call through their own interface endpoints, admitted by the resource policy.`,
      );
  } else if (recommended === 'EDGE') {
    reasons.push(
      '--clients global: public clients are spread across the world; an edge-optimized endpoint routes them through the nearest CloudFront edge location for the lowest latency.',
    );
    reasons.push('--no-own-cdn: no CloudFront distribution of your own is planned, so the built-in one of an edge-optimized endpoint is welcome.');
  } else {
    if (a.ownCdn)
      reasons.push(
        `--own-cdn: your own CloudFront distribution will front the API; a regional endpoint behind it avoids two CloudFront layers and leaves caching, headers and WAF under your control.`,
      );
    if (a.clients === 'regional')
      reasons.push('--clients regional: public clients are mostly in the API’s Region; a regional endpoint serves them directly, without the CloudFront hop.');
    else reasons.push('--clients global: clients worldwide are served by your CloudFront distribution’s edge locations.');
  }

  const overridden = endpointType !== recommended;
  if (typeNote && overridden) reasons.push(typeNote);
  const tradeoffs = tradeoffsFor(endpointType);
  const warnings = warningsFor(a, endpointType, recommended, overridden, overridden ? typeNote : undefined);
  return { endpointType, recommended, overridden, reasons, tradeoffs, warnings };
}

function tradeoffsFor(chosen: EndpointType): string[] {
  const p = PROFILES[chosen];
  const out = [...p.pros.map((x) => `+ ${x}`), ...p.cons.map((x) => `- ${x}`)];
  const others = (Object.keys(PROFILES) as EndpointType[]).filter((t) => t !== chosen);
  for (const t of others) out.push(`${PROFILES[t].label} instead: ${whyNot(t, chosen)}`);
  return out;
}

function whyNot(other: EndpointType, chosen: EndpointType): string {
  if (other === 'PRIVATE') return 'it would cut off every public client; it suits VPC-only callers.';
  if (chosen === 'PRIVATE')
    return other === 'EDGE'
      ? 'it would expose internal operations to the internet through CloudFront; nothing gained for callers inside AWS.'
      : 'it would expose the API on the public internet; resource policies could narrow it, but not keep traffic private.';
  if (other === 'EDGE') return 'its built-in CloudFront adds a hop for same-Region clients and cannot be managed alongside your own distribution.';
  return 'clients far from the Region would pay the full round trip on every request; no edge optimization.';
}

function warningsFor(a: Answers, type: EndpointType, recommended: EndpointType, overridden: boolean, typeNote?: string): string[] {
  const w: string[] = [];
  if (overridden) {
    const lost: Record<EndpointType, string> = {
      EDGE: 'the CloudFront edge network in front of the API for clients worldwide',
      REGIONAL: 'a direct, lower-latency path for same-Region clients and room for your own CloudFront distribution',
      PRIVATE: 'keeping the API off the public internet, reachable only through interface VPC endpoints',
    };
    w.push(`${typeNote ? `The preset's allowed types override` : `--endpoint-type ${type.toLowerCase()} overrides`} the recommended ${recommended}: it gives up ${lost[recommended]}.`);
    if (type === 'PRIVATE' && a.clients !== 'internal')
      w.push('Public clients cannot reach a private endpoint; only callers inside VPCs with an interface endpoint (or connected networks) can.');
  }
  if (type === 'PRIVATE' && a.vpcEndpointId)
    w.push(
      `--vpc-endpoint-id ${a.vpcEndpointId}: the API uses the VPC's existing execute-api endpoint and creates no network resources; its security group (in the root that created it) must admit this API's callers on 443, and its endpoint policy must allow invoking this API.${a.hybrid ? ' --hybrid: on-premises access (Resolver inbound endpoint, security group rules) is that baseline\'s too.' : ''}`,
    );
  if (type === 'PRIVATE') {
    if (a.privateDns && !a.vpcEndpointId)
      w.push(
        'Private DNS is on for the execute-api interface endpoint: from that VPC, the default hostnames of public (edge or regional) APIs resolve to the endpoint and calls to them fail with 403. Use a custom domain for those APIs, or turn private DNS off (--no-private-dns) and call with endpoint-specific hostnames.',
      );
    w.push('Private endpoints support REST APIs only (not HTTP or WebSocket APIs).');
    if (a.hybrid)
      w.push('DNS over HTTPS in browsers bypasses your resolvers: on-premises browser clients may fail to resolve the private API until DoH is disabled for them.');
    const publicRanges = a.hybrid ? (a.onpremCidrs ?? []).filter((c) => !isPrivateCidr(c)) : [];
    if (publicRanges.length)
      w.push(`--onprem-cidrs ${publicRanges.join(', ')} ${publicRanges.length === 1 ? 'is a public range' : 'are public ranges'}, not private (RFC 1918) addresses: on-premises callers over Direct Connect or VPN normally come from private ranges. Check the list: the endpoint security group admits exactly these.`);
    if (a.crossAccount)
      w.push('Consumer accounts must send you their interface endpoint IDs (vpce-…) before they can call: add them to consumer_vpc_endpoint_ids and apply again (the deployment is redeployed automatically).');
    if (!a.vpcEndpointId && (a.clientSecurityGroupIds ?? []).length === 0 && !a.hybrid)
      w.push('No client security groups were given (--client-security-groups): the endpoint security group admits nobody until client_security_group_ids or client_cidr_blocks are set in terraform.tfvars — calls time out, they are not refused.');
    if (!a.vpcEndpointId && (!a.vpcId || (a.subnetIds ?? []).length === 0))
      w.push('VPC ID and subnets were not given: fill vpc_id and subnet_ids in terraform.tfvars (see terraform.tfvars.example).');
  }
  if (type === 'EDGE' && a.domain)
    w.push(`The edge-optimized custom domain ${a.domain} needs its ACM certificate in us-east-1, whatever the API's Region; the module issues it there through the aws.us_east_1 provider, unless you pass an existing one as certificate_arn.`);
  if (type === 'REGIONAL' && a.ownCdn && a.domain)
    w.push(`The CloudFront alias ${a.domain} needs its ACM certificate in us-east-1; the module issues it there through the aws.us_east_1 provider, unless you pass an existing one as certificate_arn.`);
  if (type === 'REGIONAL' && a.ownCdn && !a.waf)
    w.push('--own-cdn with --no-waf: nothing stops callers from reaching the regional endpoint directly, around your CloudFront distribution and its protections; with WAF on, the stage admits only requests carrying CloudFront\'s secret origin header.');
  if (type !== 'PRIVATE' && !a.waf)
    w.push('--no-waf: the public stage has no AWS WAF web ACL; only throttling and authorization stand between it and the internet.');
  if (type !== 'PRIVATE' && a.clients !== 'internal' && !a.ownCdn && (a.auth ?? 'iam') === 'iam')
    w.push(`--auth iam${a.openapi ? ' (for a document that declares no security)' : ''}: callers sign requests with SigV4, which browsers and mobile apps cannot do (they get 403). For people signing in to your apps use --auth cognito; for your own identity provider --auth lambda; for public read-only data --auth none with a reason (and WAF in front).`);
  if (type !== 'PRIVATE' && a.auth === 'none' && !a.waf && !a.apiKey && !a.ownCdn)
    w.push('--auth none with --no-waf and no --api-key: anyone on the internet may call the API as often as the account\'s throttling allows (check rule CAE036). Put WAF in front, or require API keys with a usage plan.');
  if (a.apiKey && a.auth === 'none')
    w.push('--api-key with --auth none: API keys identify and meter callers but do not authenticate them — a key travels in every request and leaks with it. Keep them for metering; authenticate with IAM, Cognito or a Lambda authorizer where it matters.');
  if (type !== 'PRIVATE' && a.hybrid)
    w.push('--hybrid with a public endpoint: on-premises callers reach it over the internet, not over Direct Connect or VPN. Give them a separate PRIVATE API if traffic must stay private.');
  if (type !== 'PRIVATE' && a.crossAccount)
    w.push('--cross-account with a public endpoint: other accounts call it like any public client; authorize them with IAM or a resource policy on aws:PrincipalAccount.');
  if (a.integration === 'nlb' && type !== 'PRIVATE')
    w.push('The VPC link reaches private targets behind the NLB; the API itself stays public.');
  return w;
}
