# billing-api REST API
# Endpoint type: PRIVATE — see README.md for why.
module "api" {
  source = "./modules/rest-api"

  name                = var.name
  description         = var.description
  backend_url         = var.backend_url
  vpc_endpoint_ids    = var.vpc_endpoint_ids
  domain_name         = var.domain_name
  certificate_arn     = var.certificate_arn
  alarm_sns_topic_arn = var.alarm_sns_topic_arn
}
