/**
 * The module's input variables as data: rendered into the child module's variables.tf,
 * the root module's variables.tf (for the ones a caller sets), terraform.tfvars.example
 * and the README's inputs table. HCL snippets here are static; answer values enter only
 * through `rootDefault`, which returns a plain value that the renderer quotes.
 */
import { DEFAULT_STAGE } from '../core/knowledge.js';
import { hclPattern, type PatternName } from '../core/patterns.js';
import type { Answers } from '../core/types.js';
import type { Features } from './features.js';

export interface Validation {
  condition: string;
  message: string;
}

export interface VarSpec {
  name: string;
  type: string;
  description: string;
  /** HCL expression for the module default; absent = required. */
  default?: string;
  validations?: Validation[];
  when: (f: Features) => boolean;
  /**
   * Exposed at the root: its default there comes from the answers (undefined = required at root),
   * or is the module's own default ('module default').
   */
  root?: ((a: Answers) => RootValue | undefined) | 'module default';
  /** Placeholder for terraform.tfvars.example when the root has no default; {region} is the answers' Region. */
  example?: string;
  sensitive?: boolean;
  /**
   * Which module declares it: the per-API module (default), the VPC's network baseline
   * (modules/vpc-endpoint, only when this root creates it), or both.
   */
  module?: 'api' | 'endpoint' | 'both';
  /** An HCL expression the root passes instead of a root variable of the same name (e.g. another module's output). */
  fromRoot?: (f: Features) => string | undefined;
  /**
   * The variable's former name (a rename): the root keeps a deprecated variable of that name and
   * reads it when this one is not set, so a terraform.tfvars written for the old name still works.
   */
  formerName?: string;
}

export type RootValue = string | number | boolean | string[] | Record<string, string> | null;

