# orders-api REST API
# Endpoint type: PRIVATE — see README.md for why.
module "api" {
  source = "./modules/rest-api"

  name                      = var.name
  description               = var.description
  nlb_arn                   = var.nlb_arn
  nlb_backend_url           = var.nlb_backend_url
  vpc_id                    = var.vpc_id
  subnet_ids                = var.subnet_ids
  client_security_group_ids = var.client_security_group_ids
  private_dns_enabled       = var.private_dns_enabled
  alarm_sns_topic_arn       = var.alarm_sns_topic_arn
}
