# Public catalogue API for the web shop
# Endpoint type: EDGE — see README.md for why.
module "api" {
  source = "./modules/rest-api"

  name                    = var.name
  description             = var.description
  authorization           = var.authorization
  waf_rate_limit          = var.waf_rate_limit
  execution_logging_level = var.execution_logging_level
  log_retention_days      = var.log_retention_days
  alarm_sns_topic_arn     = var.alarm_sns_topic_arn
}
