# shop-api REST API
# Endpoint type: REGIONAL — see README.md for why.
module "api" {
  source = "./modules/rest-api"

  name                   = var.name
  description            = var.description
  cognito_user_pool_arns = var.cognito_user_pool_arns
  alarm_sns_topic_arn    = var.alarm_sns_topic_arn
}
