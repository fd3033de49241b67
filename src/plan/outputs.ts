/** The module's outputs as data: rendered into the child module, re-exported by the root, listed in the README. */
import type { Features } from './features.js';

export interface OutputSpec {
  name: string;
  description: string;
  /** HCL expression inside the child module. */
  value: string;
  when: (f: Features) => boolean;
  /** The module that declares it: the per-API module (default) or the VPC's network baseline. */
  module?: 'api' | 'endpoint';
}

const always = () => true;

export const OUTPUTS: OutputSpec[] = [
  { name: 'rest_api_id', description: 'ID of the REST API.', value: 'aws_api_gateway_rest_api.this.id', when: always },
  { name: 'rest_api_execution_arn', description: 'Execution ARN of the REST API, for IAM policies and Lambda permissions.', value: 'aws_api_gateway_rest_api.this.execution_arn', when: always },
  { name: 'endpoint_type', description: 'Endpoint type of the REST API.', value: 'one(aws_api_gateway_rest_api.this.endpoint_configuration[0].types)', when: always },
  { name: 'stage_name', description: 'Name of the deployed stage.', value: 'aws_api_gateway_stage.this.stage_name', when: always },
  { name: 'stage_arn', description: 'ARN of the stage (for WAF associations and IAM).', value: 'aws_api_gateway_stage.this.arn', when: always },
  { name: 'invoke_url', description: 'Invoke URL of the stage (for a private API it resolves only inside the VPC, with private DNS on).', value: 'aws_api_gateway_stage.this.invoke_url', when: always },
  { name: 'authorizer_id', description: 'ID of the API\'s authorizer (Cognito user pools or Lambda): for methods added by hand (authorizer_id).', value: 'aws_api_gateway_authorizer.this.id', when: (f) => f.authorizer && !f.openapi },
  { name: 'usage_plan_id', description: 'ID of the usage plan that meters the API keys (add clients\' keys to it with aws_api_gateway_usage_plan_key).', value: 'aws_api_gateway_usage_plan.this.id', when: (f) => f.apiKey },
  { name: 'api_key_ids', description: 'API key IDs by client. The values: aws apigateway get-api-key --api-key <id> --include-value (they are in the state too).', value: '{ for client, key in aws_api_gateway_api_key.this : client => key.id }', when: (f) => f.apiKey },
  { name: 'access_log_group_name', description: 'CloudWatch log group that receives the access logs.', value: 'aws_cloudwatch_log_group.access.name', when: always },
  { name: 'execution_log_group_name', description: 'CloudWatch log group API Gateway writes execution logs to.', value: 'aws_cloudwatch_log_group.execution.name', when: always },
  {
    name: 'vpc_endpoint_id',
    description: 'ID of the execute-api interface endpoint (allowed by the resource policy).',
    value: 'aws_vpc_endpoint.execute_api.id',
    when: (f) => f.createEndpoint,
    module: 'endpoint',
  },
  {
    name: 'vpc_endpoint_dns_names',
    description: 'DNS names of the interface endpoint; call with the Host or x-apigw-api-id header when private DNS is off.',
    value: 'aws_vpc_endpoint.execute_api.dns_entry[*].dns_name',
    when: (f) => f.createEndpoint,
    module: 'endpoint',
  },
  {
    name: 'endpoint_specific_invoke_url',
    description: 'Invoke URL through the endpoint-specific Route 53 alias ({api-id}-{vpce-id}); works from the VPC with or without private DNS.',
    value: '"https://${aws_api_gateway_rest_api.this.id}-${var.vpc_endpoint_ids[0]}.execute-api.${data.aws_region.current.region}.${data.aws_partition.current.dns_suffix}/${aws_api_gateway_stage.this.stage_name}"',
    when: (f) => f.isPrivate,
  },
  {
    name: 'vpc_endpoint_dns_name',
    description: 'DNS name of the endpoint (its first DNS entry): API roots in accounts that cannot read the endpoint take it as vpc_endpoint_dns_name.',
    value: 'aws_vpc_endpoint.execute_api.dns_entry[0].dns_name',
    when: (f) => f.createEndpoint,
    module: 'endpoint',
  },
  {
    name: 'vpc_endpoint_zone_id',
    description: 'Hosted zone ID of that DNS name (vpc_endpoint_zone_id of an API root with a private custom domain).',
    value: 'aws_vpc_endpoint.execute_api.dns_entry[0].hosted_zone_id',
    when: (f) => f.createEndpoint,
    module: 'endpoint',
  },
  {
    name: 'endpoint_security_group_id',
    description: 'Security group of the interface endpoint (443 from approved clients only).',
    value: 'aws_security_group.endpoint.id',
    when: (f) => f.createEndpoint,
    module: 'endpoint',
  },
  { name: 'vpc_link_id', description: 'ID of the VPC link (V1, legacy) to the Network Load Balancer.', value: 'aws_api_gateway_vpc_link.this.id', when: (f) => f.vpcLink === 'v1' },
  {
    name: 'vpc_link_id',
    description: 'ID of the VPC link V2; the next API whose load balancer is in this VPC passes it (--vpc-link-id) instead of creating another.',
    value: 'aws_apigatewayv2_vpc_link.this.id',
    when: (f) => f.createVpcLink,
  },
  { name: 'vpc_link_id', description: 'ID of the existing VPC link V2 the integration uses.', value: 'var.vpc_link_id', when: (f) => f.vpcLink === 'v2' && !f.createVpcLink },
  {
    name: 'vpc_link_security_group_id',
    description: 'Security group of the VPC link\'s network interfaces: a load balancer with security groups must admit it on the listener port.',
    value: 'aws_security_group.vpc_link.id',
    when: (f) => f.createVpcLink,
  },
  {
    name: 'spokes_private_zone_id',
    description: 'The private zone that resolves execute-api names to this endpoint in the spoke VPCs (null without spoke_vpc_ids); other accounts\' spokes associate with it.',
    value: 'one(aws_route53_zone.spokes[*].zone_id)',
    when: (f) => f.createEndpoint,
    module: 'endpoint',
  },
  {
    name: 'resolver_inbound_ips',
    description: 'IP addresses of the Route 53 Resolver inbound endpoint (created here, or resolver_endpoint_id); the targets of the on-premises conditional forwarder. Empty when nothing is forwarded (no private custom domain, forward_execute_api_zone off): no inbound endpoint is created then.',
    value: 'local.resolver_ips',
    when: (f) => f.hybrid,
    module: 'endpoint',
  },
  {
    name: 'onprem_conditional_forwarders',
    description: 'The conditional-forwarding rules to configure on the on-premises DNS servers.',
    value: 'local.conditional_forwarders',
    when: (f) => f.hybrid,
    module: 'endpoint',
  },
  { name: 'custom_domain_url', description: 'Base URL of the API on its custom domain.', value: '"https://${var.domain_name}"', when: (f) => f.anyDomain },
  {
    name: 'domain_name_target',
    description: 'Host name the custom domain\'s alias record points at.',
    value: 'aws_route53_record.api.alias[0].name',
    when: (f) => f.anyDomain && !f.cdnDomain,
  },
  {
    name: 'domain_name_target',
    description: 'Host name the custom domain\'s alias records (A and AAAA) point at: the CloudFront distribution.',
    value: 'aws_route53_record.api["A"].alias[0].name',
    when: (f) => f.cdnDomain,
  },
  {
    name: 'private_hosted_zone_id',
    description: 'Route 53 private hosted zone that resolves the custom domain inside the VPC.',
    value: 'local.private_zone_id',
    when: (f) => f.privateDomain,
  },
  {
    name: 'domain_name_arn',
    description: 'ARN of the private custom domain name; consumer accounts associate their endpoints with it.',
    value: 'aws_api_gateway_domain_name.this.arn',
    when: (f) => f.privateDomain,
  },
  { name: 'ram_resource_share_arn', description: 'AWS RAM share that offers the private custom domain to the consumer accounts.', value: 'aws_ram_resource_share.domain.arn', when: (f) => f.crossAccount && f.privateDomain },
  { name: 'web_acl_arn', description: 'ARN of the WAF web ACL protecting the stage.', value: 'aws_wafv2_web_acl.this.arn', when: (f) => f.waf },
  { name: 'cloudfront_domain_name', description: 'Domain name of the CloudFront distribution in front of the API.', value: 'aws_cloudfront_distribution.this.domain_name', when: (f) => f.cdn },
  { name: 'cloudfront_distribution_id', description: 'ID of the CloudFront distribution (for invalidations).', value: 'aws_cloudfront_distribution.this.id', when: (f) => f.cdn },
];
