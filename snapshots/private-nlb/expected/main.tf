# orders-api REST API
# Endpoint type: PRIVATE — see README.md for why.
module "api" {
  source = "./modules/rest-api"

  name                    = var.name
  description             = var.description
  authorization           = var.authorization
  load_balancer_arn       = var.load_balancer_arn != null ? var.load_balancer_arn : var.nlb_arn
  backend_url             = var.backend_url != null ? var.backend_url : var.nlb_backend_url
  vpc_link_subnet_ids     = var.vpc_link_subnet_ids
  vpc_endpoint_ids        = [module.endpoint.vpc_endpoint_id]
  execution_logging_level = var.execution_logging_level
  log_retention_days      = var.log_retention_days
  alarm_sns_topic_arn     = var.alarm_sns_topic_arn
}

# The VPC's network baseline: its execute-api interface endpoint and what goes with it, once
# per VPC. The next private API in this VPC reuses it: generate it with
# --vpc-endpoint-id <the vpc_endpoint_id output> instead of creating another.
module "endpoint" {
  source = "./modules/vpc-endpoint"

  name                      = var.name
  vpc_id                    = var.vpc_id
  subnet_ids                = var.subnet_ids
  client_security_group_ids = var.client_security_group_ids
  ssm_parameter_prefix      = var.ssm_parameter_prefix
  client_cidr_blocks        = var.client_cidr_blocks
  private_dns_enabled       = var.private_dns_enabled
  allowed_execute_api_arns  = var.allowed_execute_api_arns
  log_retention_days        = var.log_retention_days
  alarm_sns_topic_arn       = var.alarm_sns_topic_arn
  spoke_vpc_ids             = var.spoke_vpc_ids
  spoke_authorized_vpc_ids  = var.spoke_authorized_vpc_ids
  manage_network_acl        = var.manage_network_acl
  vpc_secondary_cidr_blocks = var.vpc_secondary_cidr_blocks
  enable_flow_logs          = var.enable_flow_logs
}
