# signup-api REST API
# Endpoint type: REGIONAL — see README.md for why.
module "api" {
  source = "./modules/rest-api"

  name                           = var.name
  description                    = var.description
  lambda_function_name           = var.lambda_function_name
  manage_account_cloudwatch_role = var.manage_account_cloudwatch_role
  alarm_sns_topic_arn            = var.alarm_sns_topic_arn
}
