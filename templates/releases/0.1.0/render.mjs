// create-api-endpoint 0.1.0's renderer (commit 4320b7e918ff05c98eefc9b183c951a3928003db), frozen by scripts/freeze-release.mjs for update's
// re-render of folders that release wrote. Generated: do not edit.

// src/core/knowledge.ts
var PROFILES = {
  EDGE: {
    label: "Edge-optimized",
    visibility: "Public (global)",
    optimizedFor: "Global clients",
    typicalUse: "Public APIs for global apps",
    howItWorks: "Requests enter the nearest CloudFront edge location and travel the AWS network to API Gateway in the Region.",
    pros: ["Best performance for clients spread across the world", "A CloudFront distribution is built in"],
    cons: [
      "Not ideal when most clients are in the same Region (an extra hop through CloudFront)",
      "Less control: you cannot manage the built-in CloudFront distribution (caching, headers, its WAF)"
    ]
  },
  REGIONAL: {
    label: "Regional",
    visibility: "Public (regional)",
    optimizedFor: "Same-Region clients / your own CDN",
    typicalUse: "Regional services, APIs behind your own CloudFront",
    howItWorks: "Requests go straight to API Gateway in the Region, without CloudFront.",
    pros: [
      "Lower latency for clients in the same Region",
      "Full control when you put your own CloudFront distribution in front"
    ],
    cons: ["No automatic global optimization", "Caching and CDN are yours to set up if you need them"]
  },
  PRIVATE: {
    label: "Private",
    visibility: "VPC-only (internal)",
    optimizedFor: "Security / internal services",
    typicalUse: "Internal microservices, private APIs",
    howItWorks: "Reachable only through interface VPC endpoints (AWS PrivateLink); requests never leave the Amazon network, and a resource policy limits which endpoints may call.",
    pros: [
      "Highest security: not exposed to the public internet",
      "Fits microservice-to-microservice calls, hybrid (Direct Connect/VPN) and cross-account consumers",
      "Centralized access control through the resource policy"
    ],
    cons: [
      "Not reachable from the public internet",
      "More network plumbing: interface endpoint, security groups, route tables, DNS \u2014 and harder troubleshooting",
      "Extra cost: interface endpoint hours and PrivateLink data processing, per Availability Zone",
      "REST APIs only; some features (edge-optimized custom domains, some TLS policies) are not available"
    ]
  }
};

// src/core/types.ts
var ENDPOINT_TYPES = {
  edge: "EDGE",
  regional: "REGIONAL",
  private: "PRIVATE"
};

// src/core/recommend.ts
function recommend(a) {
  const reasons = [];
  let recommended;
  if (a.clients === "internal") {
    recommended = "PRIVATE";
    reasons.push(
      "--clients internal: only callers inside AWS networks or on premises use the API, so it need not be reachable from the internet; a private endpoint exposes it only through interface VPC endpoints."
    );
    if (a.compliance)
      reasons.push("--compliance: regulated data must never cross the public internet; private API traffic stays on the Amazon network (AWS PrivateLink).");
    if (a.hybrid)
      reasons.push(
        `--hybrid: on-premises callers (${a.onpremCidrs.join(", ")}) reach the private endpoint over Direct Connect or VPN, without exposing the API publicly.`
      );
    if (a.crossAccount)
      reasons.push(
        `--cross-account: consumers in ${a.consumerAccounts.length === 1 ? "account" : "accounts"} ${a.consumerAccounts.join(", ")} call through their own interface endpoints, admitted by the resource policy.`
      );
  } else if (a.clients === "global" && !a.ownCdn) {
    recommended = "EDGE";
    reasons.push(
      "--clients global: public clients are spread across the world; an edge-optimized endpoint routes them through the nearest CloudFront edge location for the lowest latency."
    );
    reasons.push("--no-own-cdn: no CloudFront distribution of your own is planned, so the built-in one of an edge-optimized endpoint is welcome.");
  } else {
    recommended = "REGIONAL";
    if (a.ownCdn)
      reasons.push(
        `--own-cdn: your own CloudFront distribution will front the API; a regional endpoint behind it avoids two CloudFront layers and leaves caching, headers and WAF under your control.`
      );
    if (a.clients === "regional")
      reasons.push("--clients regional: public clients are mostly in the API\u2019s Region; a regional endpoint serves them directly, without the CloudFront hop.");
    else reasons.push("--clients global: clients worldwide are served by your CloudFront distribution\u2019s edge locations.");
  }
  const endpointType = a.endpointType ? ENDPOINT_TYPES[a.endpointType] : recommended;
  const overridden = endpointType !== recommended;
  const tradeoffs = tradeoffsFor(endpointType);
  const warnings = warningsFor(a, endpointType, recommended, overridden);
  return { endpointType, recommended, overridden, reasons, tradeoffs, warnings };
}
function tradeoffsFor(chosen) {
  const p = PROFILES[chosen];
  const out = [...p.pros.map((x) => `+ ${x}`), ...p.cons.map((x) => `- ${x}`)];
  const others = Object.keys(PROFILES).filter((t) => t !== chosen);
  for (const t of others) out.push(`${PROFILES[t].label} instead: ${whyNot(t, chosen)}`);
  return out;
}
function whyNot(other, chosen) {
  if (other === "PRIVATE") return "it would cut off every public client; it suits VPC-only callers.";
  if (chosen === "PRIVATE")
    return other === "EDGE" ? "it would expose internal operations to the internet through CloudFront; nothing gained for callers inside AWS." : "it would expose the API on the public internet; resource policies could narrow it, but not keep traffic private.";
  if (other === "EDGE") return "its built-in CloudFront adds a hop for same-Region clients and cannot be managed alongside your own distribution.";
  return "clients far from the Region would pay the full round trip on every request; no edge optimization.";
}
function warningsFor(a, type, recommended, overridden) {
  const w = [];
  if (overridden) {
    const lost = {
      EDGE: "the CloudFront edge network in front of the API for clients worldwide",
      REGIONAL: "a direct, lower-latency path for same-Region clients and room for your own CloudFront distribution",
      PRIVATE: "keeping the API off the public internet, reachable only through interface VPC endpoints"
    };
    w.push(`--endpoint-type ${type.toLowerCase()} overrides the recommended ${recommended}: it gives up ${lost[recommended]}.`);
    if (type === "PRIVATE" && a.clients !== "internal")
      w.push("Public clients cannot reach a private endpoint; only callers inside VPCs with an interface endpoint (or connected networks) can.");
  }
  if (type === "PRIVATE") {
    if (a.privateDns)
      w.push(
        "Private DNS is on for the execute-api interface endpoint: from that VPC, the default hostnames of public (edge or regional) APIs resolve to the endpoint and calls to them fail with 403. Use a custom domain for those APIs, or turn private DNS off (--no-private-dns) and call with endpoint-specific hostnames."
      );
    w.push("Private endpoints support REST APIs only (not HTTP or WebSocket APIs).");
    if (a.hybrid)
      w.push("DNS over HTTPS in browsers bypasses your resolvers: on-premises browser clients may fail to resolve the private API until DoH is disabled for them.");
    if (a.crossAccount)
      w.push("Consumer accounts must send you their interface endpoint IDs (vpce-\u2026) before they can call: add them to consumer_vpc_endpoint_ids and apply again (the deployment is redeployed automatically).");
    if (!a.vpcId || a.subnetIds.length === 0)
      w.push("VPC ID and subnets were not given: fill vpc_id and subnet_ids in terraform.tfvars (see terraform.tfvars.example).");
  }
  if (type === "EDGE" && a.domain)
    w.push(`The edge-optimized custom domain ${a.domain} needs its ACM certificate in us-east-1, whatever the API's Region; the module issues it there through the aws.us_east_1 provider, unless you pass an existing one as certificate_arn.`);
  if (type === "REGIONAL" && a.ownCdn && a.domain)
    w.push(`The CloudFront alias ${a.domain} needs its ACM certificate in us-east-1; the module issues it there through the aws.us_east_1 provider, unless you pass an existing one as certificate_arn.`);
  if (type !== "PRIVATE" && a.hybrid)
    w.push("--hybrid with a public endpoint: on-premises callers reach it over the internet, not over Direct Connect or VPN. Give them a separate PRIVATE API if traffic must stay private.");
  if (type !== "PRIVATE" && a.crossAccount)
    w.push("--cross-account with a public endpoint: other accounts call it like any public client; authorize them with IAM or a resource policy on aws:PrincipalAccount.");
  if (a.integration === "nlb" && type !== "PRIVATE")
    w.push("The VPC link reaches private targets behind the NLB; the API itself stays public.");
  return w;
}

// src/plan/features.ts
function featuresFor(a, type) {
  const isPrivate = type === "PRIVATE";
  const cdn = type === "REGIONAL" && a.ownCdn;
  const publicDomain = !!a.domain && !isPrivate && !cdn;
  const cdnDomain = !!a.domain && cdn;
  return {
    type,
    isPrivate,
    isPublic: !isPrivate,
    isEdge: type === "EDGE",
    isRegional: type === "REGIONAL",
    integration: a.integration,
    proxy: a.integration !== "mock",
    publicDomain,
    privateDomain: !!a.domain && isPrivate,
    cdn,
    cdnDomain,
    waf: !isPrivate && a.waf,
    hybrid: isPrivate && a.hybrid,
    crossAccount: isPrivate && a.crossAccount,
    usEast1: publicDomain && type === "EDGE" || cdnDomain,
    anyDomain: !!a.domain,
    issuesCertificate: publicDomain || cdnDomain
  };
}

// src/plan/outputs.ts
var always = () => true;
var OUTPUTS = [
  { name: "rest_api_id", description: "ID of the REST API.", value: "aws_api_gateway_rest_api.this.id", when: always },
  { name: "rest_api_execution_arn", description: "Execution ARN of the REST API, for IAM policies and Lambda permissions.", value: "aws_api_gateway_rest_api.this.execution_arn", when: always },
  { name: "endpoint_type", description: "Endpoint type of the REST API.", value: "one(aws_api_gateway_rest_api.this.endpoint_configuration[0].types)", when: always },
  { name: "stage_name", description: "Name of the deployed stage.", value: "aws_api_gateway_stage.this.stage_name", when: always },
  { name: "stage_arn", description: "ARN of the stage (for WAF associations and IAM).", value: "aws_api_gateway_stage.this.arn", when: always },
  { name: "invoke_url", description: "Invoke URL of the stage (for a private API it resolves only inside the VPC, with private DNS on).", value: "aws_api_gateway_stage.this.invoke_url", when: always },
  { name: "access_log_group_name", description: "CloudWatch log group that receives the access logs.", value: "aws_cloudwatch_log_group.access.name", when: always },
  { name: "execution_log_group_name", description: "CloudWatch log group API Gateway writes execution logs to.", value: "aws_cloudwatch_log_group.execution.name", when: always },
  {
    name: "vpc_endpoint_id",
    description: "ID of the execute-api interface endpoint (allowed by the resource policy).",
    value: "aws_vpc_endpoint.execute_api.id",
    when: (f) => f.isPrivate
  },
  {
    name: "vpc_endpoint_dns_names",
    description: "DNS names of the interface endpoint; call with the Host or x-apigw-api-id header when private DNS is off.",
    value: "aws_vpc_endpoint.execute_api.dns_entry[*].dns_name",
    when: (f) => f.isPrivate
  },
  {
    name: "endpoint_specific_invoke_url",
    description: "Invoke URL through the endpoint-specific Route 53 alias ({api-id}-{vpce-id}); works from the VPC with or without private DNS.",
    value: '"https://${aws_api_gateway_rest_api.this.id}-${aws_vpc_endpoint.execute_api.id}.execute-api.${data.aws_region.current.region}.amazonaws.com/${aws_api_gateway_stage.this.stage_name}"',
    when: (f) => f.isPrivate
  },
  {
    name: "endpoint_security_group_id",
    description: "Security group of the interface endpoint (443 from approved clients only).",
    value: "aws_security_group.endpoint.id",
    when: (f) => f.isPrivate
  },
  { name: "vpc_link_id", description: "ID of the VPC link to the Network Load Balancer.", value: "aws_api_gateway_vpc_link.this.id", when: (f) => f.integration === "nlb" },
  {
    name: "resolver_inbound_ips",
    description: "IP addresses of the Route 53 Resolver inbound endpoint; the targets of the on-premises conditional forwarder.",
    value: "[for ip in aws_route53_resolver_endpoint.inbound.ip_address : ip.ip]",
    when: (f) => f.hybrid
  },
  {
    name: "onprem_conditional_forwarders",
    description: "The conditional-forwarding rules to configure on the on-premises DNS servers.",
    value: "local.conditional_forwarders",
    when: (f) => f.hybrid
  },
  { name: "custom_domain_url", description: "Base URL of the API on its custom domain.", value: '"https://${var.domain_name}"', when: (f) => f.anyDomain },
  {
    name: "domain_name_target",
    description: "Host name the custom domain's alias record points at.",
    value: "aws_route53_record.api.alias[0].name",
    when: (f) => f.anyDomain
  },
  {
    name: "private_hosted_zone_id",
    description: "Route 53 private hosted zone that resolves the custom domain inside the VPC.",
    value: "aws_route53_zone.private.zone_id",
    when: (f) => f.privateDomain
  },
  {
    name: "domain_name_arn",
    description: "ARN of the private custom domain name; consumer accounts associate their endpoints with it.",
    value: "aws_api_gateway_domain_name.this.arn",
    when: (f) => f.privateDomain
  },
  { name: "ram_resource_share_arn", description: "AWS RAM share that offers the private custom domain to the consumer accounts.", value: "aws_ram_resource_share.domain.arn", when: (f) => f.crossAccount && f.privateDomain },
  { name: "web_acl_arn", description: "ARN of the WAF web ACL protecting the stage.", value: "aws_wafv2_web_acl.this.arn", when: (f) => f.waf },
  { name: "cloudfront_domain_name", description: "Domain name of the CloudFront distribution in front of the API.", value: "aws_cloudfront_distribution.this.domain_name", when: (f) => f.cdn },
  { name: "cloudfront_distribution_id", description: "ID of the CloudFront distribution (for invalidations).", value: "aws_cloudfront_distribution.this.id", when: (f) => f.cdn }
];

