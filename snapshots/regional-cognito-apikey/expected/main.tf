# shop-api REST API
# Endpoint type: REGIONAL — see README.md for why.
module "api" {
  source = "./modules/rest-api"

  name                   = var.name
  description            = var.description
  cognito_user_pool_arns = var.cognito_user_pool_arns
  authorization_scopes   = var.authorization_scopes
  api_key_clients        = var.api_key_clients
  alarm_sns_topic_arn    = var.alarm_sns_topic_arn
}
