# media-api REST API
# Endpoint type: REGIONAL — see README.md for why.
module "api" {
  source = "./modules/rest-api"

  providers = {
    aws           = aws
    aws.us_east_1 = aws.us_east_1
  }

  name                          = var.name
  description                   = var.description
  authorization                 = var.authorization
  backend_url                   = var.backend_url
  domain_name                   = var.domain_name
  hosted_zone_id                = var.hosted_zone_id
  certificate_arn               = var.certificate_arn
  create_certificate            = var.create_certificate
  waf_rate_limit                = var.waf_rate_limit
  origin_verify_secret          = var.origin_verify_secret
  origin_verify_previous_secret = var.origin_verify_previous_secret
  cloudfront_price_class        = var.cloudfront_price_class
  cloudfront_log_bucket         = var.cloudfront_log_bucket
  execution_logging_level       = var.execution_logging_level
  log_retention_days            = var.log_retention_days
  alarm_sns_topic_arn           = var.alarm_sns_topic_arn
}
