# shared-vpc-eu network baseline for private APIs
# The VPC's network baseline, as a root of its own (--network-baseline): the API roots in the
# VPC take its outputs; none of them holds the endpoint, so destroying an API never removes it.

# The execute-api interface endpoint and what goes with it, once per VPC; the endpoint and its
# security group are protected against destroy.
module "endpoint" {
  source = "./modules/vpc-endpoint"

  name                      = var.name
  vpc_id                    = var.vpc_id
  subnet_ids                = var.subnet_ids
  client_security_group_ids = var.client_security_group_ids
  ssm_parameter_prefix      = var.ssm_parameter_prefix
  client_cidr_blocks        = var.client_cidr_blocks
  onprem_cidr_blocks        = var.onprem_cidr_blocks
  private_dns_enabled       = var.private_dns_enabled
  resolver_forward_zones    = var.resolver_forward_zones
  resolver_endpoint_id      = var.resolver_endpoint_id
  forward_execute_api_zone  = var.forward_execute_api_zone
  allowed_execute_api_arns  = var.allowed_execute_api_arns
  log_retention_days        = var.log_retention_days
  alarm_sns_topic_arn       = var.alarm_sns_topic_arn
  spoke_vpc_ids             = var.spoke_vpc_ids
  spoke_authorized_vpc_ids  = var.spoke_authorized_vpc_ids
  manage_network_acl        = var.manage_network_acl
  vpc_secondary_cidr_blocks = var.vpc_secondary_cidr_blocks
  enable_flow_logs          = var.enable_flow_logs
}
