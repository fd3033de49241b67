/**
 * The question catalog: every question declared once, as data. The wizard, the flag
 * parser, --help, the answers-file keys and every input error derive from it.
 */
import type { Answers } from '../core/types.js';
import type { PatternName } from '../core/patterns.js';
import { createsEndpoint, createsVpcLink, isPrivateBound, usesVpcLinkV2 } from '../core/endpoint-type.js';
import {
  eachOf,
  validateAccountId,
  validateOnpremCidrs,
  validateDescription,
  validateSpecPath,
  validateUserPoolArn,
  validateLambdaFunction,
  validateTruststore,
  validateReason,
  validateDomain,
  validateName,
  validateRegion,
  validateSecurityGroupId,
  validateSubnetId,
  validateVpcId,
  validateTags,
  validateVpcEndpointId,
  validateVpcLinkId,
} from './validators.js';

/** A select question's choice values are the shape's: a typo or a missing value does not compile. */
type ChoiceValue<K extends keyof Answers> = Extract<NonNullable<Answers[K]>, string>;

export interface Choice<V extends string = string> {
  value: V;
  label: string;
  hint: string;
}

interface Base<K extends keyof Answers> {
  id: K;
  /** Flag without the leading dashes; also the answers-file key. */
  flag: string;
  prompt: string;
  /** One or two sentences from the domain notes: what the answer means for the endpoint. */
  help: string;
  /** Placeholder for the value in --help, e.g. <cidr,...>. */
  valueName?: string;
  /** Whether the question applies, given the answers before it. */
  when?: (a: Partial<Answers>) => boolean;
  /** Why it does not apply, when it does not (used in errors). */
  appliesTo?: string;
  /** Required answers must be given (or defaulted by --yes); others fall back to their default silently. */
  required?: boolean;
  /** Not asked as a question by the wizard (flag or file only, or asked by its own screen). */
  advanced?: boolean;
}

export interface TextQuestion<K extends keyof Answers> extends Base<K> {
  kind: 'text';
  /** The shape a valid value has (for the answers-file JSON Schema; the validator says more). */
  pattern?: PatternName;
  maxLength?: number;
  default: (a: Partial<Answers>, env: Env) => string | undefined;
  validate: (v: string) => string | undefined;
  optional?: boolean;
}
export interface SelectQuestion<K extends keyof Answers> extends Base<K> {
  kind: 'select';
  choices: Choice<ChoiceValue<K>>[];
  default: (a: Partial<Answers>, env: Env) => string | undefined;
  optional?: boolean;
}
export interface BooleanQuestion<K extends keyof Answers> extends Base<K> {
  kind: 'boolean';
  default: (a: Partial<Answers>, env: Env) => boolean;
}
export interface ListQuestion<K extends keyof Answers> extends Base<K> {
  kind: 'list';
  /** The shape each item has (for the answers-file JSON Schema). */
  itemPattern?: PatternName;
  default: (a: Partial<Answers>, env: Env) => string[] | undefined;
  validate: (v: string[]) => string | undefined;
  /** May be left empty (becomes a Terraform variable to fill in). */
  optional?: boolean;
}

/** The question for one answer: its kind follows the answer's type, a select's choices its values. */
type QuestionFor<K extends keyof Answers> = NonNullable<Answers[K]> extends boolean
  ? BooleanQuestion<K>
  : NonNullable<Answers[K]> extends string[]
    ? ListQuestion<K>
    : string extends NonNullable<Answers[K]>
      ? TextQuestion<K>
      : SelectQuestion<K>;

export type Question = { [K in keyof Answers]-?: QuestionFor<K> }[keyof Answers];

export type Env = Record<string, string | undefined>;