// src/plan/variables.ts
var always2 = () => true;
var priv = (f) => f.isPrivate;
var idList = (varName, prefix, what) => ({
  condition: `alltrue([for id in var.${varName} : can(regex("^${prefix}-([0-9a-f]{8}|[0-9a-f]{17})$", id))])`,
  message: `Each entry of ${varName} must be ${what} (${prefix}- followed by 8 or 17 hex digits).`
});
var cidrList = (varName) => [
  {
    condition: `alltrue([for c in var.${varName} : can(cidrhost(c, 0))])`,
    message: `Each entry of ${varName} must be an IPv4 CIDR block such as 10.20.0.0/16.`
  },
  {
    condition: `alltrue([for c in var.${varName} : tonumber(split("/", c)[1]) > 0])`,
    message: `${varName} must not contain 0.0.0.0/0: list the client ranges that need access.`
  }
];
var VARIABLES = [
  {
    name: "name",
    type: "string",
    description: "Name of the REST API; also prefixes the names of related resources.",
    validations: [{ condition: 'can(regex("^[a-z][a-z0-9-]{1,38}[a-z0-9]$", var.name))', message: "name must be 3-40 lowercase letters, digits or hyphens." }],
    when: always2,
    root: (a) => a.name
  },
  {
    name: "description",
    type: "string",
    description: "Description shown on the REST API.",
    default: '""',
    when: always2,
    root: (a) => a.description
  },
  {
    name: "stage_name",
    type: "string",
    description: "Name of the deployment stage; part of the invoke URL.",
    default: '"v1"',
    validations: [{ condition: 'can(regex("^[A-Za-z0-9_-]{1,128}$", var.stage_name))', message: "stage_name may contain letters, digits, hyphens and underscores only." }],
    when: always2
  },
  {
    name: "authorization",
    type: "string",
    description: "Authorization of the sample method: AWS_IAM (callers sign requests with SigV4) or NONE.",
    default: '"AWS_IAM"',
    validations: [{ condition: 'contains(["AWS_IAM", "NONE"], var.authorization)', message: "authorization must be AWS_IAM or NONE." }],
    when: always2
  },
  {
    name: "backend_url",
    type: "string",
    description: "Base URL the HTTP proxy integration forwards to, without a trailing slash (e.g. https://backend.example.com).",
    validations: [{ condition: 'can(regex("^https?://[^/]+(/.*[^/])?$", var.backend_url))', message: "backend_url must be an http(s) URL without a trailing slash." }],
    when: (f) => f.integration === "http",
    root: () => void 0,
    example: '"https://backend.example.com"'
  },
  {
    name: "lambda_function_name",
    type: "string",
    description: "Name of the existing Lambda function behind the Lambda proxy integration.",
    validations: [{ condition: "length(var.lambda_function_name) > 0", message: "lambda_function_name must not be empty." }],
    when: (f) => f.integration === "lambda",
    root: () => void 0,
    example: '"orders-handler"'
  },
  {
    name: "nlb_arn",
    type: "string",
    description: "ARN of the existing Network Load Balancer the VPC link targets.",
    validations: [{ condition: 'can(regex("^arn:aws[a-z-]*:elasticloadbalancing:[a-z0-9-]+:[0-9]{12}:loadbalancer/net/", var.nlb_arn))', message: "nlb_arn must be the ARN of a Network Load Balancer (\u2026:loadbalancer/net/\u2026)." }],
    when: (f) => f.integration === "nlb",
    root: () => void 0,
    example: '"arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/net/orders/0123456789abcdef"'
  },
  {
    name: "nlb_backend_url",
    type: "string",
    description: "Base URL requests are sent to through the VPC link; its host name must match the NLB listener certificate when the listener is TLS.",
    validations: [{ condition: 'can(regex("^https?://[^/]+$", var.nlb_backend_url))', message: "nlb_backend_url must be an http(s) URL with no path, e.g. https://orders.internal.example.com." }],
    when: (f) => f.integration === "nlb",
    root: () => void 0,
    example: '"https://orders.internal.example.com"'
  },
  {
    name: "vpc_id",
    type: "string",
    description: "VPC that hosts the execute-api interface endpoint (and whose clients call the API).",
    validations: [{ condition: 'can(regex("^vpc-([0-9a-f]{8}|[0-9a-f]{17})$", var.vpc_id))', message: "vpc_id must be a VPC ID (vpc- followed by 8 or 17 hex digits)." }],
    when: priv,
    root: (a) => a.vpcId,
    example: '"vpc-0123456789abcdef0"'
  },
  {
    name: "subnet_ids",
    type: "list(string)",
    description: "Subnets for the endpoint network interfaces, in at least two Availability Zones.",
    validations: [
      idList("subnet_ids", "subnet", "a subnet ID"),
      { condition: "length(var.subnet_ids) >= 2", message: "Give at least two subnets in different Availability Zones, so the endpoint is not a single point of failure." }
    ],
    when: priv,
    root: (a) => a.subnetIds.length ? a.subnetIds : void 0,
    example: '["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]'
  },
  {
    name: "client_security_group_ids",
    type: "list(string)",
    description: "Security groups of the clients allowed to reach the endpoint on 443 (preferred over CIDR ranges: rules follow the clients).",
    default: "[]",
    validations: [idList("client_security_group_ids", "sg", "a security group ID")],
    when: priv,
    root: (a) => a.clientSecurityGroupIds
  },
  {
    name: "client_cidr_blocks",
    type: "list(string)",
    description: "Additional IPv4 ranges allowed to reach the endpoint on 443, for clients without a security group to reference.",
    default: "[]",
    validations: cidrList("client_cidr_blocks"),
    when: priv
  },
  {
    name: "onprem_cidr_blocks",
    type: "list(string)",
    description: "On-premises ranges (over Direct Connect or VPN) allowed to reach the endpoint on 443 and the Resolver inbound endpoint on 53.",
    validations: [...cidrList("onprem_cidr_blocks"), { condition: "length(var.onprem_cidr_blocks) > 0", message: "Give at least one on-premises range." }],
    when: (f) => f.hybrid,
    root: (a) => a.onpremCidrs
  },
  {
    name: "private_dns_enabled",
    type: "bool",
    description: "Resolve the default execute-api hostnames to the interface endpoint inside the VPC. Public APIs can then not be called by their default hostnames from this VPC (403).",
    default: "true",
    when: priv,
    root: (a) => a.privateDns
  },
  {
    name: "consumer_account_ids",
    type: "list(string)",
    description: "AWS accounts whose VPC endpoints may call the API; the private custom domain is shared with them through AWS RAM.",
    validations: [{ condition: 'alltrue([for id in var.consumer_account_ids : can(regex("^[0-9]{12}$", id))])', message: "Each consumer account ID must be 12 digits." }],
    when: (f) => f.crossAccount && f.privateDomain,
    root: (a) => a.consumerAccounts
  },
  {
    name: "consumer_vpc_endpoint_ids",
    type: "list(string)",
    description: "Interface endpoint IDs (vpce-\u2026) created by consumer accounts; added to the resource policy. Empty until the consumers send them.",
    default: "[]",
    validations: [idList("consumer_vpc_endpoint_ids", "vpce", "a VPC endpoint ID")],
    when: (f) => f.crossAccount,
    root: () => []
  },
  {
    name: "ram_allow_external_principals",
    type: "bool",
    description: "Allow sharing the private custom domain with accounts outside your AWS Organization.",
    default: "false",
    when: (f) => f.crossAccount && f.privateDomain
  },
  {
    name: "domain_name",
    type: "string",
    description: "Custom domain name for the API.",
    validations: [{ condition: 'can(regex("^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\\\.)+[a-z]{2,63}$", var.domain_name))', message: "domain_name must be a lowercase fully qualified domain name." }],
    when: (f) => f.anyDomain,
    root: (a) => a.domain
  },
  {
    name: "hosted_zone_id",
    type: "string",
    description: "Public Route 53 hosted zone that holds domain_name: receives the alias record and, unless certificate_arn is given, the certificate validation records.",
    validations: [{ condition: 'can(regex("^Z[0-9A-Z]{1,32}$", var.hosted_zone_id))', message: "hosted_zone_id must be a Route 53 hosted zone ID (Z\u2026)." }],
    when: (f) => f.issuesCertificate,
    root: () => void 0,
    example: '"Z0123456789ABCDEFGHIJ"'
  },
  ...["us-east-1", "the API's Region"].map(
    (where) => ({
      name: "certificate_arn",
      type: "string",
      description: `ARN of an existing ACM certificate for domain_name, in ${where} (a central or wildcard one); null issues one here, validated through DNS in hosted_zone_id.`,
      default: "null",
      validations: [{ condition: 'var.certificate_arn == null || can(regex("^arn:aws[a-z-]*:acm:[a-z0-9-]+:[0-9]{12}:certificate/", var.certificate_arn))', message: "certificate_arn must be null or an ACM certificate ARN." }],
      when: (f) => f.issuesCertificate && f.usEast1 === (where === "us-east-1"),
      root: () => null
    })
  ),
  {
    name: "certificate_arn",
    type: "string",
    description: "ARN of an ACM certificate for domain_name in the API's Region (private custom domains use a certificate you issue beforehand).",
    validations: [{ condition: 'can(regex("^arn:aws[a-z-]*:acm:[a-z0-9-]+:[0-9]{12}:certificate/", var.certificate_arn))', message: "certificate_arn must be an ACM certificate ARN." }],
    when: (f) => f.privateDomain,
    root: () => void 0,
    example: '"arn:aws:acm:us-east-1:111122223333:certificate/01234567-89ab-cdef-0123-456789abcdef"'
  },
  {
    name: "waf_rate_limit",
    type: "number",
    description: "Requests per 5 minutes from one IP address above which the web ACL blocks that address.",
    default: "2000",
    validations: [{ condition: "var.waf_rate_limit >= 10", message: "waf_rate_limit must be at least 10 (the AWS WAF minimum)." }],
    when: (f) => f.waf
  },
  {
    name: "cloudfront_price_class",
    type: "string",
    description: "CloudFront price class: which edge locations serve the API.",
    default: '"PriceClass_100"',
    validations: [{ condition: 'contains(["PriceClass_100", "PriceClass_200", "PriceClass_All"], var.cloudfront_price_class)', message: "cloudfront_price_class must be PriceClass_100, PriceClass_200 or PriceClass_All." }],
    when: (f) => f.cdn
  },
  {
    name: "throttling_rate_limit",
    type: "number",
    description: "Steady-state requests per second allowed on every method of the stage.",
    default: "100",
    when: always2
  },
  {
    name: "throttling_burst_limit",
    type: "number",
    description: "Burst of requests allowed on every method of the stage.",
    default: "200",
    when: always2
  },
  {
    name: "execution_logging_level",
    type: "string",
    description: "Execution log level of the stage: OFF, ERROR or INFO. Needs the account-level CloudWatch role (see manage_account_cloudwatch_role).",
    default: '"ERROR"',
    validations: [{ condition: 'contains(["OFF", "ERROR", "INFO"], var.execution_logging_level)', message: "execution_logging_level must be OFF, ERROR or INFO." }],
    when: always2
  },
  {
    name: "log_retention_days",
    type: "number",
    description: "Retention of the access, execution and network log groups, in days.",
    default: "365",
    validations: [{ condition: "contains([1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653], var.log_retention_days)", message: "log_retention_days must be a retention CloudWatch Logs accepts (1, 3, 5, 7, 14, 30, \u2026 365, \u2026 3653)." }],
    when: always2
  },
  {
    name: "log_kms_key_arn",
    type: "string",
    description: "KMS key that encrypts the log groups; null keeps CloudWatch Logs' default encryption. The key policy must allow the logs service.",
    default: "null",
    when: always2
  },
  {
    name: "xray_tracing_enabled",
    type: "bool",
    description: "Trace requests with AWS X-Ray.",
    default: "true",
    when: always2
  },
  {
    name: "manage_account_cloudwatch_role",
    type: "bool",
    description: "Create the account-wide IAM role API Gateway uses to write logs. There is one per account and Region: turn on only if nothing else manages it.",
    default: "false",
    when: always2,
    root: () => false
  },
  {
    name: "alarm_sns_topic_arn",
    type: "string",
    description: "SNS topic notified when an alarm fires or clears; null creates the alarms without notifications.",
    default: "null",
    when: always2,
    root: () => null
  },
  {
    name: "alarm_5xx_threshold",
    type: "number",
    description: "Number of 5XX responses in 5 minutes that raises the server-error alarm.",
    default: "5",
    when: always2
  },
  {
    name: "alarm_latency_p99_ms",
    type: "number",
    description: "p99 latency in milliseconds over 5 minutes that raises the latency alarm.",
    default: "2500",
    when: always2
  },
  {
    name: "manage_network_acl",
    type: "bool",
    description: "Put the endpoint subnets behind a dedicated network ACL (443 in from client ranges, ephemeral ports back, everything else denied). It replaces their current network ACL: keep off if other workloads share the subnets.",
    default: "false",
    when: priv
  },
  {
    name: "enable_flow_logs",
    type: "bool",
    description: "Record VPC flow logs for the endpoint subnets, to troubleshoot connectivity and audit traffic.",
    default: "true",
    when: priv
  },
  {
    name: "tags",
    type: "map(string)",
    description: "Tags for every resource that takes them.",
    default: "{}",
    when: always2
  }
];

