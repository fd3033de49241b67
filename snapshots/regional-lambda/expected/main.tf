# signup-api REST API
# Endpoint type: REGIONAL — see README.md for why.
module "api" {
  source = "./modules/rest-api"

  name                     = var.name
  description              = var.description
  authorization            = var.authorization
  lambda_function_name     = var.lambda_function_name
  account_logging_role_arn = module.account.cloudwatch_role_arn
  waf_rate_limit           = var.waf_rate_limit
  execution_logging_level  = var.execution_logging_level
  log_retention_days       = var.log_retention_days
  alarm_sns_topic_arn      = var.alarm_sns_topic_arn
}

# The API Gateway CloudWatch role of this account and Region (--account-baseline): shared by
# every API here. Keep it in this root only; other roots in the account leave it out.
module "account" {
  source = "./modules/account-baseline"

  tags = var.tags
}
