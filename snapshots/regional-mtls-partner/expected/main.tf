# partner-api REST API
# Endpoint type: REGIONAL — see README.md for why.
module "api" {
  source = "./modules/rest-api"

  name                                        = var.name
  description                                 = var.description
  authorization                               = var.authorization
  mtls_truststore_uri                         = var.mtls_truststore_uri
  mtls_truststore_version                     = var.mtls_truststore_version
  mtls_ownership_verification_certificate_arn = var.mtls_ownership_verification_certificate_arn
  domain_name                                 = var.domain_name
  hosted_zone_id                              = var.hosted_zone_id
  certificate_arn                             = var.certificate_arn
  create_certificate                          = var.create_certificate
  waf_rate_limit                              = var.waf_rate_limit
  execution_logging_level                     = var.execution_logging_level
  log_retention_days                          = var.log_retention_days
  alarm_sns_topic_arn                         = var.alarm_sns_topic_arn
}