// src/plan/plan.ts
var MODULE_DIR = "modules/rest-api";
var CONSUMER_DIR = "modules/consumer";
var MANIFEST = ".create-api-endpoint.json";
var COMPONENTS = [
  {
    when: () => true,
    files: {
      "versions.tf": "module/versions.tf",
      "main.tf": "module/main.tf",
      "deployment.tf": "module/deployment.tf",
      "logging.tf": "module/logging.tf",
      "variables.tf": "common/variables.tf",
      "outputs.tf": "module/outputs.tf"
    }
  },
  { when: (f) => f.isPrivate, files: { "policy.tf": "module/policy.tf", "vpc-endpoint.tf": "module/vpc-endpoint.tf", "network.tf": "module/network.tf" } },
  { when: (f) => f.publicDomain, files: { "domain.tf": "module/domain-public.tf" } },
  { when: (f) => f.privateDomain, files: { "domain.tf": "module/domain-private.tf" } },
  { when: (f) => f.crossAccount && f.privateDomain, files: { "sharing.tf": "module/sharing.tf" } },
  { when: (f) => f.waf, files: { "waf.tf": "module/waf.tf" } },
  { when: (f) => f.cdn, files: { "cdn.tf": "module/cdn.tf" } },
  { when: (f) => f.hybrid, files: { "resolver.tf": "module/resolver.tf" } }
];
var ROOT_FILES = [
  { path: "versions.tf", template: "root/versions.tf", scope: "root" },
  { path: "providers.tf", template: "root/providers.tf", scope: "root" },
  { path: "main.tf", template: "root/main.tf", scope: "root" },
  { path: "variables.tf", template: "common/variables.tf", scope: "root" },
  { path: "outputs.tf", template: "root/outputs.tf", scope: "root" },
  { path: "terraform.tfvars.example", template: "root/terraform.tfvars.example", scope: "root" },
  { path: "README.md", template: "docs/README.md", scope: "root" },
  { path: "TROUBLESHOOTING.md", template: "docs/TROUBLESHOOTING.md", scope: "root" }
];
var CONSUMER_FILES = {
  "versions.tf": "consumer/versions.tf",
  "main.tf": "consumer/main.tf",
  "variables.tf": "consumer/variables.tf",
  "outputs.tf": "consumer/outputs.tf",
  "README.md": "consumer/README.md"
};
var ROOT_ONLY = [
  {
    name: "region",
    type: "string",
    description: "AWS Region the API is deployed in.",
    when: () => true,
    validations: [{ condition: 'can(regex("^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]{1,2}$", var.region))', message: "region must be an AWS Region code such as eu-west-1." }],
    rootDefault: void 0,
    hasRootDefault: true
  },
  {
    name: "tags",
    type: "map(string)",
    description: "Tags applied to every resource through the provider's default_tags.",
    when: () => true,
    rootDefault: void 0,
    hasRootDefault: true
  }
];
function plan(answers, recommendation, toolVersion) {
  const features = featuresFor(answers, recommendation.endpointType);
  const variables = VARIABLES.filter((v) => v.when(features));
  const outputs = OUTPUTS.filter((o) => o.when(features));
  const rootVariables = [
    { ...ROOT_ONLY[0], rootDefault: answers.region },
    { ...ROOT_ONLY[1], rootDefault: { ManagedBy: "terraform", Api: answers.name } }
  ];
  for (const v of variables) {
    if (!v.root) continue;
    const value = v.root(answers);
    rootVariables.push({ ...v, default: void 0, rootDefault: value, hasRootDefault: value !== void 0 });
  }
  const files = [...ROOT_FILES];
  for (const c of COMPONENTS) {
    if (!c.when(features)) continue;
    for (const [file, template] of Object.entries(c.files)) files.push({ path: `${MODULE_DIR}/${file}`, template, scope: "module" });
  }
  let consumerDir;
  if (features.crossAccount) {
    consumerDir = CONSUMER_DIR;
    for (const [file, template] of Object.entries(CONSUMER_FILES)) files.push({ path: `${CONSUMER_DIR}/${file}`, template, scope: "module" });
  }
  files.push({ path: MANIFEST, template: "root/manifest.json", scope: "root" });
  return {
    toolVersion,
    answers,
    recommendation,
    features,
    moduleDir: MODULE_DIR,
    consumerDir,
    variables,
    rootVariables,
    requiredRootVariables: rootVariables.filter((v) => !v.hasRootDefault),
    outputs,
    files
  };
}

// injected:handlebars
var h = globalThis[/* @__PURE__ */ Symbol.for("create-api-endpoint.handlebars")];
if (!h) throw new Error("the frozen renderer takes Handlebars from create-api-endpoint (src/app/release-base.ts)");
var handlebars_default = h;

// src/render/engine.ts
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { isDeepStrictEqual } from "node:util";

// src/render/hcl.ts
function hclString(value) {
  let out = "";
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    const next = value[i + 1];
    if (ch === "\\") out += "\\\\";
    else if (ch === '"') out += '\\"';
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "	") out += "\\t";
    else if ((ch === "$" || ch === "%") && next === "{") {
      out += ch + ch + "{";
      i++;
    } else {
      const code = ch.charCodeAt(0);
      out += code < 32 || code === 127 ? `\\u${code.toString(16).padStart(4, "0")}` : ch;
    }
  }
  return `"${out}"`;
}
function hclValue(value, indent = "") {
  if (value === null || value === void 0) return "null";
  if (typeof value === "string") return hclString(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    return `[${value.map((v) => hclValue(v, indent)).join(", ")}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return "{}";
  const inner = indent + "  ";
  const width = Math.max(...entries.map(([k]) => hclKey(k).length));
  const lines = entries.map(([k, v]) => `${inner}${hclKey(k).padEnd(width)} = ${hclValue(v, inner)}`);
  return `{
${lines.join("\n")}
${indent}}`;
}
function hclKey(k) {
  return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(k) ? k : hclString(k);
}
function hclComment(value) {
  return value.replace(/[\r\n\t]+/g, " ").replace(/[\u0000-\u001f\u007f]/g, "");
}

// src/render/engine.ts
var COMPILE_OPTIONS = { strict: true, noEscape: true, preventIndent: true };
var precompiled = (() => {
  try {
    const set = createRequire(import.meta.url)("./templates.precompiled.cjs");
    return isDeepStrictEqual(set.options, COMPILE_OPTIONS) ? set : void 0;
  } catch {
    return void 0;
  }
})();
var templateHash = (source) => createHash("sha256").update(source).digest("hex").slice(0, 32);
function compile(name, source) {
  const pre = precompiled?.templates[name];
  if (pre && pre.hash === templateHash(source)) return hbs.template(pre.spec);
  return hbs.compile(source, { ...COMPILE_OPTIONS });
}
var hbs = handlebars_default.create();
hbs.registerHelper({
  /** A user value as a quoted, escaped HCL string. */
  hcl: (v) => {
    if (typeof v !== "string") throw new Error(`hcl helper expects text, got ${JSON.stringify(v)}`);
    return hclString(v);
  },
  /** Any value as an HCL literal (lists, maps, null). */
  hclValue: (v) => hclValue(v),
  /** A user value inside a `#` comment. */
  comment: (v) => hclComment(String(v)),
  /** A value inside a Markdown table cell. */
  md: (v) => String(v ?? "").replace(/\|/g, "\\|").replace(/\r?\n/g, " "),
  json: (v) => JSON.stringify(v, null, 2),
  eq: (a, b) => a === b,
  ne: (a, b) => a !== b,
  and: (...args) => args.slice(0, -1).every(Boolean),
  or: (...args) => args.slice(0, -1).some(Boolean),
  not: (v) => !v,
  join: (list, sep) => Array.isArray(list) ? list.join(typeof sep === "string" ? sep : ", ") : "",
  lower: (v) => String(v).toLowerCase(),
  concat: (...args) => args.slice(0, -1).join(""),
  upper: (v) => String(v).toUpperCase()
});
var compiled = /* @__PURE__ */ new WeakMap();
function registered(templates) {
  let cache = compiled.get(templates);
  if (!cache) {
    cache = /* @__PURE__ */ new Map();
    compiled.set(templates, cache);
    for (const p of Object.keys(hbs.partials)) hbs.unregisterPartial(p);
    for (const [name, source] of templates) {
      const fn = compile(name, source);
      cache.set(name, fn);
      hbs.registerPartial(name, fn);
    }
  }
  return cache;
}
var TemplateError = class extends Error {
  constructor(template, message) {
    super(`Rendering template "${template}" failed: ${message}`);
    this.template = template;
    this.name = "TemplateError";
  }
  template;
};
function renderTemplate(templates, name, context) {
  const cache = registered(templates);
  const fn = cache.get(name);
  if (!fn) throw new TemplateError(name, `no such template (looked for ${name}.hbs)`);
  try {
    return fn(context);
  } catch (err) {
    throw new TemplateError(name, err.message);
  }
}

// src/render/render.ts
function varView(v, defaultHcl) {
  const multiline = defaultHcl?.includes("\n") ?? false;
  return { name: v.name, type: v.type, description: v.description, defaultHcl, multiline, validations: v.validations ?? [], sensitive: v.sensitive ?? false };
}
function padded(names) {
  const width = Math.max(0, ...names.map((n) => n.length));
  return names.map((name) => ({ name, padded: name.padEnd(width) }));
}
function renderFiles(bp, templates) {
  const context = templateContext(bp);
  const tree = /* @__PURE__ */ new Map();
  for (const file of bp.files) {
    const vars = file.scope === "root" ? context.rootVars : context.moduleVars;
    const text = renderTemplate(templates, file.template, { ...context, vars, file: file.path });
    tree.set(file.path, tidy(text, file.path));
  }
  return tree;
}
function templateContext(bp) {
  const a = bp.answers;
  const rec = bp.recommendation;
  return {
    tool: { name: "create-api-endpoint", version: bp.toolVersion },
    answers: { ...a, domain: a.domain ?? null, vpcId: a.vpcId ?? null, endpointType: a.endpointType ?? null },
    rec,
    f: bp.features,
    moduleDir: bp.moduleDir,
    consumerDir: bp.consumerDir ?? null,
    outputs: bp.outputs,
    variables: bp.variables,
    rootVariables: bp.rootVariables,
    requiredRootVariables: bp.requiredRootVariables,
    moduleVars: bp.variables.map((v) => varView(v, v.default ?? null)),
    rootVars: bp.rootVariables.map((v) => varView(v, v.hasRootDefault ? hclValue(v.rootDefault, "  ") : null)),
    /** Module arguments set by the root: every exposed variable, passed through. */
    moduleArgs: padded(bp.rootVariables.filter((v) => v.name !== "region" && v.name !== "tags").map((v) => v.name)),
    tfvarsExample: bp.requiredRootVariables.map((v) => ({ name: v.name, description: v.description, example: v.example ?? '""' })),
    chosen: PROFILES[rec.endpointType],
    profiles: ["EDGE", "REGIONAL", "PRIVATE"].map((t) => ({ type: t, chosen: t === rec.endpointType, ...PROFILES[t] })),
    manifest: {
      tool: "create-api-endpoint",
      version: bp.toolVersion,
      answers: a,
      recommendation: rec,
      files: bp.files.map((f) => f.path)
    }
  };
}
function tidy(text, path) {
  const lines = text.split("\n").map((l) => l.replace(/[ \t]+$/, ""));
  const out = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    if (line === "" && (prev === "" || prev === void 0)) continue;
    if (line === "" && path.endsWith(".tf") && prev !== void 0 && /[{[(]$/.test(prev)) continue;
    if (/^\s*[}\])]/.test(line) && prev === "" && path.endsWith(".tf")) out.pop();
    out.push(line);
  }
  while (out.length && out[out.length - 1] === "") out.pop();
  return out.join("\n") + "\n";
}