export const QUESTIONS: Question[] = [
  {
    id: 'name',
    kind: 'text',
    flag: 'name',
    valueName: '<name>',
    prompt: 'What is the API called?',
    help: 'Used for the REST API, its stage resources and the module folder. Lowercase letters, digits and hyphens, 3–40 characters.',
    required: true,
    default: () => 'my-api',
    pattern: 'name',
    validate: validateName,
  },
  {
    id: 'description',
    kind: 'text',
    flag: 'description',
    valueName: '<text>',
    prompt: 'Describe the API in one line',
    help: 'Free text; shown on the REST API in the console and in the generated README.',
    default: (a) => `${a.name ?? 'my-api'} ${a.accountBaselineOnly ? 'API Gateway account baseline' : a.networkBaseline ? 'network baseline for private APIs' : 'REST API'}`,
    maxLength: 1024,
    validate: validateDescription,
  },
  {
    id: 'region',
    kind: 'text',
    flag: 'region',
    valueName: '<region>',
    prompt: 'Which AWS Region hosts the API?',
    help: 'Regional and private endpoints serve from this Region; edge-optimized ones still live here but are reached through CloudFront edge locations.',
    default: (_a, env) => env.AWS_REGION || env.AWS_DEFAULT_REGION || 'us-east-1',
    pattern: 'region',
    validate: validateRegion,
  },
  {
    id: 'clients',
    kind: 'select',
    flag: 'clients',
    prompt: 'Who calls the API?',
    help: 'The main driver of the endpoint type: global public clients favour edge-optimized (CloudFront in front), clients in one Region favour regional, callers inside AWS networks or on premises favour private (VPC-only, through an interface VPC endpoint).',
    required: true,
    choices: [
      { value: 'global', label: 'Public clients worldwide', hint: 'browsers and apps spread across continents' },
      { value: 'regional', label: 'Public clients mostly in the API’s Region', hint: 'services in the same Region, or behind your own CDN' },
      { value: 'internal', label: 'Only callers inside AWS networks or on premises', hint: 'microservices in VPCs, other accounts, data-centre clients' },
    ],
    default: () => 'global',
  },
  {
    id: 'ownCdn',
    kind: 'boolean',
    flag: 'own-cdn',
    prompt: 'Will a CloudFront distribution of your own front the API?',
    help: 'An edge-optimized endpoint brings a CloudFront distribution you cannot manage; with your own distribution (caching, WAF, headers under your control) a regional endpoint behind it is the better fit.',
    when: (a) => a.clients !== 'internal',
    appliesTo: 'public clients (--clients global or regional)',
    default: () => false,
  },
  {
    id: 'compliance',
    kind: 'boolean',
    flag: 'compliance',
    prompt: 'Regulated data: must traffic never cross the public internet?',
    help: 'Financial, healthcare and similar workloads often require that API traffic stays on private networks; only a private endpoint (reached through AWS PrivateLink) guarantees that.',
    default: () => false,
  },
  {
    id: 'hybrid',
    kind: 'boolean',
    flag: 'hybrid',
    prompt: 'Do on-premises callers reach the API over Direct Connect or VPN?',
    help: 'Hybrid callers reach a private API through the interface VPC endpoint over Direct Connect or VPN; on-premises DNS then needs a conditional forwarder to a Route 53 Resolver inbound endpoint.',
    default: () => false,
  },
  {
    id: 'onpremCidrs',
    kind: 'list',
    flag: 'onprem-cidrs',
    valueName: '<cidr,...>',
    prompt: 'Which on-premises address ranges call the API?',
    help: 'These ranges are admitted on 443 by the endpoint security group and on 53 by the resolver endpoint. Give the narrowest ranges your clients use.',
    when: (a) => a.hybrid === true,
    appliesTo: 'hybrid access (--hybrid)',
    required: true,
    default: () => undefined,
    itemPattern: 'cidr',
    validate: validateOnpremCidrs,
  },
  {
    id: 'crossAccount',
    kind: 'boolean',
    flag: 'cross-account',
    prompt: 'Do services in other AWS accounts call the API?',
    help: 'Consumers in other accounts create their own interface endpoint; the private API’s resource policy must list their endpoint IDs, and a private custom domain is shared with them through AWS RAM.',
    default: () => false,
  },
  {
    id: 'consumerAccounts',
    kind: 'list',
    flag: 'consumer-accounts',
    valueName: '<id,...>',
    prompt: 'Which AWS accounts consume the API?',
    help: '12-digit account IDs. Their VPC endpoint IDs go into the resource policy once they have created them.',
    when: (a) => a.crossAccount === true,
    appliesTo: 'cross-account use (--cross-account)',
    required: true,
    default: () => undefined,
    itemPattern: 'accountId',
    validate: eachOf(validateAccountId),
  },
  {
    id: 'auth',
    kind: 'select',
    flag: 'auth',
    prompt: 'How do callers prove who they are?',
    help: 'The endpoint type decides where calls can come from; this decides who may make them. IAM (SigV4) suits services and other accounts (they sign with their role; browsers cannot). Cognito suits people signing in to your apps (a user pool\'s tokens). A Lambda authorizer checks tokens of your own identity provider. None only with a reason: public read-only data, or behind your own CloudFront that admits only its own requests.',
    choices: [
      { value: 'iam', label: 'IAM (SigV4)', hint: 'services and other accounts sign with their role' },
      { value: 'cognito', label: 'Cognito user pool', hint: 'people signed in to your apps, with their tokens' },
      { value: 'lambda', label: 'Lambda authorizer', hint: 'tokens of your own identity provider' },
      { value: 'none', label: 'None, with a reason', hint: 'public read-only data, or behind your own CloudFront' },
    ],
    // Services and other accounts sign; behind your own CloudFront SigV4 cannot work (CloudFront
    // rewrites Host), so the distribution's origin secret guards it. Public clients: asked in the
    // wizard; with --yes, IAM, with a warning that browsers cannot sign.
    default: (a) => (a.ownCdn && a.clients !== 'internal' ? 'none' : 'iam'),
  },
  {
    id: 'authNoneReason',
    kind: 'text',
    flag: 'auth-none-reason',
    valueName: '<text>',
    prompt: 'Why may anyone call it without authenticating?',
    help: 'Said in the README and beside the method, so the next reader knows it was chosen: e.g. "public read-only catalogue, rate-limited by WAF".',
    when: (a) => a.auth === 'none',
    appliesTo: '--auth none',
    required: true,
    default: (a) => (a.ownCdn && a.clients !== 'internal' ? 'Behind our own CloudFront distribution: the web ACL admits only requests carrying its secret origin header' : undefined),
    validate: validateReason,
  },
  {
    id: 'cognitoUserPoolArns',
    kind: 'list',
    flag: 'cognito-user-pool-arns',
    valueName: '<arn,...>',
    prompt: 'Which Cognito user pools issue the tokens? (ARNs; empty: a Terraform variable)',
    help: 'The authorizer accepts ID or access tokens of these pools in the Authorization header (401 without one, 403 when the token is from another pool or lacks a scope the method requires).',
    when: (a) => a.auth === 'cognito',
    appliesTo: '--auth cognito',
    optional: true,
    default: () => undefined,
    itemPattern: 'userPoolArn',
    validate: eachOf(validateUserPoolArn),
  },
  {
    id: 'authorizerFunction',
    kind: 'text',
    flag: 'authorizer-function',
    valueName: '<name|arn>',
    prompt: 'Which Lambda function authorizes calls? (name or ARN; empty: a Terraform variable)',
    help: 'A TOKEN authorizer: API Gateway passes the Authorization header to this function and caches its policy for 5 minutes per token. Its permission is scoped to this authorizer, not to the whole API.',
    when: (a) => a.auth === 'lambda',
    appliesTo: '--auth lambda',
    optional: true,
    default: () => undefined,
    pattern: 'lambdaFunction',
    validate: validateLambdaFunction,
  },
  {
    id: 'apiKey',
    kind: 'boolean',
    flag: 'api-key',
    prompt: 'Also require API keys (a usage plan with rate, burst and quota per client)?',
    help: 'API keys identify and meter callers; they do not authenticate them (a key leaks with every request). One key per client in a usage plan caps what each may send; a call without a key in the plan gets 403.',
    // A flag or answers-file key: an addition to any of the choices above.
    advanced: true,
    default: () => false,
  },
  {
    id: 'domain',
    kind: 'text',
    flag: 'domain',
    valueName: '<fqdn>',
    prompt: 'Custom domain name (leave empty for none)',
    help: 'A stable, friendly URL. Edge-optimized domains need their ACM certificate in us-east-1; private domains resolve through a Route 53 private hosted zone to the VPC endpoint.',
    optional: true,
    default: () => undefined,
    pattern: 'domain',
    validate: validateDomain,
  },
  {
    id: 'mtlsTruststore',
    kind: 'text',
    flag: 'mtls-truststore',
    valueName: '<s3://bucket/key[?versionId=v]>',
    prompt: 'Mutual TLS: the S3 URI of the truststore (empty: none)',
    help: 'Clients must present a certificate that chains to a CA in this PEM bundle. API Gateway supports it on regional custom domains only; the default execute-api endpoint is turned off, or callers would go around it. Pin the version (?versionId=…) so a rotation is a reviewed change.',
    when: (a) => !!a.domain,
    appliesTo: 'a custom domain (--domain)',
    advanced: true,
    optional: true,
    default: () => undefined,
    pattern: 's3Uri',
    validate: validateTruststore,
  },
  {
    id: 'openapi',
    kind: 'text',
    flag: 'openapi',
    valueName: '<file>',
    prompt: 'Your OpenAPI document (a path; empty for a sample method)',
    help: 'An OpenAPI 3.0 or Swagger 2.0 document (YAML or JSON) that defines the API: its paths, operations, schemas and security schemes. It stays your file: Terraform reads it on every plan, adds the integration to operations that have none, and redeploys when it changes. Endpoint configuration, the resource policy and the stage stay in Terraform.',
    // The wizard reads the document when a path is typed and shows what it holds before taking it.
    optional: true,
    default: () => undefined,
    validate: validateSpecPath,
  },
  {
    id: 'integration',
    kind: 'select',
    flag: 'integration',
    prompt: 'What backs the sample method?',
    help: 'Without --openapi the generated API has one sample resource; with it, every operation that declares no x-amazon-apigateway-integration gets this one. Mock needs nothing; HTTP proxies a URL; Lambda proxies a function; the private integration reaches targets inside a VPC through a VPC link to a Network (or, with VPC link V2, Application) Load Balancer.',
    choices: [
      { value: 'mock', label: 'Mock', hint: 'a fixed 200 response; replace later' },
      { value: 'http', label: 'HTTP proxy', hint: 'an existing HTTPS backend' },
      { value: 'lambda', label: 'Lambda proxy', hint: 'an existing Lambda function' },
      { value: 'nlb', label: 'Private integration (VPC link → NLB or ALB)', hint: 'targets inside a VPC' },
    ],
    default: () => 'mock',
  },
  {
    id: 'vpcLink',
    kind: 'select',
    flag: 'vpc-link',
    prompt: 'Which kind of VPC link?',
    help: 'v2 (the default; AWS recommends it for REST APIs and calls V1 legacy): network interfaces in your subnets behind a security group, to a Network or Application Load Balancer, reusable by every API in the VPC. v1: a link through an endpoint service on a Network Load Balancer; for stacks that already run one (update keeps it).',
    when: (a) => a.integration === 'nlb',
    appliesTo: 'the private integration (--integration nlb)',
    // A legacy escape hatch: a flag or answers-file key; the wizard takes V2.
    advanced: true,
    optional: true,
    choices: [
      { value: 'v2', label: 'VPC link V2 (recommended)', hint: 'NLB or ALB, reusable by every API in the VPC' },
      { value: 'v1', label: 'VPC link V1 (legacy, NLB only)', hint: 'for stacks that already run one' },
    ],
    default: () => 'v2',
  },
  {
    id: 'vpcLinkId',
    kind: 'text',
    flag: 'vpc-link-id',
    valueName: '<id>',
    prompt: 'Does the load balancer\'s VPC already have a VPC link V2? Its ID (empty: create one)',
    help: 'One VPC link V2 serves every API whose load balancers are in that VPC. Give the ID (the vpc_link_id output of the API that created it) and no link or security group is created; empty: this module creates the link and outputs its ID for the next API.',
    when: usesVpcLinkV2,
    appliesTo: 'the private integration with VPC link V2',
    optional: true,
    default: () => undefined,
    pattern: 'vpcLinkId',
    validate: validateVpcLinkId,
  },
  {
    id: 'vpcLinkSubnetIds',
    kind: 'list',
    flag: 'vpc-link-subnet-ids',
    valueName: '<subnet-…,...>',
    prompt: 'Which subnets of the load balancer\'s VPC hold the VPC link\'s network interfaces? (at least two AZs; empty: a Terraform variable)',
    help: 'API Gateway places the VPC link\'s network interfaces here and reaches the load balancer from them; two or more Availability Zones keep the link available when one fails.',
    when: createsVpcLink,
    appliesTo: 'the private integration creating its VPC link V2 (no --vpc-link-id)',
    optional: true,
    default: () => undefined,
    itemPattern: 'subnetId',
    validate: eachOf(validateSubnetId, 2),
  },
  {
    id: 'endpointType',
    kind: 'select',
    flag: 'endpoint-type',
    prompt: 'Endpoint type (leave unset to take the recommendation)',
    help: 'Overrides the recommendation; the override is honoured with a warning that says what it gives up.',
    optional: true,
    // The wizard asks this on its recommendation screen.
    advanced: true,
    choices: [
      { value: 'edge', label: 'EDGE', hint: 'edge-optimized, through CloudFront' },
      { value: 'regional', label: 'REGIONAL', hint: 'served directly from the Region' },
      { value: 'private', label: 'PRIVATE', hint: 'VPC-only, through an interface endpoint' },
    ],
    default: () => undefined,
  },
  {
    id: 'vpcEndpointId',
    kind: 'text',
    flag: 'vpc-endpoint-id',
    valueName: '<vpce-…>',
    prompt: 'Does the VPC already have an execute-api interface endpoint? Its ID (empty: create one)',
    help: 'One execute-api endpoint with private DNS serves every private API in a VPC, and a second one cannot be created. Give the ID for the second API in a VPC: the API module takes it, and no endpoint, security group, network ACL, flow logs or Resolver endpoint is created. Empty: this root creates that network baseline (modules/vpc-endpoint) and outputs the ID for the next API.',
    when: isPrivateBound,
    appliesTo: 'private endpoints',
    optional: true,
    default: () => undefined,
    pattern: 'vpcEndpointId',
    validate: validateVpcEndpointId,
  },
  {
    id: 'endpointSecurityGroupId',
    kind: 'text',
    flag: 'endpoint-security-group-id',
    valueName: '<sg-…>',
    prompt: 'The shared endpoint\'s security group (empty: its owner admits this API\'s callers)',
    help: 'With the VPC\'s shared execute-api endpoint (--vpc-endpoint-id), this API\'s root admits its own callers (--client-security-groups) on 443 in the endpoint\'s security group, as rules of its own: no team edits another team\'s root. The network baseline root outputs it (endpoint_security_group_id).',
    when: (a) => isPrivateBound(a) && !!a.vpcEndpointId,
    appliesTo: 'private APIs on the VPC\'s shared endpoint (--vpc-endpoint-id)',
    advanced: true,
    optional: true,
    default: () => undefined,
    pattern: 'securityGroupId',
    validate: validateSecurityGroupId,
  },
  {
    id: 'vpcId',
    kind: 'text',
    flag: 'vpc-id',
    valueName: '<vpc-…>',
    prompt: 'Which VPC hosts the interface endpoint? (empty: a Terraform variable)',
    help: 'The VPC whose clients call the private API. Left empty, it becomes the required variable vpc_id in terraform.tfvars.example.',
    when: createsEndpoint,
    appliesTo: 'private endpoints that create their VPC endpoint (no --vpc-endpoint-id)',
    optional: true,
    default: () => undefined,
    pattern: 'vpcId',
    validate: validateVpcId,
  },
  {
    id: 'subnetIds',
    kind: 'list',
    flag: 'subnet-ids',
    valueName: '<subnet-…,...>',
    prompt: 'Which subnets hold the endpoint network interfaces? (at least two AZs)',
    help: 'One network interface per subnet; two or more Availability Zones keep the endpoint from being a single point of failure.',
    when: createsEndpoint,
    appliesTo: 'private endpoints that create their VPC endpoint (no --vpc-endpoint-id)',
    optional: true,
    default: () => undefined,
    itemPattern: 'subnetId',
    validate: eachOf(validateSubnetId, 2),
  },
  {
    id: 'clientSecurityGroupIds',
    kind: 'list',
    flag: 'client-security-groups',
    valueName: '<sg-…,...>',
    prompt: 'Which client security groups may call the endpoint?',
    help: 'Admitted on 443 by reference, the least-privilege choice: the rule follows the clients as their addresses change.',
    when: (a) => createsEndpoint(a) || (isPrivateBound(a) && !!a.endpointSecurityGroupId),
    appliesTo: 'private endpoints that create their VPC endpoint (no --vpc-endpoint-id), or that admit their callers in the shared one (--endpoint-security-group-id)',
    optional: true,
    default: () => undefined,
    itemPattern: 'securityGroupId',
    validate: eachOf(validateSecurityGroupId),
  },
  {
    id: 'privateDns',
    kind: 'boolean',
    flag: 'private-dns',
    prompt: 'Enable private DNS on the interface endpoint?',
    help: 'On: the standard execute-api hostname resolves to the endpoint inside the VPC, but public (edge or regional) APIs can then no longer be called from that VPC by their default hostnames. Off: clients use endpoint-specific hostnames or the x-apigw-api-id header.',
    when: createsEndpoint,
    appliesTo: 'private endpoints that create their VPC endpoint (no --vpc-endpoint-id)',
    default: () => true,
  },
  {
    id: 'waf',
    kind: 'boolean',
    flag: 'waf',
    prompt: 'Protect the public stage with AWS WAF?',
    help: 'A web ACL with AWS managed rule groups (common, known bad inputs) and a rate-based rule, associated with the stage.',
    when: (a) => !isPrivateBound(a),
    appliesTo: 'public endpoints',
    default: () => true,
  },
  {
    id: 'tags',
    kind: 'list',
    flag: 'tags',
    valueName: '<key=value,...>',
    prompt: 'Tags for every resource (key=value, comma-separated)',
    help: 'Written into the root module\'s default tags, beside ManagedBy and Api. An organisation preset may require some keys (e.g. cost-center, owner); in an answers file or preset give a mapping.',
    optional: true,
    // Asked by the wizard only when a preset requires tag keys.
    advanced: true,
    default: () => undefined,
    validate: validateTags,
  },
  {
    id: 'accountBaseline',
    kind: 'boolean',
    flag: 'account-baseline',
    prompt: 'Is this the first API in its AWS account and Region?',
    help: 'Yes sets up the account\'s API Gateway logging role here (a baseline module protected against destroy). Without that role, set once per account and Region, the first apply fails ("CloudWatch Logs role ARN must be set in account settings"). To tell: aws apigateway get-account --query cloudwatchRoleArn prints an ARN when the account has it (answer No), None when it has not (answer Yes).',
    default: () => false,
  },
  {
    id: 'networkBaseline',
    kind: 'boolean',
    flag: 'network-baseline',
    prompt: 'Write only the VPC\'s network baseline, as a root of its own?',
    help: 'For the network account or the VPC\'s owner: the execute-api interface endpoint, its security group and policy, flow logs, the network ACL and (hybrid) the Resolver, protected against destroy, with the outputs every private API in the VPC takes (and SSM parameters publishing them). No API: each API\'s own root then uses it with --vpc-endpoint-id and --endpoint-security-group-id, so destroying an API never takes the endpoint with it.',
    when: isPrivateBound,
    appliesTo: 'private endpoints (--clients internal)',
    advanced: true,
    default: () => false,
  },
  {
    id: 'accountBaselineOnly',
    kind: 'boolean',
    flag: 'account-baseline-only',
    prompt: 'Write only the account\'s API Gateway baseline, as a root of its own?',
    help: 'For the platform team of an account: the API Gateway CloudWatch logging role and the account setting (once per account and Region, protected against destroy) in a root of its own, so that no API\'s root holds what every API in the account shares. No API: each API\'s root is generated without --account-baseline.',
    advanced: true,
    default: () => false,
  },
];

export const questionById = new Map(QUESTIONS.map((q) => [q.id, q]));
export const questionByFlag = new Map(QUESTIONS.map((q) => [q.flag, q]));
