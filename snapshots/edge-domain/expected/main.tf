# Public catalogue API — "v2" with ${literal} and %{directives} kept as text
# Endpoint type: EDGE — see README.md for why.
module "api" {
  source = "./modules/rest-api"

  providers = {
    aws           = aws
    aws.us_east_1 = aws.us_east_1
  }

  name                         = var.name
  description                  = var.description
  authorization                = var.authorization
  disable_execute_api_endpoint = var.disable_execute_api_endpoint
  backend_url                  = var.backend_url
  domain_name                  = var.domain_name
  hosted_zone_id               = var.hosted_zone_id
  certificate_arn              = var.certificate_arn
  create_certificate           = var.create_certificate
  waf_rate_limit               = var.waf_rate_limit
  execution_logging_level      = var.execution_logging_level
  log_retention_days           = var.log_retention_days
  alarm_sns_topic_arn          = var.alarm_sns_topic_arn
}
