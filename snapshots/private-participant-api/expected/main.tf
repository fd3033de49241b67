# payments-api REST API
# Endpoint type: PRIVATE — see README.md for why.
module "api" {
  source = "./modules/rest-api"

  name                       = var.name
  description                = var.description
  authorization              = var.authorization
  lambda_function_name       = var.lambda_function_name
  client_security_group_ids  = var.client_security_group_ids
  endpoint_security_group_id = var.endpoint_security_group_id
  vpc_endpoint_ids           = var.vpc_endpoint_ids
  domain_name                = var.domain_name
  certificate_arn            = var.certificate_arn
  private_zone_id            = var.private_zone_id
  zone_vpc_id                = var.zone_vpc_id
  associated_vpc_ids         = var.associated_vpc_ids
  authorized_vpc_ids         = var.authorized_vpc_ids
  vpc_endpoint_dns_name      = var.vpc_endpoint_dns_name
  vpc_endpoint_zone_id       = var.vpc_endpoint_zone_id
  execution_logging_level    = var.execution_logging_level
  log_retention_days         = var.log_retention_days
  alarm_sns_topic_arn        = var.alarm_sns_topic_arn
}