// release-entry.ts
var VERSION = "0.1.0";
var COMMIT = "4320b7e918ff05c98eefc9b183c951a3928003db";
var TEMPLATES = new Map(Object.entries({ "common/private-zone": 'resource "aws_route53_zone" "private" {\n  name    = var.domain_name\n  comment = "{{zoneComment}}"\n\n  #checkov:skip=CKV2_AWS_38:DNSSEC signing is not supported for private hosted zones.\n  #checkov:skip=CKV2_AWS_39:Query logging is not supported for private hosted zones; use Route 53 Resolver query logging for the VPC.\n  vpc {\n    vpc_id = var.vpc_id\n  }\n\n  tags = var.tags\n}\n\nresource "aws_route53_record" "api" {\n  zone_id = aws_route53_zone.private.zone_id\n  name    = var.domain_name\n  type    = "A"\n\n  alias {\n    name                   = aws_vpc_endpoint.execute_api.dns_entry[0].dns_name\n    zone_id                = aws_vpc_endpoint.execute_api.dns_entry[0].hosted_zone_id\n    evaluate_target_health = true\n  }\n}\n', "common/variables.tf": '{{#each vars}}\nvariable "{{name}}" {\n  description = {{hcl description}}\n  type        = {{{type}}}\n{{#if multiline}}\n  default = {{{defaultHcl}}}\n{{else if defaultHcl}}\n  default     = {{{defaultHcl}}}\n{{/if}}\n{{#if sensitive}}\n  sensitive   = true\n{{/if}}\n{{#each validations}}\n\n  validation {\n    condition     = {{{condition}}}\n    error_message = {{hcl message}}\n  }\n{{/each}}\n}\n\n{{/each}}\n', "consumer/README.md": '# Consumer module for {{answers.name}}\n\nApply this module **in each consumer account** ({{join answers.consumerAccounts ", "}}) to call the\nprivate API `{{answers.name}}` through AWS PrivateLink.\n\n```hcl\nmodule "{{answers.name}}_consumer" {\n  source = "./{{consumerDir}}"\n\n  vpc_id                    = "vpc-0123456789abcdef0"\n  subnet_ids                = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]\n  client_security_group_ids = ["sg-0123456789abcdef0"]\n{{#if f.privateDomain}}\n  domain_name_arn           = "<domain_name_arn output of the provider stack>"\n{{/if}}\n}\n```\n\nSteps:\n{{#if f.privateDomain}}\n1. Accept the AWS RAM resource share `{{answers.name}}-private-domain` (automatic inside an AWS Organization with RAM sharing enabled).\n2. Apply this module.\n3. Send the `vpc_endpoint_id` output to the API owner; they add it to `consumer_vpc_endpoint_ids` and apply. Until then calls fail with **403 Forbidden**.\n4. Call `https://{{answers.domain}}/` from the consumer VPC.\n{{else}}\n1. Apply this module.\n2. Send the `vpc_endpoint_id` output to the API owner; they add it to `consumer_vpc_endpoint_ids` and apply. Until then calls fail with **403 Forbidden**.\n3. Call `https://{api-id}-{vpce-id}.execute-api.{{answers.region}}.amazonaws.com/v1/...` from the consumer VPC, or the default hostname when private DNS is on.\n{{/if}}\n\n| Input | Description |\n|---|---|\n| `vpc_id` | Consumer VPC whose clients call the private API. |\n| `subnet_ids` | Subnets for the interface endpoint, two Availability Zones or more. |\n| `client_security_group_ids` | Client security groups admitted on 443. |\n| `private_dns_enabled` | Resolve default execute-api hostnames to the endpoint (default `true`). |\n{{#if f.privateDomain}}\n| `domain_name` | The shared private custom domain (default `{{answers.domain}}`). |\n| `domain_name_arn` | ARN of the shared domain name. |\n{{/if}}\n\n| Output | Description |\n|---|---|\n| `vpc_endpoint_id` | Send to the API owner. |\n| `vpc_endpoint_dns_names` | DNS names of the endpoint. |\n', "consumer/main.tf": '# Runs in a consumer account: an execute-api interface endpoint in the consumer VPC{{#if f.privateDomain}}, its\n# association with the shared private custom domain, and DNS for that domain{{/if}}. Send the\n# vpc_endpoint_id output to the API owner, who adds it to consumer_vpc_endpoint_ids.\ndata "aws_region" "current" {}\n\nresource "aws_security_group" "endpoint" {\n  name_prefix = "${var.name}-consumer-execute-api-"\n  description = "HTTPS from consumer clients to the execute-api interface endpoint"\n  vpc_id      = var.vpc_id\n\n  tags = merge(var.tags, { Name = "${var.name}-consumer-execute-api" })\n\n  lifecycle {\n    create_before_destroy = true\n  }\n}\n\nresource "aws_vpc_security_group_ingress_rule" "endpoint_from_security_groups" {\n  for_each = toset(var.client_security_group_ids)\n\n  security_group_id            = aws_security_group.endpoint.id\n  description                  = "HTTPS from client security group ${each.value}"\n  referenced_security_group_id = each.value\n  ip_protocol                  = "tcp"\n  from_port                    = 443\n  to_port                      = 443\n}\n\nresource "aws_vpc_endpoint" "execute_api" {\n  vpc_id              = var.vpc_id\n  service_name        = "com.amazonaws.${data.aws_region.current.region}.execute-api"\n  vpc_endpoint_type   = "Interface"\n  subnet_ids          = var.subnet_ids\n  security_group_ids  = [aws_security_group.endpoint.id]\n  private_dns_enabled = var.private_dns_enabled\n\n  tags = merge(var.tags, { Name = "${var.name}-consumer-execute-api" })\n}\n{{#if f.privateDomain}}\n\nresource "aws_api_gateway_domain_name_access_association" "this" {\n  domain_name_arn                = var.domain_name_arn\n  access_association_source      = aws_vpc_endpoint.execute_api.id\n  access_association_source_type = "VPCE"\n\n  tags = var.tags\n}\n\n{{> common/private-zone zoneComment="Private custom domain shared by the API owner"}}\n{{/if}}\n', "consumer/outputs.tf": 'output "vpc_endpoint_id" {\n  description = "Send this to the API owner: it goes into their consumer_vpc_endpoint_ids."\n  value       = aws_vpc_endpoint.execute_api.id\n}\n\noutput "vpc_endpoint_dns_names" {\n  description = "DNS names of the consumer interface endpoint."\n  value       = aws_vpc_endpoint.execute_api.dns_entry[*].dns_name\n}\n', "consumer/variables.tf": `variable "name" {
  description = "Prefix for the consumer-side resources."
  type        = string
  default     = {{hcl answers.name}}
}

variable "vpc_id" {
  description = "Consumer VPC whose clients call the private API."
  type        = string

  validation {
    condition     = can(regex("^vpc-([0-9a-f]{8}|[0-9a-f]{17})$", var.vpc_id))
    error_message = "vpc_id must be a VPC ID (vpc- followed by 8 or 17 hex digits)."
  }
}

variable "subnet_ids" {
  description = "Subnets for the interface endpoint, in at least two Availability Zones."
  type        = list(string)

  validation {
    condition     = length(var.subnet_ids) >= 2 && alltrue([for id in var.subnet_ids : can(regex("^subnet-([0-9a-f]{8}|[0-9a-f]{17})$", id))])
    error_message = "Give at least two subnet IDs (subnet-\u2026) in different Availability Zones."
  }
}

variable "client_security_group_ids" {
  description = "Security groups of the consumer clients allowed to reach the endpoint on 443."
  type        = list(string)

  validation {
    condition     = length(var.client_security_group_ids) > 0 && alltrue([for id in var.client_security_group_ids : can(regex("^sg-([0-9a-f]{8}|[0-9a-f]{17})$", id))])
    error_message = "Give at least one security group ID (sg-\u2026)."
  }
}

variable "private_dns_enabled" {
  description = "Resolve the default execute-api hostnames to this endpoint inside the consumer VPC (public APIs then answer 403 from it)."
  type        = bool
  default     = true
}
{{#if f.privateDomain}}

variable "domain_name" {
  description = "Private custom domain of the API, shared with this account through AWS RAM."
  type        = string
  default     = {{hcl answers.domain}}
}

variable "domain_name_arn" {
  description = "ARN of the shared private custom domain name (the provider's domain_name_arn output)."
  type        = string

  validation {
    condition     = can(regex("^arn:aws[a-z-]*:apigateway:", var.domain_name_arn))
    error_message = "domain_name_arn must be an API Gateway domain name ARN."
  }
}
{{/if}}

variable "tags" {
  description = "Tags for every resource that takes them."
  type        = map(string)
  default     = {}
}
`, "consumer/versions.tf": 'terraform {\n  required_version = "~> 1.6"\n\n  required_providers {\n    aws = {\n      source  = "hashicorp/aws"\n      version = "~> 6.66"\n    }\n  }\n}\n', "docs/README.md": '# {{answers.name}}\n\n{{answers.description}}\n\nGenerated by {{tool.name}} {{tool.version}}: an Amazon API Gateway REST API with a\n**{{rec.endpointType}}** endpoint in `{{answers.region}}`, as a root module calling the reusable module\n`{{moduleDir}}`{{#if consumerDir}} (plus `{{consumerDir}}` for the consumer accounts){{/if}}.\n\n## Why {{chosen.label}}\n\n{{#each rec.reasons}}\n- {{this}}\n{{/each}}\n{{#if rec.overridden}}\n- Chosen by override; the rules recommended **{{rec.recommended}}**.\n{{/if}}\n\nTrade-offs:\n\n{{#each rec.tradeoffs}}\n- {{this}}\n{{/each}}\n{{#if rec.warnings.length}}\n\nWarnings:\n\n{{#each rec.warnings}}\n- \u26A0 {{this}}\n{{/each}}\n{{/if}}\n\n| | Visibility | Optimized for | Typical use |\n|---|---|---|---|\n{{#each profiles}}\n| {{#if chosen}}**{{label}}** (chosen){{else}}{{label}}{{/if}} | {{visibility}} | {{optimizedFor}} | {{typicalUse}} |\n{{/each}}\n\n## What is generated\n\n```mermaid\nflowchart LR\n{{#if f.isPrivate}}\n  clients["Clients in the VPC"] -->|HTTPS 443| sg["Endpoint security group"]\n  sg --> vpce["Interface endpoint<br/>execute-api"]\n{{#if f.hybrid}}\n  onprem["On-premises clients<br/>{{join answers.onpremCidrs ", "}}"] -->|Direct Connect / VPN| sg\n  onpremdns["On-premises DNS"] -->|conditional forwarder| resolver["Route 53 Resolver<br/>inbound endpoint"]\n{{/if}}\n{{#if f.crossAccount}}\n  consumers["Consumer accounts<br/>{{join answers.consumerAccounts ", "}}"] -->|own interface endpoints| api\n{{/if}}\n{{#if f.privateDomain}}\n  phz["Private hosted zone<br/>{{answers.domain}}"] -.-> vpce\n{{/if}}\n  vpce -->|"aws:SourceVpce allowed<br/>by resource policy"| api["REST API (PRIVATE)<br/>stage v1"]\n{{else}}\n{{#if f.cdn}}\n  clients["Public clients"] --> cf["Your CloudFront distribution{{#if f.cdnDomain}}<br/>{{answers.domain}}{{/if}}"]\n  cf -->|HTTPS| api["REST API (REGIONAL)<br/>stage v1"]\n{{else}}\n{{#if f.publicDomain}}\n  clients["Public clients"] --> dom["Custom domain<br/>{{answers.domain}} (TLS 1.2)"]\n  dom --> api["REST API ({{rec.endpointType}})<br/>stage v1"]\n{{else}}\n  clients["Public clients"] --> api["REST API ({{rec.endpointType}})<br/>stage v1"]\n{{/if}}\n{{/if}}\n{{#if f.waf}}\n  waf["AWS WAF web ACL"] -.-> api\n{{/if}}\n{{/if}}\n  api --> backend["{{#if (eq f.integration "mock")}}Mock integration{{/if}}{{#if (eq f.integration "http")}}HTTP backend{{/if}}{{#if (eq f.integration "lambda")}}Lambda function{{/if}}{{#if (eq f.integration "nlb")}}VPC link \u2192 NLB{{/if}}"]\n  api -.-> logs["CloudWatch access and execution logs, alarms"]\n```\n\nFiles:\n\n{{#each manifest.files}}\n- `{{this}}`\n{{/each}}\n\n## Inputs (root module)\n\n| Name | Type | Default | Description |\n|---|---|---|---|\n{{#each rootVars}}\n| `{{name}}` | `{{type}}` | {{#if defaultHcl}}`{{md defaultHcl}}`{{else}}required{{/if}} | {{md description}} |\n{{/each}}\n\nThe child module `{{moduleDir}}` takes more inputs with safe defaults:\n\n| Name | Type | Default | Description |\n|---|---|---|---|\n{{#each moduleVars}}\n| `{{name}}` | `{{type}}` | {{#if defaultHcl}}`{{md defaultHcl}}`{{else}}required{{/if}} | {{md description}} |\n{{/each}}\n\n## Outputs\n\n| Name | Description |\n|---|---|\n{{#each outputs}}\n| `{{name}}` | {{md description}} |\n{{/each}}\n\n## Next steps\n\n```sh\ncp terraform.tfvars.example terraform.tfvars   # fill in the values it lists\nterraform init\nterraform plan -out tfplan\nterraform apply tfplan\n```\n\nAPI Gateway writes logs only once the account has a CloudWatch role. If `terraform apply` fails with\n"CloudWatch Logs role ARN must be set in account settings", set `manage_account_cloudwatch_role = true`\n(one role per account and Region \u2014 only if no other stack manages it).\n{{#if f.crossAccount}}\n\nCross-account: each consumer account applies `{{consumerDir}}` (see its README) and sends you its\n`vpc_endpoint_id`; add it to `consumer_vpc_endpoint_ids` and apply again.\n{{/if}}\n{{#if f.hybrid}}\n\nHybrid: after apply, configure the conditional forwarders from the `onprem_conditional_forwarders`\noutput on your on-premises DNS servers, and make sure on-premises routers send the VPC\'s range over\nDirect Connect or VPN (often through a Transit Gateway).\n{{/if}}\n\n## Calling the API\n\n{{#if f.isPrivate}}\nFrom inside the VPC (or a connected network), with the sample method signed by SigV4\n(`authorization = "AWS_IAM"`; curl 7.75+):\n\n```sh\n# Private DNS on (private_dns_enabled = true): the standard hostname resolves to the endpoint.\ncurl --aws-sigv4 "aws:amz:{{answers.region}}:execute-api" --user "$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY" \\\n  -H "x-amz-security-token: $AWS_SESSION_TOKEN" \\\n  "$(terraform output -raw invoke_url)/{{#if f.proxy}}anything{{else}}health{{/if}}"\n\n# Private DNS off, or from a network that does not resolve it: the endpoint-specific hostname.\ncurl --aws-sigv4 "aws:amz:{{answers.region}}:execute-api" --user "$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY" \\\n  -H "x-amz-security-token: $AWS_SESSION_TOKEN" \\\n  "$(terraform output -raw endpoint_specific_invoke_url)/{{#if f.proxy}}anything{{else}}health{{/if}}"\n\n# Or the endpoint\'s own DNS name with the API named in a header (x-apigw-api-id) or in Host.\ncurl --aws-sigv4 "aws:amz:{{answers.region}}:execute-api" --user "$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY" \\\n  -H "x-amz-security-token: $AWS_SESSION_TOKEN" \\\n  -H "x-apigw-api-id: $(terraform output -raw rest_api_id)" \\\n  "https://$(terraform output -json vpc_endpoint_dns_names | jq -r \'.[0]\')/v1/{{#if f.proxy}}anything{{else}}health{{/if}}"\n```\n{{#if f.privateDomain}}\n\nWith the private custom domain: `https://{{answers.domain}}/{{#if f.proxy}}anything{{else}}health{{/if}}` (resolves through the private hosted zone).\n{{/if}}\n{{else}}\n```sh\ncurl --aws-sigv4 "aws:amz:{{answers.region}}:execute-api" --user "$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY" \\\n  -H "x-amz-security-token: $AWS_SESSION_TOKEN" \\\n  "$(terraform output -raw {{#if f.anyDomain}}custom_domain_url{{else}}invoke_url{{/if}})/{{#if f.proxy}}anything{{else}}health{{/if}}"\n```\n{{#if f.cdn}}\n\nThrough CloudFront: `https://$(terraform output -raw cloudfront_domain_name)/{{#if f.proxy}}anything{{else}}health{{/if}}`. The regional\nendpoint stays reachable directly too; require a secret header or IAM if only CloudFront may call it.\n{{/if}}\n{{/if}}\n\nWith `authorization = "NONE"` drop the `--aws-sigv4`, `--user` and token lines.\n\nWhen something does not work, start with [TROUBLESHOOTING.md](TROUBLESHOOTING.md).\n', "docs/TROUBLESHOOTING.md": '# Troubleshooting {{answers.name}} ({{rec.endpointType}})\n\nWork from the outside in: does the name resolve, does a TCP connection open, does API Gateway\nsee the request, does it authorize it. Addresses below are Terraform resource addresses in this\nroot module; names are those the module creates with its defaults (stage `v1`).\n\n## 0. Is the request reaching API Gateway at all?\n\n- Access logs: log group `/aws/apigateway/{{answers.name}}/v1/access`\n  (`module.api.aws_cloudwatch_log_group.access`).\n- Execution logs: `API-Gateway-Execution-Logs_<rest_api_id>/v1` (`module.api.aws_cloudwatch_log_group.execution`);\n  raise `execution_logging_level` to `INFO` while investigating.\n- **No log line at all means the request never reached API Gateway: a network or DNS problem** (sections 1\u20133).\n  A log line with a 4XX/5XX means it arrived: look at sections 4\u20136.\n- Alarms: `{{answers.name}}-v1-5xx` and `{{answers.name}}-v1-latency-p99` in CloudWatch.\n{{#if f.isPrivate}}\n\n## 1. Endpoint status and configuration\n\n- `aws ec2 describe-vpc-endpoints --vpc-endpoint-ids $(terraform output -raw vpc_endpoint_id)`:\n  the state must be `available`, in the Region `{{answers.region}}`, in the VPC your clients use.\n- The endpoint must have a network interface in the client\'s Availability Zone\'s subnet, or a route to it.\n- Missing or in another Region? `module.api.aws_vpc_endpoint.execute_api` creates it in `var.vpc_id`.\n\n## 2. DNS resolution\n\nFrom a client: `nslookup <rest_api_id>.execute-api.{{answers.region}}.amazonaws.com`.\n\n- It must return **private** addresses of the endpoint\'s network interfaces.\n- Public addresses? Private DNS is off (`private_dns_enabled = {{answers.privateDns}}`) or the client does not use the\n  VPC resolver. Either turn it on (console: VPC \u2192 Endpoints \u2192 Actions \u2192 Modify private DNS names \u2192 Enable), or use\n  the endpoint-specific hostname from the `endpoint_specific_invoke_url` output.\n- Private DNS on makes **public** APIs\' default hostnames fail from this VPC (they resolve to the endpoint and answer\n  403). Call those through custom domains, or turn private DNS off here.\n{{#if f.privateDomain}}\n- Custom domain `{{answers.domain}}`: the private hosted zone `module.api.aws_route53_zone.private` must be\n  associated with the client\'s VPC, and the A record `module.api.aws_route53_record.api` must alias the endpoint.\n{{/if}}\n{{#if f.hybrid}}\n- On-premises clients: the on-premises DNS servers need conditional forwarders (output\n  `onprem_conditional_forwarders`) to the Resolver inbound endpoint (`resolver_inbound_ips`), and the resolver\'s\n  security group `module.api.aws_security_group.resolver` must allow 53/TCP and 53/UDP from\n  {{join answers.onpremCidrs ", "}}.\n{{/if}}\n- Browsers with **DNS over HTTPS** bypass the VPC and on-premises resolvers: disable DoH for these clients.\n- Clear the client\'s DNS cache after changes (`resolvectl flush-caches`, `ipconfig /flushdns`).\n\n## 3. Network path (connection timed out)\n\n- `nc -vz <endpoint private IP> 443` (or `Test-NetConnection -Port 443`) from the client; `traceroute` to see where it stops.\n- Security groups: the client\'s group must allow **outbound 443** to the endpoint; the endpoint\'s group\n  `module.api.aws_security_group.endpoint` admits **inbound 443** only from `client_security_group_ids`,\n  `client_cidr_blocks`{{#if f.hybrid}} and `onprem_cidr_blocks`{{/if}}. A missing client is a timeout, not a 403.\n- Network ACLs are stateless: the endpoint subnets must allow 443 in and ephemeral ports (1024\u201365535) out to the\n  clients, and the client subnets the reverse. `manage_network_acl = true` creates such an ACL\n  (`module.api.aws_network_acl.endpoint`).\n- Route tables: the client subnets must route to the endpoint subnets (same VPC: local route; other VPCs: peering or\n  Transit Gateway).\n{{#if f.hybrid}}\n- On premises: routes for the VPC\'s range must point at Direct Connect or the VPN (often via a Transit Gateway),\n  and the VPC route tables must route {{join answers.onpremCidrs ", "}} back.\n{{/if}}\n- Flow logs of the endpoint subnets (`/aws/vpc-flow-logs/{{answers.name}}-execute-api`, when `enable_flow_logs`):\n  `REJECT` records name the blocked source and port.\n\n## 4. 403 Forbidden\n\n- "User: anonymous is not authorized to perform: execute-api:Invoke": the **resource policy**\n  (`module.api.aws_api_gateway_rest_api_policy.this`) denies requests whose `aws:SourceVpce` is not in\n  `allowed_vpc_endpoint_ids`. Compare `$context.identity.vpceId` in the access log with the `vpc_endpoint_id`\n  output{{#if f.crossAccount}} and `consumer_vpc_endpoint_ids`{{/if}}.\n- The policy was changed but the old one still applies: API Gateway applies a resource policy only after a\n  deployment. The module redeploys automatically (the deployment hashes the policy); after a manual console change,\n  redeploy the stage.\n- The **endpoint policy** (`module.api.data.aws_iam_policy_document.endpoint`) must allow `execute-api:Invoke` on\n  the API\'s ARN.\n- "Missing Authentication Token" or "The security token included in the request is invalid": the sample method\n  uses `authorization = "AWS_IAM"`; sign requests with SigV4 (README, Calling the API). A Lambda authorizer needs\n  the resource policy to allow its callers too.\n- A 403 **from a public API** called from this VPC: private DNS on the endpoint (section 2).\n{{#if f.crossAccount}}\n- Consumer accounts ({{join answers.consumerAccounts ", "}}): their endpoint IDs must be in\n  `consumer_vpc_endpoint_ids`{{#if f.privateDomain}}, they must have accepted the RAM share and associated their endpoint with the domain name{{/if}}.\n{{/if}}\n\n## 5. Wrong invoke URL or Host header\n\n- Private DNS on: `https://<rest_api_id>.execute-api.{{answers.region}}.amazonaws.com/v1/...`\n- Private DNS off: `https://<rest_api_id>-<vpce_id>.execute-api.{{answers.region}}.amazonaws.com/v1/...`\n  (output `endpoint_specific_invoke_url`), or an endpoint DNS name (output `vpc_endpoint_dns_names`) with\n  the header `x-apigw-api-id: <rest_api_id>` or `Host: <rest_api_id>.execute-api.{{answers.region}}.amazonaws.com`.\n- A typo in the Host header or the API ID answers 403 "Forbidden" without a log line.\n{{#if f.privateDomain}}\n\n## 6. Custom domain not working\n\n- The domain must be associated with the endpoint: `module.api.aws_api_gateway_domain_name_access_association.this`.\n- Its own policy (the API\'s, `module.api.data.aws_iam_policy_document.api`) must allow the endpoint.\n- The base path mapping `module.api.aws_api_gateway_base_path_mapping.this` must point at stage `v1`.\n- The A record in the private hosted zone must alias the endpoint\'s DNS name.\n{{/if}}\n{{else}}\n\n## 1. DNS and TLS\n\n- `nslookup {{#if f.anyDomain}}{{answers.domain}}{{else}}<rest_api_id>.execute-api.{{answers.region}}.amazonaws.com{{/if}}` must return public addresses.\n{{#if f.anyDomain}}\n- The certificate must be issued (`aws acm describe-certificate`{{#if f.usEast1}} `--region us-east-1`{{/if}}); a pending\n  validation means the DNS validation records are missing from hosted zone `var.hosted_zone_id`. One passed as\n  `certificate_arn` must cover {{answers.domain}} and live in {{#if f.usEast1}}us-east-1{{else}}{{answers.region}}{{/if}}.\n{{/if}}\n- Called from a VPC whose execute-api interface endpoint has **private DNS on**? The default hostname then resolves\n  to that endpoint and answers 403: call through a custom domain instead.\n\n## 2. 403 Forbidden\n\n- "Missing Authentication Token": wrong path or stage (the stage is `v1`), or an unsigned request to a method with\n  `authorization = "AWS_IAM"`.\n{{#if f.waf}}\n- Blocked by AWS WAF: access log field `wafResponse` is `WAF_BLOCK`; see sampled requests of web ACL\n  `{{answers.name}}-api` and its log group `aws-waf-logs-{{answers.name}}`. The rate rule blocks an IP above\n  `waf_rate_limit` requests per 5 minutes.\n{{/if}}\n\n## 3. 5XX and timeouts\n\n- Integration errors show `integrationStatus` in the access log and details in the execution log.\n- API Gateway gives up on the integration after 29 seconds (504).\n{{#if f.cdn}}\n- Through CloudFront: a 502/403 from CloudFront with no API log line usually means the origin request carried the\n  viewer\'s Host header; the origin request policy must be `Managed-AllViewerExceptHostHeader`.\n{{/if}}\n{{/if}}\n{{#if (eq f.integration "nlb")}}\n\n## NLB private integration\n\n- The VPC link `module.api.aws_api_gateway_vpc_link.this` must be `AVAILABLE`.\n- The NLB\'s target group must report healthy targets; the targets\' security groups must admit the NLB\'s\n  addresses (NLB logs show the NLB\'s private IP, not the client\'s).\n- With a TLS listener, the host in `nlb_backend_url` must match the listener certificate.\n{{/if}}\n', "module/acm-certificate": 'resource "aws_acm_certificate" "this" {\n{{#if usEast1}}\n  count    = var.certificate_arn == null ? 1 : 0\n  provider = aws.us_east_1\n{{else}}\n  count = var.certificate_arn == null ? 1 : 0\n{{/if}}\n\n  domain_name       = var.domain_name\n  validation_method = "DNS"\n\n  tags = var.tags\n\n  lifecycle {\n    create_before_destroy = true\n  }\n}\n\nresource "aws_route53_record" "certificate_validation" {\n  for_each = {\n    for option in flatten(aws_acm_certificate.this[*].domain_validation_options) : option.domain_name => option\n  }\n\n  zone_id         = var.hosted_zone_id\n  name            = each.value.resource_record_name\n  type            = each.value.resource_record_type\n  records         = [each.value.resource_record_value]\n  ttl             = 300\n  allow_overwrite = true\n}\n\nresource "aws_acm_certificate_validation" "this" {\n{{#if usEast1}}\n  count    = var.certificate_arn == null ? 1 : 0\n  provider = aws.us_east_1\n{{else}}\n  count = var.certificate_arn == null ? 1 : 0\n{{/if}}\n\n  certificate_arn         = aws_acm_certificate.this[0].arn\n  validation_record_fqdns = [for record in aws_route53_record.certificate_validation : record.fqdn]\n}\n\nlocals {\n  # The certificate the domain uses: var.certificate_arn when given, else the one issued here.\n  certificate_arn = coalesce(var.certificate_arn, one(aws_acm_certificate_validation.this[*].certificate_arn))\n}\n', "module/cdn.tf": '# Your own CloudFront distribution in front of the regional endpoint: caching, headers and\n# edge security stay under your control (an edge-optimized endpoint hides its distribution).\ndata "aws_cloudfront_cache_policy" "disabled" {\n  name = "Managed-CachingDisabled"\n}\n\n# Forwards everything but Host: API Gateway routes on its own host name.\ndata "aws_cloudfront_origin_request_policy" "all_viewer_except_host" {\n  name = "Managed-AllViewerExceptHostHeader"\n}\n\ndata "aws_cloudfront_response_headers_policy" "security_headers" {\n  name = "Managed-SecurityHeadersPolicy"\n}\n{{#if f.cdnDomain}}\n\n# CloudFront only uses certificates from us-east-1.\n{{> module/acm-certificate usEast1=true}}\n{{/if}}\n\nresource "aws_cloudfront_distribution" "this" {\n  enabled         = true\n  comment         = "${var.name} API"\n  is_ipv6_enabled = true\n  price_class     = var.cloudfront_price_class\n{{#if f.cdnDomain}}\n  aliases         = [var.domain_name]\n{{/if}}\n\n  #checkov:skip=CKV_AWS_68:The REGIONAL web ACL on the API stage inspects every request CloudFront forwards.\n  #checkov:skip=CKV2_AWS_47:No web ACL on the distribution; the stage\'s web ACL carries the Log4j (known bad inputs) rules.\n  #checkov:skip=CKV_AWS_86:Standard logs need an S3 bucket of yours; add logging_config once it exists.\n  #checkov:skip=CKV_AWS_310:An API has one origin; there is no second origin to fail over to.\n  #checkov:skip=CKV_AWS_374:Geo restriction is a business decision, not a default.\n  #checkov:skip=CKV_AWS_305:A default root object applies to websites, not APIs.\n  origin {\n    origin_id   = "api-gateway"\n    domain_name = "${aws_api_gateway_rest_api.this.id}.execute-api.${data.aws_region.current.region}.amazonaws.com"\n    origin_path = "/${aws_api_gateway_stage.this.stage_name}"\n\n    custom_origin_config {\n      http_port              = 80\n      https_port             = 443\n      origin_protocol_policy = "https-only"\n      origin_ssl_protocols   = ["TLSv1.2"]\n    }\n  }\n\n  default_cache_behavior {\n    target_origin_id           = "api-gateway"\n    viewer_protocol_policy     = "https-only"\n    allowed_methods            = ["GET", "HEAD", "OPTIONS", "PUT", "POST", "PATCH", "DELETE"]\n    cached_methods             = ["GET", "HEAD"]\n    compress                   = true\n    cache_policy_id            = data.aws_cloudfront_cache_policy.disabled.id\n    origin_request_policy_id   = data.aws_cloudfront_origin_request_policy.all_viewer_except_host.id\n    response_headers_policy_id = data.aws_cloudfront_response_headers_policy.security_headers.id\n  }\n\n  restrictions {\n    geo_restriction {\n      restriction_type = "none"\n    }\n  }\n\n  viewer_certificate {\n{{#if f.cdnDomain}}\n    acm_certificate_arn      = local.certificate_arn\n    ssl_support_method       = "sni-only"\n    minimum_protocol_version = "TLSv1.2_2021"\n{{else}}\n    #checkov:skip=CKV_AWS_174:The default *.cloudfront.net certificate cannot enforce a minimum TLS version; give --domain to get TLSv1.2_2021.\n    cloudfront_default_certificate = true\n{{/if}}\n  }\n\n  tags = var.tags\n}\n{{#if f.cdnDomain}}\n\nresource "aws_route53_record" "api" {\n  zone_id = var.hosted_zone_id\n  name    = var.domain_name\n  type    = "A"\n\n  alias {\n    name                   = aws_cloudfront_distribution.this.domain_name\n    zone_id                = aws_cloudfront_distribution.this.hosted_zone_id\n    evaluate_target_health = false\n  }\n}\n{{/if}}\n', "module/deployment.tf": 'resource "aws_api_gateway_deployment" "this" {\n  rest_api_id = aws_api_gateway_rest_api.this.id\n  description = "Managed by Terraform"\n\n  # A deployment is a snapshot: API Gateway serves changes to methods, integrations{{#if f.isPrivate}} or\n  # the resource policy{{/if}} only after a new deployment. Hashing them here redeploys on every change.\n  triggers = {\n    redeployment = sha1(jsonencode([\n      aws_api_gateway_resource.this,\n      aws_api_gateway_request_validator.this,\n      aws_api_gateway_method.this,\n      aws_api_gateway_integration.this,\n{{#if (eq f.integration "mock")}}\n      aws_api_gateway_method_response.ok,\n      aws_api_gateway_integration_response.ok,\n{{/if}}\n{{#if f.isPrivate}}\n      aws_api_gateway_rest_api_policy.this.policy,\n{{/if}}\n    ]))\n  }\n\n  lifecycle {\n    # The stage points at the new deployment before the old one is deleted.\n    create_before_destroy = true\n  }\n\n  depends_on = [\n    aws_api_gateway_integration.this,\n{{#if (eq f.integration "mock")}}\n    aws_api_gateway_integration_response.ok,\n{{/if}}\n{{#if f.isPrivate}}\n    # A private API cannot be deployed before it has a resource policy.\n    aws_api_gateway_rest_api_policy.this,\n{{/if}}\n  ]\n}\n\nresource "aws_api_gateway_stage" "this" {\n  rest_api_id          = aws_api_gateway_rest_api.this.id\n  deployment_id        = aws_api_gateway_deployment.this.id\n  stage_name           = var.stage_name\n  xray_tracing_enabled = var.xray_tracing_enabled\n\n  #checkov:skip=CKV_AWS_120:Response caching is off by default for APIs: it costs per hour and serves stale data unless designed for.\n  #checkov:skip=CKV2_AWS_51:Client certificates authenticate API Gateway to an HTTP backend; callers authenticate with {{#if f.isPrivate}}the resource policy and {{/if}}IAM (var.authorization).\n{{#if f.waf}}\n  #checkov:skip=CKV2_AWS_77:Log4j payloads are blocked by AWSManagedRulesKnownBadInputsRuleSet; AWSManagedRulesAnonymousIpList is left out because its hosting-provider rule blocks server-to-server callers in the cloud.\n{{/if}}\n{{#if (and f.isPublic (not f.waf))}}\n  #checkov:skip=CKV2_AWS_29:AWS WAF was turned off for this API (--no-waf); attach a web ACL to the stage to protect it.\n{{/if}}\n{{#if f.isPrivate}}\n  #checkov:skip=CKV2_AWS_29:A private API is reachable only through the allowed VPC endpoints, filtered by the resource policy and security groups; attach a web ACL if internal traffic needs inspection.\n{{/if}}\n  access_log_settings {\n    destination_arn = aws_cloudwatch_log_group.access.arn\n    format = jsonencode({\n      requestId          = "$context.requestId"\n      extendedRequestId  = "$context.extendedRequestId"\n      requestTime        = "$context.requestTime"\n      httpMethod         = "$context.httpMethod"\n      resourcePath       = "$context.resourcePath"\n      status             = "$context.status"\n      responseLength     = "$context.responseLength"\n      integrationStatus  = "$context.integrationStatus"\n      integrationLatency = "$context.integrationLatency"\n      sourceIp           = "$context.identity.sourceIp"\n      userAgent          = "$context.identity.userAgent"\n{{#if f.isPrivate}}\n      vpceId             = "$context.identity.vpceId"\n      vpcId              = "$context.identity.vpcId"\n{{/if}}\n      errorMessage       = "$context.error.message"\n      wafResponse        = "$context.wafResponseCode"\n    })\n  }\n\n  tags = var.tags\n\n  # API Gateway creates the execution log group on first use, with no expiry, unless it exists.\n  depends_on = [aws_cloudwatch_log_group.execution]\n}\n\nresource "aws_api_gateway_method_settings" "all" {\n  rest_api_id = aws_api_gateway_rest_api.this.id\n  stage_name  = aws_api_gateway_stage.this.stage_name\n  method_path = "*/*"\n\n  #checkov:skip=CKV_AWS_225:Response caching is off by default for APIs (see the stage).\n  settings {\n    metrics_enabled        = true\n    logging_level          = var.execution_logging_level\n    data_trace_enabled     = false # full request/response bodies in logs would leak payloads\n    throttling_rate_limit  = var.throttling_rate_limit\n    throttling_burst_limit = var.throttling_burst_limit\n    caching_enabled        = false\n    cache_data_encrypted   = true\n  }\n}\n', "module/domain-private.tf": '# Private custom domain: a stable, friendly name for callers inside the VPC{{#if f.crossAccount}} and in the\n# consumer accounts{{/if}}. It has its own resource policy: the same rule as the API\'s (policy.tf),\n# so a request through an endpoint that is not allowed is refused at the domain as well.\nresource "aws_api_gateway_domain_name" "this" {\n  domain_name     = var.domain_name\n  certificate_arn = var.certificate_arn\n  security_policy = "TLS_1_2"\n  policy          = data.aws_iam_policy_document.api.json\n\n  endpoint_configuration {\n    types = ["PRIVATE"]\n  }\n\n  tags = var.tags\n}\n\nresource "aws_api_gateway_base_path_mapping" "this" {\n  api_id         = aws_api_gateway_rest_api.this.id\n  stage_name     = aws_api_gateway_stage.this.stage_name\n  domain_name    = aws_api_gateway_domain_name.this.domain_name\n  domain_name_id = aws_api_gateway_domain_name.this.domain_name_id\n}\n\n# Without this association the endpoint cannot reach the domain name, even with a policy that allows it.\nresource "aws_api_gateway_domain_name_access_association" "this" {\n  domain_name_arn                = aws_api_gateway_domain_name.this.arn\n  access_association_source      = aws_vpc_endpoint.execute_api.id\n  access_association_source_type = "VPCE"\n\n  tags = var.tags\n}\n\n# A private zone for exactly this host name: it answers for the API without shadowing the\n# rest of the parent domain inside the VPC.\n{{> common/private-zone zoneComment="Private custom domain of ${var.name}"}}\n', "module/domain-public.tf": `# The custom domain's certificate: an existing one (var.certificate_arn), or a public one
# issued here and validated through DNS in the public hosted zone.
{{#if f.isEdge}}
# Edge-optimized domains are served by CloudFront, so the certificate lives in us-east-1.
{{/if}}
{{> module/acm-certificate usEast1=f.isEdge}}

resource "aws_api_gateway_domain_name" "this" {
{{#if f.isEdge}}
  domain_name     = var.domain_name
  certificate_arn = local.certificate_arn
  security_policy = "TLS_1_2"
{{else}}
  domain_name              = var.domain_name
  regional_certificate_arn = local.certificate_arn
  security_policy          = "TLS_1_2"
{{/if}}

  endpoint_configuration {
    types = ["{{rec.endpointType}}"]
  }

  tags = var.tags
}

resource "aws_api_gateway_base_path_mapping" "this" {
  api_id      = aws_api_gateway_rest_api.this.id
  stage_name  = aws_api_gateway_stage.this.stage_name
  domain_name = aws_api_gateway_domain_name.this.domain_name
}

resource "aws_route53_record" "api" {
  zone_id = var.hosted_zone_id
  name    = aws_api_gateway_domain_name.this.domain_name
  type    = "A"

  alias {
{{#if f.isEdge}}
    name                   = aws_api_gateway_domain_name.this.cloudfront_domain_name
    zone_id                = aws_api_gateway_domain_name.this.cloudfront_zone_id
{{else}}
    name                   = aws_api_gateway_domain_name.this.regional_domain_name
    zone_id                = aws_api_gateway_domain_name.this.regional_zone_id
{{/if}}
    evaluate_target_health = false
  }
}
`, "module/integration-http": 'resource "aws_api_gateway_integration" "this" {\n  rest_api_id             = aws_api_gateway_rest_api.this.id\n  resource_id             = aws_api_gateway_resource.this.id\n  http_method             = aws_api_gateway_method.this.http_method\n  type                    = "HTTP_PROXY"\n  integration_http_method = "ANY"\n  uri                     = "${var.backend_url}/{proxy}"\n  timeout_milliseconds    = 29000\n\n  request_parameters = {\n    "integration.request.path.proxy" = "method.request.path.proxy"\n  }\n}\n', "module/integration-lambda": 'data "aws_lambda_function" "backend" {\n  function_name = var.lambda_function_name\n}\n\nresource "aws_api_gateway_integration" "this" {\n  rest_api_id = aws_api_gateway_rest_api.this.id\n  resource_id = aws_api_gateway_resource.this.id\n  http_method = aws_api_gateway_method.this.http_method\n  type        = "AWS_PROXY"\n  # Lambda proxy integrations are always invoked with POST, whatever the client\'s method.\n  integration_http_method = "POST"\n  uri                     = data.aws_lambda_function.backend.invoke_arn\n}\n\nresource "aws_lambda_permission" "api_gateway" {\n  statement_id  = "AllowInvokeFromApiGateway-${var.name}"\n  action        = "lambda:InvokeFunction"\n  function_name = data.aws_lambda_function.backend.function_name\n  principal     = "apigateway.amazonaws.com"\n  # Any stage and method of this API only.\n  source_arn = "${aws_api_gateway_rest_api.this.execution_arn}/*/*"\n}\n', "module/integration-mock": 'resource "aws_api_gateway_integration" "this" {\n  rest_api_id = aws_api_gateway_rest_api.this.id\n  resource_id = aws_api_gateway_resource.this.id\n  http_method = aws_api_gateway_method.this.http_method\n  type        = "MOCK"\n\n  request_templates = {\n    "application/json" = jsonencode({ statusCode = 200 })\n  }\n}\n\nresource "aws_api_gateway_method_response" "ok" {\n  rest_api_id = aws_api_gateway_rest_api.this.id\n  resource_id = aws_api_gateway_resource.this.id\n  http_method = aws_api_gateway_method.this.http_method\n  status_code = "200"\n\n  response_models = {\n    "application/json" = "Empty"\n  }\n}\n\nresource "aws_api_gateway_integration_response" "ok" {\n  rest_api_id = aws_api_gateway_rest_api.this.id\n  resource_id = aws_api_gateway_resource.this.id\n  http_method = aws_api_gateway_method.this.http_method\n  status_code = aws_api_gateway_method_response.ok.status_code\n\n  response_templates = {\n    "application/json" = jsonencode({ status = "ok" })\n  }\n\n  depends_on = [aws_api_gateway_integration.this]\n}\n', "module/integration-nlb": '# Private integration: API Gateway reaches targets inside the VPC through a VPC link to a\n# Network Load Balancer. The NLB sees API Gateway\'s addresses, not the client\'s; use the\n# access log\'s $context.identity.sourceIp to trace callers.\nresource "aws_api_gateway_vpc_link" "this" {\n  name        = "${var.name}-nlb"\n  description = "VPC link from ${var.name} to its Network Load Balancer"\n  target_arns = [var.nlb_arn]\n\n  tags = var.tags\n}\n\nresource "aws_api_gateway_integration" "this" {\n  rest_api_id             = aws_api_gateway_rest_api.this.id\n  resource_id             = aws_api_gateway_resource.this.id\n  http_method             = aws_api_gateway_method.this.http_method\n  type                    = "HTTP_PROXY"\n  integration_http_method = "ANY"\n  connection_type         = "VPC_LINK"\n  connection_id           = aws_api_gateway_vpc_link.this.id\n  # With a TLS listener, this host name must match the listener certificate.\n  uri                  = "${var.nlb_backend_url}/{proxy}"\n  timeout_milliseconds = 29000\n\n  request_parameters = {\n    "integration.request.path.proxy" = "method.request.path.proxy"\n  }\n}\n', "module/logging.tf": 'resource "aws_cloudwatch_log_group" "access" {\n  name              = "/aws/apigateway/${var.name}/${var.stage_name}/access"\n  retention_in_days = var.log_retention_days\n  kms_key_id        = var.log_kms_key_arn\n\n  #checkov:skip=CKV_AWS_158:Customer-managed KMS encryption is opt-in through var.log_kms_key_arn; CloudWatch Logs encrypts at rest by default.\n  tags = var.tags\n}\n\n# The name API Gateway writes execution logs to. Creating it here sets its retention and\n# lets Terraform remove it with the API.\nresource "aws_cloudwatch_log_group" "execution" {\n  name              = "API-Gateway-Execution-Logs_${aws_api_gateway_rest_api.this.id}/${var.stage_name}"\n  retention_in_days = var.log_retention_days\n  kms_key_id        = var.log_kms_key_arn\n\n  #checkov:skip=CKV_AWS_158:Customer-managed KMS encryption is opt-in through var.log_kms_key_arn; CloudWatch Logs encrypts at rest by default.\n  tags = var.tags\n}\n\nlocals {\n  alarm_actions = var.alarm_sns_topic_arn == null ? [] : [var.alarm_sns_topic_arn]\n}\n\nresource "aws_cloudwatch_metric_alarm" "server_errors" {\n  alarm_name          = "${var.name}-${var.stage_name}-5xx"\n  alarm_description   = "${var.name} returned ${var.alarm_5xx_threshold} or more 5XX responses in 5 minutes. See TROUBLESHOOTING.md."\n  namespace           = "AWS/ApiGateway"\n  metric_name         = "5XXError"\n  statistic           = "Sum"\n  period              = 300\n  evaluation_periods  = 1\n  threshold           = var.alarm_5xx_threshold\n  comparison_operator = "GreaterThanOrEqualToThreshold"\n  treat_missing_data  = "notBreaching"\n  alarm_actions       = local.alarm_actions\n  ok_actions          = local.alarm_actions\n\n  dimensions = {\n    ApiName = aws_api_gateway_rest_api.this.name\n    Stage   = aws_api_gateway_stage.this.stage_name\n  }\n\n  tags = var.tags\n}\n\nresource "aws_cloudwatch_metric_alarm" "latency" {\n  alarm_name          = "${var.name}-${var.stage_name}-latency-p99"\n  alarm_description   = "${var.name} p99 latency above ${var.alarm_latency_p99_ms} ms for 15 minutes."\n  namespace           = "AWS/ApiGateway"\n  metric_name         = "Latency"\n  extended_statistic  = "p99"\n  period              = 300\n  evaluation_periods  = 3\n  threshold           = var.alarm_latency_p99_ms\n  comparison_operator = "GreaterThanThreshold"\n  treat_missing_data  = "notBreaching"\n  alarm_actions       = local.alarm_actions\n  ok_actions          = local.alarm_actions\n\n  dimensions = {\n    ApiName = aws_api_gateway_rest_api.this.name\n    Stage   = aws_api_gateway_stage.this.stage_name\n  }\n\n  tags = var.tags\n}\n\n# API Gateway needs an account-level IAM role to write any CloudWatch logs. There is one\n# setting per account and Region, shared by every API: managing it here would overwrite\n# another stack\'s, so it is opt-in.\ndata "aws_iam_policy_document" "api_gateway_assume" {\n  count = var.manage_account_cloudwatch_role ? 1 : 0\n\n  statement {\n    actions = ["sts:AssumeRole"]\n\n    principals {\n      type        = "Service"\n      identifiers = ["apigateway.amazonaws.com"]\n    }\n  }\n}\n\nresource "aws_iam_role" "cloudwatch" {\n  count = var.manage_account_cloudwatch_role ? 1 : 0\n\n  name_prefix        = "api-gateway-cloudwatch-"\n  assume_role_policy = data.aws_iam_policy_document.api_gateway_assume[0].json\n\n  tags = var.tags\n}\n\nresource "aws_iam_role_policy_attachment" "cloudwatch" {\n  count = var.manage_account_cloudwatch_role ? 1 : 0\n\n  role       = aws_iam_role.cloudwatch[0].name\n  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs"\n}\n\nresource "aws_api_gateway_account" "this" {\n  count = var.manage_account_cloudwatch_role ? 1 : 0\n\n  cloudwatch_role_arn = aws_iam_role.cloudwatch[0].arn\n}\n', "module/main.tf": 'data "aws_region" "current" {}\n\ndata "aws_partition" "current" {}\n{{#if f.isPrivate}}\n\ndata "aws_caller_identity" "current" {}\n{{/if}}\n\nresource "aws_api_gateway_rest_api" "this" {\n  name        = var.name\n  description = var.description\n\n  endpoint_configuration {\n    types = ["{{rec.endpointType}}"]\n{{#if f.isPrivate}}\n    # Associating the endpoint creates the {api-id}-{vpce-id}.execute-api alias hostname,\n    # which resolves with or without private DNS on the endpoint.\n    vpc_endpoint_ids = [aws_vpc_endpoint.execute_api.id]\n{{/if}}\n  }\n\n  tags = var.tags\n\n  lifecycle {\n    # A replacement API (new ID, new URL) exists before the old one is deleted.\n    create_before_destroy = true\n  }\n}\n\n# Rejects requests whose required parameters are missing before they reach the backend.\nresource "aws_api_gateway_request_validator" "this" {\n  rest_api_id                 = aws_api_gateway_rest_api.this.id\n  name                        = "validate-parameters-and-body"\n  validate_request_parameters = true\n  validate_request_body       = true\n}\n\n{{#if f.proxy}}\n# One greedy resource forwards every path to the backend.\nresource "aws_api_gateway_resource" "this" {\n  rest_api_id = aws_api_gateway_rest_api.this.id\n  parent_id   = aws_api_gateway_rest_api.this.root_resource_id\n  path_part   = "{proxy+}"\n}\n\nresource "aws_api_gateway_method" "this" {\n  rest_api_id          = aws_api_gateway_rest_api.this.id\n  resource_id          = aws_api_gateway_resource.this.id\n  http_method          = "ANY"\n  authorization        = var.authorization\n  request_validator_id = aws_api_gateway_request_validator.this.id\n\n  request_parameters = {\n    "method.request.path.proxy" = true\n  }\n}\n{{else}}\n# A sample health check answered by API Gateway itself; replace with real resources.\nresource "aws_api_gateway_resource" "this" {\n  rest_api_id = aws_api_gateway_rest_api.this.id\n  parent_id   = aws_api_gateway_rest_api.this.root_resource_id\n  path_part   = "health"\n}\n\nresource "aws_api_gateway_method" "this" {\n  rest_api_id          = aws_api_gateway_rest_api.this.id\n  resource_id          = aws_api_gateway_resource.this.id\n  http_method          = "GET"\n  authorization        = var.authorization\n  request_validator_id = aws_api_gateway_request_validator.this.id\n}\n{{/if}}\n\n{{> (concat "module/integration-" f.integration)}}\n', "module/network.tf": '# Network ACL for the endpoint subnets (opt-in): a second, stateless layer under the\n# security group. Inbound 443 from the client ranges, outbound ephemeral ports back to\n# them; the implicit final rule denies everything else.\ndata "aws_vpc" "this" {\n  count = var.manage_network_acl ? 1 : 0\n\n  id = var.vpc_id\n}\n\nlocals {\n  # The VPC\'s own range stands in for clients admitted by security group (a network ACL\n  # cannot reference security groups). CIDR \u2192 rule number.\n  nacl_rules = var.manage_network_acl ? {\n    for i, cidr in distinct(concat([data.aws_vpc.this[0].cidr_block], var.client_cidr_blocks{{#if f.hybrid}}, var.onprem_cidr_blocks{{/if}})) : cidr => 100 + i * 10\n  } : {}\n}\n\nresource "aws_network_acl" "endpoint" {\n  count = var.manage_network_acl ? 1 : 0\n\n  #checkov:skip=CKV2_AWS_1:Attached through subnet_ids = var.subnet_ids; the graph check cannot follow the count-conditional variable.\n  vpc_id     = var.vpc_id\n  subnet_ids = var.subnet_ids\n\n  tags = merge(var.tags, { Name = "${var.name}-execute-api-endpoint" })\n}\n\nresource "aws_network_acl_rule" "https_in" {\n  for_each = local.nacl_rules\n\n  network_acl_id = aws_network_acl.endpoint[0].id\n  rule_number    = each.value\n  egress         = false\n  protocol       = "tcp"\n  rule_action    = "allow"\n  cidr_block     = each.key\n  from_port      = 443\n  to_port        = 443\n}\n\nresource "aws_network_acl_rule" "ephemeral_out" {\n  for_each = local.nacl_rules\n\n  network_acl_id = aws_network_acl.endpoint[0].id\n  rule_number    = each.value\n  egress         = true\n  protocol       = "tcp"\n  rule_action    = "allow"\n  cidr_block     = each.key\n  from_port      = 1024\n  to_port        = 65535\n}\n\n# Flow logs on the endpoint subnets: the first place to look when a call times out.\nresource "aws_cloudwatch_log_group" "flow_logs" {\n  count = var.enable_flow_logs ? 1 : 0\n\n  name              = "/aws/vpc-flow-logs/${var.name}-execute-api"\n  retention_in_days = var.log_retention_days\n  kms_key_id        = var.log_kms_key_arn\n\n  #checkov:skip=CKV_AWS_158:Customer-managed KMS encryption is opt-in through var.log_kms_key_arn; CloudWatch Logs encrypts at rest by default.\n  tags = var.tags\n}\n\ndata "aws_iam_policy_document" "flow_logs_assume" {\n  count = var.enable_flow_logs ? 1 : 0\n\n  statement {\n    actions = ["sts:AssumeRole"]\n\n    principals {\n      type        = "Service"\n      identifiers = ["vpc-flow-logs.amazonaws.com"]\n    }\n\n    condition {\n      test     = "StringEquals"\n      variable = "aws:SourceAccount"\n      values   = [data.aws_caller_identity.current.account_id]\n    }\n  }\n}\n\ndata "aws_iam_policy_document" "flow_logs" {\n  count = var.enable_flow_logs ? 1 : 0\n\n  statement {\n    actions   = ["logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"]\n    resources = ["${aws_cloudwatch_log_group.flow_logs[0].arn}:*"]\n  }\n}\n\nresource "aws_iam_role" "flow_logs" {\n  count = var.enable_flow_logs ? 1 : 0\n\n  name_prefix        = "${substr(var.name, 0, 20)}-flow-logs-"\n  assume_role_policy = data.aws_iam_policy_document.flow_logs_assume[0].json\n\n  tags = var.tags\n}\n\nresource "aws_iam_role_policy" "flow_logs" {\n  count = var.enable_flow_logs ? 1 : 0\n\n  name   = "write-flow-logs"\n  role   = aws_iam_role.flow_logs[0].id\n  policy = data.aws_iam_policy_document.flow_logs[0].json\n}\n\nresource "aws_flow_log" "endpoint_subnets" {\n  for_each = var.enable_flow_logs ? toset(var.subnet_ids) : toset([])\n\n  subnet_id            = each.value\n  traffic_type         = "ALL"\n  log_destination_type = "cloud-watch-logs"\n  log_destination      = aws_cloudwatch_log_group.flow_logs[0].arn\n  iam_role_arn         = aws_iam_role.flow_logs[0].arn\n\n  tags = var.tags\n}\n', "module/outputs.tf": '{{#each outputs}}\noutput "{{name}}" {\n  description = {{hcl description}}\n  value       = {{{value}}}\n}\n\n{{/each}}\n', "module/policy.tf": `locals {
  # Requests are admitted only through these interface endpoints: ours{{#if f.crossAccount}} and the consumers'{{/if}}.
  allowed_vpc_endpoint_ids = {{#if f.crossAccount}}concat([aws_vpc_endpoint.execute_api.id], var.consumer_vpc_endpoint_ids){{else}}[aws_vpc_endpoint.execute_api.id]{{/if}}
}

# The canonical private API policy: allow Invoke, then deny every request that does not
# arrive through an allowed endpoint. A 403 "not authorized to access this resource"
# usually means the caller's endpoint is missing here.
data "aws_iam_policy_document" "api" {
  statement {
    sid       = "AllowInvoke"
    effect    = "Allow"
    actions   = ["execute-api:Invoke"]
    resources = ["execute-api:/*"]

    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }

  statement {
    sid       = "DenyOutsideAllowedEndpoints"
    effect    = "Deny"
    actions   = ["execute-api:Invoke"]
    resources = ["execute-api:/*"]

    principals {
      type        = "*"
      identifiers = ["*"]
    }

    condition {
      test     = "StringNotEquals"
      variable = "aws:SourceVpce"
      values   = local.allowed_vpc_endpoint_ids
    }
  }
}

resource "aws_api_gateway_rest_api_policy" "this" {
  rest_api_id = aws_api_gateway_rest_api.this.id
  policy      = data.aws_iam_policy_document.api.json
}
`, "module/resolver.tf": '# Hybrid DNS: on-premises resolvers forward the API\'s names to this inbound endpoint, which\n# answers from the VPC\'s view (the interface endpoint\'s private addresses).\nresource "aws_security_group" "resolver" {\n  name_prefix = "${var.name}-resolver-"\n  description = "DNS from on-premises resolvers to the Route 53 Resolver inbound endpoint of ${var.name}"\n  vpc_id      = var.vpc_id\n\n  tags = merge(var.tags, { Name = "${var.name}-resolver-inbound" })\n\n  lifecycle {\n    create_before_destroy = true\n  }\n}\n\nresource "aws_vpc_security_group_ingress_rule" "resolver_dns" {\n  for_each = {\n    for pair in setproduct(var.onprem_cidr_blocks, ["tcp", "udp"]) : "${pair[0]}/${pair[1]}" => {\n      cidr     = pair[0]\n      protocol = pair[1]\n    }\n  }\n\n  security_group_id = aws_security_group.resolver.id\n  description       = "DNS over ${upper(each.value.protocol)} from on-premises ${each.value.cidr}"\n  cidr_ipv4         = each.value.cidr\n  ip_protocol       = each.value.protocol\n  from_port         = 53\n  to_port           = 53\n}\n\nresource "aws_route53_resolver_endpoint" "inbound" {\n  name               = "${var.name}-inbound"\n  direction          = "INBOUND"\n  security_group_ids = [aws_security_group.resolver.id]\n\n  # One address per subnet: two Availability Zones at least, like the API endpoint.\n  dynamic "ip_address" {\n    for_each = toset(var.subnet_ids)\n\n    content {\n      subnet_id = ip_address.value\n    }\n  }\n\n  tags = var.tags\n}\n\nlocals {\n  resolver_ips = [for ip in aws_route53_resolver_endpoint.inbound.ip_address : ip.ip]\n  # Zones on-premises DNS must forward to the inbound endpoint. execute-api only resolves to\n  # the endpoint with private DNS on; the endpoint-specific names (*.vpce.amazonaws.com)\n  # are public DNS records and need no forwarder.\n  conditional_forwarders = {\n    for zone in compact([\n      var.private_dns_enabled ? "execute-api.${data.aws_region.current.region}.amazonaws.com" : "",\n{{#if f.privateDomain}}\n      var.domain_name,\n{{/if}}\n    ]) : zone => local.resolver_ips\n  }\n}\n', "module/sharing.tf": '# Consumer accounts reach the private custom domain through AWS RAM: they accept the share,\n# then associate their own interface endpoint with the domain name (modules/consumer).\nresource "aws_ram_resource_share" "domain" {\n  name                      = "${var.name}-private-domain"\n  allow_external_principals = var.ram_allow_external_principals\n\n  tags = var.tags\n}\n\nresource "aws_ram_resource_association" "domain" {\n  resource_arn       = aws_api_gateway_domain_name.this.arn\n  resource_share_arn = aws_ram_resource_share.domain.arn\n}\n\nresource "aws_ram_principal_association" "consumers" {\n  for_each = toset(var.consumer_account_ids)\n\n  principal          = each.value\n  resource_share_arn = aws_ram_resource_share.domain.arn\n}\n', "module/versions.tf": 'terraform {\n  required_version = "~> 1.6"\n\n  required_providers {\n    aws = {\n      source  = "hashicorp/aws"\n      version = "~> 6.66"\n{{#if f.usEast1}}\n      # The certificate for {{#if f.isEdge}}an edge-optimized custom domain{{else}}a CloudFront alias{{/if}} must be issued in us-east-1.\n      configuration_aliases = [aws.us_east_1]\n{{/if}}\n    }\n  }\n}\n', "module/vpc-endpoint.tf": 'resource "aws_security_group" "endpoint" {\n  name_prefix = "${var.name}-execute-api-"\n  description = "HTTPS from approved clients to the execute-api interface endpoint of ${var.name}"\n  vpc_id      = var.vpc_id\n\n  tags = merge(var.tags, { Name = "${var.name}-execute-api-endpoint" })\n\n  lifecycle {\n    create_before_destroy = true\n  }\n}\n\n# Clients are admitted by security group reference where possible: the rule follows them\n# as their addresses change. No egress rules: the endpoint only answers connections.\nresource "aws_vpc_security_group_ingress_rule" "endpoint_from_security_groups" {\n  for_each = toset(var.client_security_group_ids)\n\n  security_group_id            = aws_security_group.endpoint.id\n  description                  = "HTTPS from client security group ${each.value}"\n  referenced_security_group_id = each.value\n  ip_protocol                  = "tcp"\n  from_port                    = 443\n  to_port                      = 443\n}\n\nresource "aws_vpc_security_group_ingress_rule" "endpoint_from_cidrs" {\n  for_each = local.endpoint_client_cidrs\n\n  security_group_id = aws_security_group.endpoint.id\n  description       = "HTTPS from ${each.value} ${each.key}"\n  cidr_ipv4         = each.key\n  ip_protocol       = "tcp"\n  from_port         = 443\n  to_port           = 443\n}\n\nlocals {\n  # CIDR \u2192 who it is, for rule descriptions.\n  endpoint_client_cidrs = merge(\n    { for cidr in var.client_cidr_blocks : cidr => "clients in" },\n{{#if f.hybrid}}\n    { for cidr in var.onprem_cidr_blocks : cidr => "on-premises clients in" },\n{{/if}}\n  )\n}\n\n# The endpoint policy limits what this endpoint may be used for: invoking API Gateway APIs\n# of this account. One execute-api endpoint per VPC serves every private API it may call.\ndata "aws_iam_policy_document" "endpoint" {\n  statement {\n    sid       = "InvokeApisOfThisAccount"\n    effect    = "Allow"\n    actions   = ["execute-api:Invoke"]\n    resources = ["arn:${data.aws_partition.current.partition}:execute-api:${data.aws_region.current.region}:${data.aws_caller_identity.current.account_id}:*"]\n\n    principals {\n      type        = "*"\n      identifiers = ["*"]\n    }\n  }\n}\n\nresource "aws_vpc_endpoint" "execute_api" {\n  vpc_id             = var.vpc_id\n  service_name       = "com.amazonaws.${data.aws_region.current.region}.execute-api"\n  vpc_endpoint_type  = "Interface"\n  subnet_ids         = var.subnet_ids\n  security_group_ids = [aws_security_group.endpoint.id]\n  policy             = data.aws_iam_policy_document.endpoint.json\n  # On: *.execute-api.{region}.amazonaws.com resolves to this endpoint inside the VPC, so the\n  # standard invoke URL works \u2014 and public APIs can no longer be called from this VPC by their\n  # default hostnames (they answer 403). Off: use the endpoint-specific hostname instead.\n  private_dns_enabled = var.private_dns_enabled\n\n  tags = merge(var.tags, { Name = "${var.name}-execute-api" })\n}\n', "module/waf.tf": '# API Gateway stages take REGIONAL web ACLs, edge-optimized ones included.\nresource "aws_wafv2_web_acl" "this" {\n  name        = "${var.name}-api"\n  description = "Protects the ${var.name} API stage"\n  scope       = "REGIONAL"\n\n  default_action {\n    allow {}\n  }\n\n  # AWS managed rule groups, in evaluation order. Known bad inputs blocks Log4j-style\n  # (CVE-2021-44228) payloads among others.\n  rule {\n    name     = "AWSManagedRulesCommonRuleSet"\n    priority = 10\n\n    override_action {\n      none {}\n    }\n\n    statement {\n      managed_rule_group_statement {\n        name        = "AWSManagedRulesCommonRuleSet"\n        vendor_name = "AWS"\n      }\n    }\n\n    visibility_config {\n      cloudwatch_metrics_enabled = true\n      metric_name                = "${var.name}-AWSManagedRulesCommonRuleSet"\n      sampled_requests_enabled   = true\n    }\n  }\n\n  rule {\n    name     = "AWSManagedRulesKnownBadInputsRuleSet"\n    priority = 20\n\n    override_action {\n      none {}\n    }\n\n    statement {\n      managed_rule_group_statement {\n        name        = "AWSManagedRulesKnownBadInputsRuleSet"\n        vendor_name = "AWS"\n      }\n    }\n\n    visibility_config {\n      cloudwatch_metrics_enabled = true\n      metric_name                = "${var.name}-AWSManagedRulesKnownBadInputsRuleSet"\n      sampled_requests_enabled   = true\n    }\n  }\n\n  rule {\n    name     = "AWSManagedRulesAmazonIpReputationList"\n    priority = 30\n\n    override_action {\n      none {}\n    }\n\n    statement {\n      managed_rule_group_statement {\n        name        = "AWSManagedRulesAmazonIpReputationList"\n        vendor_name = "AWS"\n      }\n    }\n\n    visibility_config {\n      cloudwatch_metrics_enabled = true\n      metric_name                = "${var.name}-AWSManagedRulesAmazonIpReputationList"\n      sampled_requests_enabled   = true\n    }\n  }\n\n  rule {\n    name     = "rate-limit-per-ip"\n    priority = 100\n\n    action {\n      block {}\n    }\n\n    statement {\n      rate_based_statement {\n        limit              = var.waf_rate_limit\n        aggregate_key_type = "IP"\n      }\n    }\n\n    visibility_config {\n      cloudwatch_metrics_enabled = true\n      metric_name                = "${var.name}-rate-limit"\n      sampled_requests_enabled   = true\n    }\n  }\n\n  visibility_config {\n    cloudwatch_metrics_enabled = true\n    metric_name                = "${var.name}-api"\n    sampled_requests_enabled   = true\n  }\n\n  tags = var.tags\n}\n\nresource "aws_wafv2_web_acl_association" "this" {\n  resource_arn = aws_api_gateway_stage.this.arn\n  web_acl_arn  = aws_wafv2_web_acl.this.arn\n}\n\n# WAF requires log group names that start with aws-waf-logs-.\nresource "aws_cloudwatch_log_group" "waf" {\n  name              = "aws-waf-logs-${var.name}"\n  retention_in_days = var.log_retention_days\n  kms_key_id        = var.log_kms_key_arn\n\n  #checkov:skip=CKV_AWS_158:Customer-managed KMS encryption is opt-in through var.log_kms_key_arn; CloudWatch Logs encrypts at rest by default.\n  tags = var.tags\n}\n\nresource "aws_wafv2_web_acl_logging_configuration" "this" {\n  resource_arn            = aws_wafv2_web_acl.this.arn\n  log_destination_configs = [aws_cloudwatch_log_group.waf.arn]\n}\n', "root/main.tf": '# {{comment answers.description}}\n# Endpoint type: {{rec.endpointType}} \u2014 see README.md for why.\nmodule "api" {\n  source = "./{{moduleDir}}"\n{{#if f.usEast1}}\n\n  providers = {\n    aws           = aws\n    aws.us_east_1 = aws.us_east_1\n  }\n{{/if}}\n\n{{#each moduleArgs}}\n  {{padded}} = var.{{name}}\n{{/each}}\n}\n', "root/manifest.json": "{{{json manifest}}}\n", "root/outputs.tf": '{{#each outputs}}\noutput "{{name}}" {\n  description = {{hcl description}}\n  value       = module.api.{{name}}\n}\n\n{{/each}}\n', "root/providers.tf": `provider "aws" {
  region = var.region

  default_tags {
    tags = var.tags
  }
}
{{#if f.usEast1}}

# ACM certificates used by CloudFront (edge-optimized custom domains and CloudFront
# aliases) must live in us-east-1, whatever the API's Region.
provider "aws" {
  alias  = "us_east_1"
  region = "us-east-1"

  default_tags {
    tags = var.tags
  }
}
{{/if}}
`, "root/terraform.tfvars.example": "# Copy to terraform.tfvars and fill in. Values the generator already knew are defaults in\n# variables.tf; these have none.\n{{#each tfvarsExample}}\n\n# {{description}}\n{{name}} = {{{example}}}\n{{/each}}\n", "root/versions.tf": 'terraform {\n  required_version = "~> 1.6"\n\n  required_providers {\n    aws = {\n      source = "hashicorp/aws"\n      # The offline schema check of create-api-endpoint {{tool.version}} was made against this provider release.\n      version = "~> 6.66"\n    }\n  }\n}\n' }));
function render(answers) {
  const recommendation = recommend(answers);
  return renderFiles(plan(answers, recommendation, VERSION), TEMPLATES);
}
export {
  COMMIT,
  VERSION,
  render
};
