# ledger-api REST API
# Endpoint type: PRIVATE — see README.md for why.
module "api" {
  source = "./modules/rest-api"

  name                     = var.name
  description              = var.description
  authorizer_function_name = var.authorizer_function_name
  vpc_endpoint_ids         = [module.endpoint.vpc_endpoint_id]
  alarm_sns_topic_arn      = var.alarm_sns_topic_arn
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
  private_dns_enabled       = var.private_dns_enabled
  alarm_sns_topic_arn       = var.alarm_sns_topic_arn
}
