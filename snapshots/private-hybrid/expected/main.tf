# my-api REST API
# Endpoint type: PRIVATE — see README.md for why.
module "api" {
  source = "./modules/rest-api"

  name                      = var.name
  description               = var.description
  vpc_id                    = var.vpc_id
  subnet_ids                = var.subnet_ids
  client_security_group_ids = var.client_security_group_ids
  onprem_cidr_blocks        = var.onprem_cidr_blocks
  private_dns_enabled       = var.private_dns_enabled
  alarm_sns_topic_arn       = var.alarm_sns_topic_arn
}
