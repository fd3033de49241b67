# shop-api REST API
# Endpoint type: REGIONAL — see README.md for why.
module "api" {
  source = "./modules/rest-api"

  name                    = var.name
  description             = var.description
  cognito_user_pool_arns  = var.cognito_user_pool_arns
  authorization_scopes    = var.authorization_scopes
  api_key_clients         = var.api_key_clients
  api_key_rate_limit      = var.api_key_rate_limit
  api_key_burst_limit     = var.api_key_burst_limit
  api_key_quota_per_day   = var.api_key_quota_per_day
  waf_rate_limit          = var.waf_rate_limit
  execution_logging_level = var.execution_logging_level
  log_retention_days      = var.log_retention_days
  alarm_sns_topic_arn     = var.alarm_sns_topic_arn
}
