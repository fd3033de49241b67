# legacy-api REST API
# Endpoint type: EDGE — see README.md for why.
module "api" {
  source = "./modules/rest-api"

  name                    = var.name
  description             = var.description
  authorization           = var.authorization
  execution_logging_level = var.execution_logging_level
  log_retention_days      = var.log_retention_days
  alarm_sns_topic_arn     = var.alarm_sns_topic_arn
}