const always = () => true;
/** Text inside an HCL double-quoted string: quotes, backslashes and template sequences escaped. */
const hclString = (s: string) => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\$\{/g, '$$${').replace(/%\{/g, '%%{');
const priv = (f: Features) => f.isPrivate;

const idList = (varName: string, pattern: PatternName, prefix: string, what: string): Validation => ({
  condition: `alltrue([for id in var.${varName} : can(regex("${hclPattern(pattern)}", id))])`,
  message: `Each entry of ${varName} must be ${what} (${prefix}- followed by 8 or 17 hex digits).`,
});
const cidrList = (varName: string): Validation[] => [
  {
    condition: `alltrue([for c in var.${varName} : can(cidrhost(c, 0))])`,
    message: `Each entry of ${varName} must be an IPv4 CIDR block such as 10.20.0.0/16.`,
  },
  {
    condition: `alltrue([for c in var.${varName} : tonumber(split("/", c)[1]) > 0])`,
    message: `${varName} must not contain 0.0.0.0/0: list the client ranges that need access.`,
  },
];

/**
 * Inputs of a private custom domain's DNS, shared by the per-API module and the consumer module:
 * where the private zone comes from (created against a VPC of this account, or given) and which
 * other VPCs resolve it (this account's spokes, associated here; other accounts' VPCs, authorized
 * here for their owners to associate) — what a participant account of a RAM-shared VPC needs.
 */
export const ZONE_VARIABLES: VarSpec[] = [
  {
    name: 'private_zone_id',
    type: 'string',
    description: 'An existing Route 53 private hosted zone for domain_name (for example one the network account keeps for its shared VPC): the alias record goes there and no zone is created. null: a zone is created.',
    default: 'null',
    validations: [{ condition: 'var.private_zone_id == null || can(regex("^Z[A-Z0-9]{1,32}$", var.private_zone_id))', message: 'private_zone_id must be a Route 53 hosted zone ID (Z followed by letters and digits).' }],
    when: (f) => f.privateDomain,
    root: () => null,
  },
  {
    name: 'zone_vpc_id',
    type: 'string',
    description: 'The VPC the private zone is created against; it must belong to this account (Route 53 requires it). null: the endpoint\'s VPC, which in a VPC shared through AWS RAM belongs to the network account: then give a VPC of this account and authorized_vpc_ids.',
    default: 'null',
    validations: [{ condition: 'var.zone_vpc_id == null || can(regex("^vpc-([0-9a-f]{8}|[0-9a-f]{17})$", var.zone_vpc_id))', message: 'zone_vpc_id must be a VPC ID (vpc- and 8 or 17 hex digits).' }],
    when: (f) => f.privateDomain,
    root: () => null,
  },
  {
    name: 'associated_vpc_ids',
    type: 'list(string)',
    description: 'More VPCs of this account that resolve the private domain (spokes reaching the endpoint through a transit gateway), each an aws_route53_zone_association.',
    default: '[]',
    validations: [{ condition: 'alltrue([for id in var.associated_vpc_ids : can(regex("^vpc-([0-9a-f]{8}|[0-9a-f]{17})$", id))])', message: 'associated_vpc_ids must list VPC IDs.' }],
    when: (f) => f.privateDomain,
    root: () => [],
  },
  {
    name: 'authorized_vpc_ids',
    type: 'list(string)',
    description: 'VPCs of other accounts (a network account\'s shared VPC, its spokes) allowed to associate with the private zone; each owner then applies aws_route53_zone_association with the private_hosted_zone_id output.',
    default: '[]',
    validations: [{ condition: 'alltrue([for id in var.authorized_vpc_ids : can(regex("^vpc-([0-9a-f]{8}|[0-9a-f]{17})$", id))])', message: 'authorized_vpc_ids must list VPC IDs.' }],
    when: (f) => f.privateDomain,
    root: () => [],
  },
  {
    name: 'vpc_endpoint_dns_name',
    type: 'string',
    description: 'DNS name of the execute-api endpoint (its first DNS entry), when this account cannot read the endpoint (one the network account owns). null: read from the endpoint.',
    default: 'null',
    when: (f) => f.privateDomain,
    root: () => null,
  },
  {
    name: 'vpc_endpoint_zone_id',
    type: 'string',
    description: 'Hosted zone ID of that DNS name (the endpoint\'s first DNS entry), with vpc_endpoint_dns_name. null: read from the endpoint.',
    default: 'null',
    when: (f) => f.privateDomain,
    root: () => null,
  },
];

export const VARIABLES: VarSpec[] = [
  {
    name: 'name',
    type: 'string',
    description: 'Name of the REST API; also prefixes the names of related resources.',
    validations: [{ condition: `can(regex("${hclPattern('name')}", var.name))`, message: 'name must be 3-40 lowercase letters, digits or hyphens.' }],
    when: always,
    module: 'both',
    root: (a) => a.name,
  },
  {
    name: 'description',
    type: 'string',
    description: 'Description shown on the REST API.',
    default: '""',
    when: always,
    root: (a) => a.description,
  },
  {
    name: 'stage_name',
    type: 'string',
    description: 'Name of the deployment stage; part of the invoke URL.',
    default: JSON.stringify(DEFAULT_STAGE),
    validations: [{ condition: 'can(regex("^[A-Za-z0-9_-]{1,128}$", var.stage_name))', message: 'stage_name may contain letters, digits, hyphens and underscores only.' }],
    when: always,
  },
  {
    name: 'authorization',
    type: 'string',
    description: 'Authorization of the sample method: AWS_IAM (callers sign requests with SigV4) or NONE.',
    default: '"AWS_IAM"',
    validations: [{ condition: 'contains(["AWS_IAM", "NONE"], var.authorization)', message: 'authorization must be AWS_IAM or NONE.' }],
    // With an OpenAPI document, each operation's security says who may call it; with an
    // authorizer, the method names it.
    when: (f) => !f.openapi && !f.authorizer,
    root: 'module default',
  },
  {
    name: 'cognito_user_pool_arns',
    type: 'list(string)',
    description: 'ARNs of the Cognito user pools whose tokens the authorizer accepts (in the Authorization header).',
    validations: [
      { condition: 'length(var.cognito_user_pool_arns) > 0', message: 'cognito_user_pool_arns needs at least one user pool ARN.' },
      { condition: `alltrue([for arn in var.cognito_user_pool_arns : can(regex("${hclPattern('userPoolArn')}", arn))])`, message: 'Each entry of cognito_user_pool_arns must be a Cognito user pool ARN (arn:aws:cognito-idp:<region>:<account>:userpool/<id>).' },
    ],
    when: (f) => f.auth === 'cognito',
    root: (a) => (a.cognitoUserPoolArns.length ? a.cognitoUserPoolArns : undefined),
    example: '["arn:aws:cognito-idp:{region}:111122223333:userpool/{region}_AbCdEf123"]',
  },
  {
    name: 'authorization_scopes',
    type: 'list(string)',
    description: 'OAuth scopes the sample method requires in an access token (empty: any valid ID or access token of the pools).',
    default: '[]',
    when: (f) => f.auth === 'cognito' && !f.openapi,
    root: () => [],
    example: '["orders/read"]',
  },
  {
    name: 'authorizer_function_name',
    type: 'string',
    description: 'Name (or ARN) of the Lambda function that authorizes calls (a TOKEN authorizer reading the Authorization header).',
    validations: [{ condition: `can(regex("${hclPattern('lambdaFunction')}", var.authorizer_function_name))`, message: 'authorizer_function_name must be a Lambda function name or ARN.' }],
    when: (f) => f.auth === 'lambda',
    root: (a) => a.authorizerFunction,
    example: '"orders-authorizer"',
  },
  {
    name: 'authorizer_result_ttl_in_seconds',
    type: 'number',
    description: 'How long API Gateway caches the authorizer\'s answer per token (0 turns the cache off; a revoked token is honoured for up to this long).',
    default: '300',
    validations: [{ condition: 'var.authorizer_result_ttl_in_seconds >= 0 && var.authorizer_result_ttl_in_seconds <= 3600', message: 'authorizer_result_ttl_in_seconds must be between 0 and 3600.' }],
    when: (f) => f.auth === 'lambda',
    root: 'module default',
  },
  {
    name: 'api_key_clients',
    type: 'list(string)',
    description: 'One API key per client, by name; each is in the usage plan (its value is in the Terraform state: keep the state encrypted).',
    default: '["default"]',
    validations: [{ condition: 'length(var.api_key_clients) > 0 && alltrue([for c in var.api_key_clients : can(regex("^[A-Za-z0-9_-]{1,64}$", c))])', message: 'api_key_clients needs at least one client name of letters, digits, - or _.' }],
    when: (f) => f.apiKey,
    root: () => ['default'],
    example: '["web", "partner-acme"]',
  },
  {
    name: 'api_key_rate_limit',
    type: 'number',
    description: 'Requests per second each API key may send (the usage plan\'s rate).',
    default: '10',
    when: (f) => f.apiKey,
    root: 'module default',
  },
  {
    name: 'api_key_burst_limit',
    type: 'number',
    description: 'Requests each API key may send in a burst above the rate.',
    default: '20',
    when: (f) => f.apiKey,
    root: 'module default',
  },
  {
    name: 'api_key_quota_per_day',
    type: 'number',
    description: 'Requests each API key may send per day (403 "Limit Exceeded" past it).',
    default: '10000',
    when: (f) => f.apiKey,
    root: 'module default',
  },
  {
    name: 'disable_execute_api_endpoint',
    type: 'bool',
    description: 'Turn off the API\'s default execute-api URL, so callers reach it through the custom domain only (its TLS policy, its base path, its WAF association and logs in one place). The trade-off: nothing answers on the default URL, so clients, health checks and tools that use it fail (403); turn it on once they use the domain.',
    default: 'false',
    when: (f) => f.publicDomain && !f.mtls,
    root: 'module default',
  },
  {
    name: 'mtls_truststore_uri',
    type: 'string',
    description: 'S3 URI of the truststore (PEM bundle of the CAs clients\' certificates chain to), s3://bucket/key.',
    validations: [{ condition: 'can(regex("^s3://[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]/.+$", var.mtls_truststore_uri))', message: 'mtls_truststore_uri must be s3://<bucket>/<key>.' }],
    when: (f) => f.mtls,
    root: (a) => (a.mtlsTruststore ? a.mtlsTruststore.replace(/\?versionId=.*$/, '') : undefined),
    example: '"s3://orders-truststore/truststore.pem"',
  },
  {
    name: 'mtls_truststore_version',
    type: 'string',
    description: 'S3 object version of the truststore: pinned, so a new bundle is a reviewed change (null: the latest, which API Gateway reads only when the domain is updated).',
    when: (f) => f.mtls,
    root: (a) => /\?versionId=(.+)$/.exec(a.mtlsTruststore ?? '')?.[1] ?? null,
    example: 'null',
  },
  {
    name: 'mtls_ownership_verification_certificate_arn',
    type: 'string',
    description: 'With mutual TLS and a domain certificate imported into ACM or issued by a private CA: a public ACM certificate for the same domain that proves you own it (API Gateway requires it then). null with a public ACM certificate.',
    default: 'null',
    validations: [{ condition: 'var.mtls_ownership_verification_certificate_arn == null || can(regex("^arn:aws[a-z-]*:acm:", var.mtls_ownership_verification_certificate_arn))', message: 'mtls_ownership_verification_certificate_arn must be an ACM certificate ARN.' }],
    when: (f) => f.mtls,
    root: () => null,
  },
  {
    name: 'openapi_document',
    type: 'string',
    description: 'The OpenAPI (3.0) or Swagger (2.0) document that defines the API, as text (YAML or JSON): the root passes file() of yours, so Terraform reads it on every plan. Operations without an x-amazon-apigateway-integration get this module\'s integration.',
    validations: [{ condition: 'can(try(jsondecode(var.openapi_document), yamldecode(var.openapi_document)).paths)', message: 'openapi_document must be an OpenAPI document (YAML or JSON) with paths.' }],
    when: (f) => f.openapi,
    fromRoot: (f) => (f.openapiFile !== undefined ? `file("\${path.module}/${hclString(f.openapiFile)}")` : undefined),
  },
  {
    name: 'backend_url',
    type: 'string',
    description: 'Base URL the HTTP proxy integration forwards to, without a trailing slash (e.g. https://backend.example.com).',
    validations: [{ condition: 'can(regex("^https?://[^/]+(/.*[^/])?$", var.backend_url))', message: 'backend_url must be an http(s) URL without a trailing slash.' }],
    when: (f) => f.integration === 'http',
    root: () => undefined,
    example: '"https://backend.example.com"',
  },
  {
    name: 'lambda_function_name',
    type: 'string',
    description: 'Name of the existing Lambda function behind the Lambda proxy integration.',
    validations: [{ condition: 'length(var.lambda_function_name) > 0', message: 'lambda_function_name must not be empty.' }],
    when: (f) => f.integration === 'lambda',
    root: () => undefined,
    example: '"orders-handler"',
  },
  {
    name: 'load_balancer_arn',
    formerName: 'nlb_arn',
    type: 'string',
    description: 'ARN of the existing Network Load Balancer the VPC link (V1) targets.',
    validations: [{ condition: 'can(regex("^arn:aws[a-z-]*:elasticloadbalancing:[a-z0-9-]+:[0-9]{12}:loadbalancer/net/", var.load_balancer_arn))', message: 'load_balancer_arn must be the ARN of a Network Load Balancer (…:loadbalancer/net/…); a VPC link V1 reaches nothing else.' }],
    when: (f) => f.vpcLink === 'v1',
    root: () => undefined,
    example: '"arn:aws:elasticloadbalancing:{region}:111122223333:loadbalancer/net/orders/0123456789abcdef"',
  },
  {
    name: 'load_balancer_arn',
    formerName: 'nlb_arn',
    type: 'string',
    description: 'ARN of the existing internal load balancer the VPC link V2 sends requests to: a Network or an Application Load Balancer, in this account and Region.',
    validations: [{ condition: 'can(regex("^arn:aws[a-z-]*:elasticloadbalancing:[a-z0-9-]+:[0-9]{12}:loadbalancer/(net|app)/", var.load_balancer_arn))', message: 'load_balancer_arn must be the ARN of a Network or Application Load Balancer (…:loadbalancer/net/… or …:loadbalancer/app/…).' }],
    when: (f) => f.vpcLink === 'v2',
    root: () => undefined,
    // A VPC link V2 reaches Application Load Balancers too (the common backend); a net/ ARN works the same.
    example: '"arn:aws:elasticloadbalancing:{region}:111122223333:loadbalancer/app/orders/0123456789abcdef"',
  },
  {
    name: 'backend_url',
    formerName: 'nlb_backend_url',
    type: 'string',
    description: 'Base URL requests are sent to through the VPC link (its host becomes the Host header); with a TLS listener the host name must match the listener certificate, and its port (default 443 for https, 80 for http) is the listener port.',
    validations: [{ condition: 'can(regex("^https?://[^/]+$", var.backend_url))', message: 'backend_url must be an http(s) URL with no path, e.g. https://orders.internal.example.com.' }],
    when: (f) => f.integration === 'nlb',
    root: () => undefined,
    example: '"https://orders.internal.example.com"',
  },
  {
    name: 'vpc_link_subnet_ids',
    type: 'list(string)',
    description: 'Subnets of the load balancer\'s VPC for the VPC link\'s network interfaces, in at least two Availability Zones.',
    validations: [
      idList('vpc_link_subnet_ids', 'subnetId', 'subnet', 'a subnet ID'),
      { condition: 'length(var.vpc_link_subnet_ids) >= 2', message: 'Give at least two subnets in different Availability Zones, so the VPC link is not a single point of failure.' },
    ],
    when: (f) => f.createVpcLink,
    root: (a) => (a.vpcLinkSubnetIds?.length ? a.vpcLinkSubnetIds : undefined),
    example: '["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]',
  },
  {
    name: 'vpc_link_id',
    type: 'string',
    description: 'ID of the existing VPC link V2 in the load balancer\'s VPC (the vpc_link_id output of the API that created it).',
    validations: [{ condition: `can(regex("${hclPattern('vpcLinkId')}", var.vpc_link_id))`, message: 'vpc_link_id must be a VPC link ID: lowercase letters and digits, e.g. abc123.' }],
    when: (f) => f.vpcLink === 'v2' && !f.createVpcLink,
    root: (a) => a.vpcLinkId,
    example: '"abc123"',
  },
  {
    name: 'vpc_id',
    type: 'string',
    description: 'VPC that hosts the execute-api interface endpoint (and whose clients call the API).',
    validations: [{ condition: `can(regex("${hclPattern('vpcId')}", var.vpc_id))`, message: 'vpc_id must be a VPC ID (vpc- followed by 8 or 17 hex digits).' }],
    when: (f) => f.createEndpoint,
    module: 'endpoint',
    root: (a) => a.vpcId,
    example: '"vpc-0123456789abcdef0"',
  },
  {
    name: 'subnet_ids',
    type: 'list(string)',
    description: 'Subnets for the endpoint network interfaces, in at least two Availability Zones.',
    validations: [
      idList('subnet_ids', 'subnetId', 'subnet', 'a subnet ID'),
      { condition: 'length(var.subnet_ids) >= 2', message: 'Give at least two subnets in different Availability Zones, so the endpoint is not a single point of failure.' },
    ],
    when: (f) => f.createEndpoint,
    module: 'endpoint',
    root: (a) => (a.subnetIds.length ? a.subnetIds : undefined),
    example: '["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]',
  },
  {
    name: 'client_security_group_ids',
    type: 'list(string)',
    description: 'Security groups of the clients allowed to reach the endpoint on 443 (preferred over CIDR ranges: rules follow the clients).',
    default: '[]',
    validations: [idList('client_security_group_ids', 'securityGroupId', 'sg', 'a security group ID')],
    when: (f) => f.createEndpoint,
    module: 'endpoint',
    root: (a) => a.clientSecurityGroupIds,
  },
  {
    name: 'client_security_group_ids',
    type: 'list(string)',
    description: 'Security groups of this API\'s callers, admitted on 443 in the shared endpoint\'s security group (endpoint_security_group_id) by this root.',
    default: '[]',
    validations: [idList('client_security_group_ids', 'securityGroupId', 'sg', 'a security group ID')],
    when: (f) => f.endpointAccess,
    root: (a) => a.clientSecurityGroupIds,
  },
  {
    name: 'endpoint_security_group_id',
    type: 'string',
    description: 'Security group of the VPC\'s shared execute-api endpoint (the network baseline\'s endpoint_security_group_id output): this root admits its callers there.',
    validations: [{ condition: `can(regex("${hclPattern('securityGroupId')}", var.endpoint_security_group_id))`, message: 'endpoint_security_group_id must be a security group ID (sg- and 8 or 17 hex digits).' }],
    when: (f) => f.endpointAccess,
    root: (a) => a.endpointSecurityGroupId,
  },
  {
    name: 'ssm_parameter_prefix',
    type: 'string',
    description: 'Publish what every API root in the VPC takes (endpoint ID, its security group, DNS name and zone) as SSM parameters under this prefix (e.g. /network/vpc-0a1b2c3d/execute-api). null: nothing published.',
    default: 'null',
    validations: [{ condition: 'var.ssm_parameter_prefix == null ? true : can(regex("^/[-A-Za-z0-9_./]*[-A-Za-z0-9_.]$", var.ssm_parameter_prefix))', message: 'ssm_parameter_prefix must start with / and not end with one (e.g. /network/execute-api).' }],
    when: (f) => f.createEndpoint,
    module: 'endpoint',
    root: (a) => (a.networkBaseline ? `/create-api-endpoint/${a.name}` : null),
  },
  {
    name: 'client_cidr_blocks',
    type: 'list(string)',
    description: 'Additional IPv4 ranges allowed to reach the endpoint on 443, for clients without a security group to reference.',
    default: '[]',
    validations: [...cidrList('client_cidr_blocks'), { condition: 'length(var.client_cidr_blocks) <= 20', message: 'At most 20 client ranges (each takes a network ACL rule number); summarise them into larger ranges.' }],
    when: (f) => f.createEndpoint,
    module: 'endpoint',
    root: () => [],
  },
  {
    name: 'onprem_cidr_blocks',
    type: 'list(string)',
    description: 'On-premises ranges (over Direct Connect or VPN) allowed to reach the endpoint on 443 and the Resolver inbound endpoint on 53.',
    validations: [
      ...cidrList('onprem_cidr_blocks'),
      { condition: 'length(var.onprem_cidr_blocks) > 0', message: 'Give at least one on-premises range.' },
      { condition: 'length(var.onprem_cidr_blocks) <= 20', message: 'At most 20 on-premises ranges (each takes network ACL rule numbers); summarise them into larger ranges.' },
    ],
    when: (f) => f.hybrid,
    module: 'endpoint',
    root: (a) => a.onpremCidrs,
  },
  {
    name: 'private_dns_enabled',
    type: 'bool',
    description: 'Resolve the default execute-api hostnames to the interface endpoint inside the VPC. Public APIs can then not be called by their default hostnames from this VPC (403).',
    default: 'true',
    when: (f) => f.createEndpoint,
    module: 'endpoint',
    root: (a) => a.privateDns,
  },
  {
    name: 'resolver_forward_zones',
    type: 'list(string)',
    description: 'Zones on-premises DNS forwards to the Resolver inbound endpoint: the private custom domains of the APIs behind this endpoint, each by its own name (output onprem_conditional_forwarders).',
    default: '[]',
    when: (f) => f.hybrid,
    module: 'endpoint',
    root: (a) => (a.domain ? [a.domain] : []),
  },
  {
    name: 'resolver_endpoint_id',
    type: 'string',
    description: 'A Route 53 Resolver inbound endpoint the VPC already has (a central one of the network account): on premises forwards to its addresses and none is created here. null: one is created when something is forwarded (resolver_forward_zones, forward_execute_api_zone); about $180 a month.',
    default: 'null',
    validations: [{ condition: 'var.resolver_endpoint_id == null || can(regex("^rslvr-in-[0-9a-f]{17}$", var.resolver_endpoint_id))', message: 'resolver_endpoint_id must be a Resolver inbound endpoint ID (rslvr-in- and 17 hex digits).' }],
    when: (f) => f.hybrid,
    module: 'endpoint',
    root: () => null,
  },
  {
    name: 'forward_execute_api_zone',
    type: 'bool',
    description: 'Also forward the whole execute-api.<region>.amazonaws.com zone from on premises (needs private DNS on). Blast radius: every API called by its default host name from on premises — other teams\' and public APIs included — then resolves to this endpoint and fails (403). Prefer the endpoint-specific host names, which need no forwarder, or a private custom domain.',
    default: 'false',
    when: (f) => f.hybrid,
    module: 'endpoint',
    root: () => false,
  },
  {
    name: 'allowed_execute_api_arns',
    type: 'list(string)',
    description: 'APIs that callers in this VPC may invoke through the endpoint (its endpoint policy). The default, every API, is what one endpoint shared by every private API in the VPC needs: other teams\' and other accounts\' APIs included, each API\'s resource policy deciding who gets in. Narrow it (execute-api ARN patterns, e.g. arn:PARTITION:execute-api:*:ACCOUNT_ID:* for every API of one account) to keep callers from reaching APIs outside your organisation, at the cost of a 403 for every other API called from this VPC.',
    default: '["*"]',
    validations: [{ condition: 'length(var.allowed_execute_api_arns) > 0', message: 'Give at least one API ARN pattern (["*"] for every API).' }],
    when: (f) => f.createEndpoint,
    module: 'endpoint',
    root: () => ['*'],
  },
  {
    name: 'account_logging_role_arn',
    type: 'string',
    description: 'The account\'s API Gateway logging role, once the account baseline in this root has set it (module.account\'s output): the stage waits for it, because a stage that logs cannot be created before the account has the role. null: the account already has one.',
    default: 'null',
    when: (f) => f.accountBaseline && !f.baselineOnly,
    fromRoot: (f) => (f.accountBaseline ? 'module.account.cloudwatch_role_arn' : undefined),
  },
  {
    name: 'vpc_endpoint_ids',
    type: 'list(string)',
    description: 'The execute-api interface endpoint(s) of the VPC the API is reached through: the network baseline\'s (modules/vpc-endpoint), or an existing one shared by every private API in the VPC.',
    validations: [
      idList('vpc_endpoint_ids', 'vpcEndpointId', 'vpce', 'a VPC endpoint ID'),
      { condition: 'length(var.vpc_endpoint_ids) > 0', message: 'Give the ID of the VPC\'s execute-api interface endpoint.' },
    ],
    when: priv,
    root: (a) => (a.vpcEndpointId ? [a.vpcEndpointId] : undefined),
    fromRoot: (f) => (f.createEndpoint ? '[module.endpoint.vpc_endpoint_id]' : undefined),
    example: '["vpce-0123456789abcdef0"]',
  },
  {
    name: 'consumer_account_ids',
    type: 'list(string)',
    description: 'AWS accounts whose VPC endpoints may call the API; the private custom domain is shared with them through AWS RAM.',
    validations: [{ condition: `alltrue([for id in var.consumer_account_ids : can(regex("${hclPattern('accountId')}", id))])`, message: 'Each consumer account ID must be 12 digits.' }],
    when: (f) => f.crossAccount && f.privateDomain,
    root: (a) => a.consumerAccounts,
  },
  {
    name: 'consumer_vpc_endpoint_ids',
    type: 'list(string)',
    description: 'Interface endpoint IDs (vpce-…) created by consumer accounts; added to the resource policy. Empty until the consumers send them.',
    default: '[]',
    validations: [idList('consumer_vpc_endpoint_ids', 'vpcEndpointId', 'vpce', 'a VPC endpoint ID')],
    when: (f) => f.crossAccount,
    root: () => [],
  },
  {
    name: 'ram_allow_external_principals',
    type: 'bool',
    description: 'Allow sharing the private custom domain with accounts outside your AWS Organization.',
    default: 'false',
    when: (f) => f.crossAccount && f.privateDomain,
  },
  {
    name: 'domain_name',
    type: 'string',
    description: 'Custom domain name for the API.',
    validations: [{ condition: `can(regex("${hclPattern('domain')}", var.domain_name))`, message: 'domain_name must be a lowercase fully qualified domain name.' }],
    when: (f) => f.anyDomain,
    root: (a) => a.domain,
  },
  {
    name: 'hosted_zone_id',
    type: 'string',
    description: 'Public Route 53 hosted zone that holds domain_name: receives the alias record and, unless certificate_arn is given, the certificate validation records.',
    validations: [{ condition: 'can(regex("^Z[0-9A-Z]{1,32}$", var.hosted_zone_id))', message: 'hosted_zone_id must be a Route 53 hosted zone ID (Z…).' }],
    when: (f) => f.issuesCertificate,
    root: () => undefined,
    example: '"Z0123456789ABCDEFGHIJ"',
  },
  ...(['us-east-1', "the API's Region"] as const).map(
    (where): VarSpec => ({
      name: 'certificate_arn',
      type: 'string',
      description: `ARN of an existing ACM certificate for domain_name, in ${where} (a central or wildcard one), used when create_certificate is false. It must be issued (not pending validation) and cover domain_name; a certificate from another Region is refused by ${where === 'us-east-1' ? 'CloudFront' : 'API Gateway'}.`,
      default: 'null',
      validations: [
        where === 'us-east-1'
          ? { condition: 'var.certificate_arn == null || can(regex("^arn:aws[a-z-]*:acm:us-east-1:[0-9]{12}:certificate/", var.certificate_arn))', message: 'certificate_arn must be null or an ACM certificate ARN in us-east-1: CloudFront (and so an edge-optimized domain or a CloudFront alias) uses certificates from us-east-1 only.' }
          : { condition: 'var.certificate_arn == null || can(regex("^arn:aws[a-z-]*:acm:[a-z0-9-]+:[0-9]{12}:certificate/", var.certificate_arn))', message: 'certificate_arn must be null or an ACM certificate ARN (in the API\'s Region).' },
      ],
      when: (f) => f.issuesCertificate && f.usEast1 === (where === 'us-east-1'),
      root: () => null,
    }),
  ),
  {
    name: 'create_certificate',
    type: 'bool',
    description: 'Issue the custom domain\'s ACM certificate here, validated through DNS in hosted_zone_id; false uses certificate_arn.',
    default: 'true',
    when: (f) => f.issuesCertificate,
    root: () => true,
  },
  {
    name: 'certificate_arn',
    type: 'string',
    description: 'ARN of an ACM certificate for domain_name in the API\'s Region (private custom domains use a certificate you issue beforehand).',
    validations: [{ condition: 'can(regex("^arn:aws[a-z-]*:acm:[a-z0-9-]+:[0-9]{12}:certificate/", var.certificate_arn))', message: 'certificate_arn must be an ACM certificate ARN.' }],
    when: (f) => f.privateDomain,
    root: () => undefined,
    // In the API's Region: a private custom domain's certificate never lives in us-east-1 for an API elsewhere.
    example: '"arn:aws:acm:{region}:111122223333:certificate/01234567-89ab-cdef-0123-456789abcdef"',
  },
  ...ZONE_VARIABLES,
  {
    name: 'waf_rate_limit',
    type: 'number',
    description: 'Requests per 5 minutes from one client address above which the web ACL blocks that address (behind your CloudFront, in the distribution\'s web ACL, on the viewer\'s real address).',
    default: '2000',
    validations: [{ condition: 'var.waf_rate_limit >= 10', message: 'waf_rate_limit must be at least 10 (the AWS WAF minimum).' }],
    when: (f) => f.waf,
    root: 'module default',
  },
  {
    name: 'origin_verify_secret',
    type: 'string',
    description: 'Secret CloudFront adds to every origin request (header x-origin-verify); the stage\'s web ACL blocks requests without it, so nobody reaches the API around CloudFront. At least 32 random characters (openssl rand -hex 32); keep it out of version control (TF_VAR_origin_verify_secret or a secrets store). It is in the Terraform state (the distribution and the web ACL hold it): keep the state encrypted. Rotate in two applies: the new value here with the old one in origin_verify_previous_secret, then, once the distribution is deployed everywhere, origin_verify_previous_secret = null.',
    validations: [{ condition: 'length(var.origin_verify_secret) >= 32', message: 'origin_verify_secret must be at least 32 characters (openssl rand -hex 32).' }],
    when: (f) => f.cdn && f.waf,
    root: () => undefined,
    example: '"<at least 32 random characters: openssl rand -hex 32>"',
    sensitive: true,
  },
  {
    name: 'origin_verify_previous_secret',
    type: 'string',
    description: 'During a rotation of origin_verify_secret, the previous value: the web ACL accepts both while CloudFront\'s edges move to the new one (minutes after the apply). Set it back to null in a second apply once the distribution shows Deployed.',
    default: 'null',
    validations: [{ condition: 'var.origin_verify_previous_secret == null ? true : length(var.origin_verify_previous_secret) >= 32', message: 'origin_verify_previous_secret must be the previous secret (32 characters or more), or null.' }],
    when: (f) => f.cdn && f.waf,
    root: () => null,
    sensitive: true,
  },
  {
    name: 'cloudfront_price_class',
    type: 'string',
    description: 'CloudFront price class: which edge locations serve the API. PriceClass_100 serves from North America and Europe only (callers elsewhere reach the nearest of those); PriceClass_All from every edge location, at a higher price per request.',
    default: '"PriceClass_100"',
    validations: [{ condition: 'contains(["PriceClass_100", "PriceClass_200", "PriceClass_All"], var.cloudfront_price_class)', message: 'cloudfront_price_class must be PriceClass_100, PriceClass_200 or PriceClass_All.' }],
    when: (f) => f.cdn,
    // Clients worldwide (--clients global) are served from every edge location.
    root: (a) => (a.clients === 'global' ? 'PriceClass_All' : 'PriceClass_100'),
  },
  {
    name: 'cloudfront_log_bucket',
    type: 'string',
    description: 'The S3 bucket that receives CloudFront standard logs, by its domain name (my-logs.s3.amazonaws.com; the bucket needs ACLs enabled for the awslogs-delivery account). null: no CloudFront logs (API Gateway\'s access log still records every request that reaches the stage).',
    default: 'null',
    validations: [{ condition: 'var.cloudfront_log_bucket == null ? true : can(regex("^[a-z0-9.-]+\\\\.s3(\\\\.[a-z0-9-]+)?\\\\.amazonaws\\\\.com(\\\\.cn)?$", var.cloudfront_log_bucket))', message: 'cloudfront_log_bucket must be a bucket domain name such as my-logs.s3.amazonaws.com, or null.' }],
    when: (f) => f.cdn,
    root: () => null,
  },
  {
    name: 'throttling_rate_limit',
    type: 'number',
    description: 'Steady-state requests per second allowed on every method of the stage.',
    default: '100',
    when: always,
  },
  {
    name: 'throttling_burst_limit',
    type: 'number',
    description: 'Burst of requests allowed on every method of the stage.',
    default: '200',
    when: always,
  },
  {
    name: 'execution_logging_level',
    type: 'string',
    description: 'Execution log level of the stage: OFF, ERROR or INFO. Like access logging, it needs the account\'s API Gateway CloudWatch role (see the README: --account-baseline).',
    default: '"ERROR"',
    validations: [{ condition: 'contains(["OFF", "ERROR", "INFO"], var.execution_logging_level)', message: 'execution_logging_level must be OFF, ERROR or INFO.' }],
    when: always,
    root: 'module default',
  },
  {
    name: 'log_retention_days',
    type: 'number',
    description: 'Retention of the access, execution and network log groups, in days.',
    default: '365',
    validations: [{ condition: 'contains([1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653], var.log_retention_days)', message: 'log_retention_days must be a retention CloudWatch Logs accepts (1, 3, 5, 7, 14, 30, … 365, … 3653).' }],
    when: always,
    module: 'both',
    root: 'module default',
  },
  {
    name: 'log_kms_key_arn',
    type: 'string',
    description: 'KMS key that encrypts the log groups; null keeps CloudWatch Logs\' default encryption. The key policy must allow the logs service.',
    default: 'null',
    when: always,
    module: 'both',
  },
  {
    name: 'log_skip_destroy',
    type: 'bool',
    description: 'Keep the log groups, and the logs in them, when Terraform destroys or replaces them (a rename): they leave the state instead of being deleted. On under --compliance and presets that require a log retention.',
    default: 'false',
    when: always,
    module: 'both',
  },
  {
    name: 'xray_tracing_enabled',
    type: 'bool',
    description: 'Trace requests with AWS X-Ray.',
    default: 'true',
    when: always,
  },
  {
    name: 'alarm_sns_topic_arn',
    type: 'string',
    description: 'SNS topic notified when an alarm fires or clears; null creates the alarms without notifications.',
    default: 'null',
    when: always,
    root: () => null,
    module: 'both',
  },
  {
    name: 'alarm_4xx_threshold',
    type: 'number',
    description: 'Number of 4XX responses in 5 minutes that raises the client-error alarm (403s from a wrong policy or endpoint show here first).',
    default: '50',
    when: always,
  },
  {
    name: 'alarm_5xx_threshold',
    type: 'number',
    description: 'Number of 5XX responses in 5 minutes that raises the server-error alarm.',
    default: '5',
    when: always,
  },
  {
    name: 'alarm_latency_p99_ms',
    type: 'number',
    description: 'p99 latency in milliseconds over 5 minutes that raises the latency alarm.',
    default: '2500',
    when: always,
  },
  {
    name: 'spoke_vpc_ids',
    type: 'list(string)',
    description: 'Spoke VPCs of this account whose callers reach this endpoint through a transit gateway or peering: a private zone for execute-api.<region>.amazonaws.com, pointing at this endpoint, is associated with each (the endpoint\'s own private DNS answers only in this VPC). Their callers must also be admitted: client_cidr_blocks.',
    default: '[]',
    validations: [{ condition: 'alltrue([for id in var.spoke_vpc_ids : can(regex("^vpc-([0-9a-f]{8}|[0-9a-f]{17})$", id))])', message: 'spoke_vpc_ids must list VPC IDs.' }],
    when: (f) => f.createEndpoint,
    module: 'endpoint',
    root: () => [],
  },
  {
    name: 'spoke_authorized_vpc_ids',
    type: 'list(string)',
    description: 'Spoke VPCs of other accounts allowed to associate with that zone (needs at least one spoke_vpc_ids entry: a private zone is created against a VPC of its own account); each owner applies aws_route53_zone_association with the spokes_private_zone_id output.',
    default: '[]',
    validations: [{ condition: 'alltrue([for id in var.spoke_authorized_vpc_ids : can(regex("^vpc-([0-9a-f]{8}|[0-9a-f]{17})$", id))])', message: 'spoke_authorized_vpc_ids must list VPC IDs.' }],
    when: (f) => f.createEndpoint,
    module: 'endpoint',
    root: () => [],
  },
  {
    name: 'manage_network_acl',
    type: 'bool',
    description: 'Put the endpoint subnets behind a dedicated network ACL (443 in from client ranges, ephemeral ports back, everything else denied). It replaces their current network ACL: keep off if other workloads share the subnets. Add ranges at the end of their lists: rule numbers follow list positions.',
    default: 'false',
    when: (f) => f.createEndpoint,
    module: 'endpoint',
    root: () => false,
  },
  {
    name: 'vpc_secondary_cidr_blocks',
    type: 'list(string)',
    description: 'The VPC\'s secondary IPv4 ranges whose clients the network ACL must admit too (listed here: read from the VPC, their number would be unknown at plan time when the VPC is created in the same apply).',
    default: '[]',
    validations: [...cidrList('vpc_secondary_cidr_blocks'), { condition: 'length(var.vpc_secondary_cidr_blocks) <= 9', message: 'At most 9 secondary ranges (network ACL rule numbers 110–190).' }],
    when: (f) => f.createEndpoint,
    module: 'endpoint',
    root: () => [],
  },
  {
    name: 'enable_flow_logs',
    type: 'bool',
    description: 'Record VPC flow logs for the endpoint\'s network interfaces (not whole subnets), to troubleshoot connectivity and audit traffic to the endpoint.',
    default: 'true',
    when: (f) => f.createEndpoint,
    module: 'endpoint',
    root: () => true,
  },
  {
    name: 'tags',
    type: 'map(string)',
    description: 'Tags for every resource that takes them.',
    default: '{}',
    when: always,
    module: 'both',
  },
];
