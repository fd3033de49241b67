# catalog-api REST API
# Endpoint type: REGIONAL — see README.md for why.
module "api" {
  source = "./modules/rest-api"

  name                    = var.name
  description             = var.description
  authorization           = var.authorization
  load_balancer_arn       = var.load_balancer_arn != null ? var.load_balancer_arn : var.nlb_arn
  backend_url             = var.backend_url != null ? var.backend_url : var.nlb_backend_url
  vpc_link_id             = var.vpc_link_id
  waf_rate_limit          = var.waf_rate_limit
  execution_logging_level = var.execution_logging_level
  log_retention_days      = var.log_retention_days
  alarm_sns_topic_arn     = var.alarm_sns_topic_arn
}
