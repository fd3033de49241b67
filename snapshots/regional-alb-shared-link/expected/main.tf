# catalog-api REST API
# Endpoint type: REGIONAL — see README.md for why.
module "api" {
  source = "./modules/rest-api"

  name                = var.name
  description         = var.description
  nlb_arn             = var.nlb_arn
  nlb_backend_url     = var.nlb_backend_url
  vpc_link_id         = var.vpc_link_id
  alarm_sns_topic_arn = var.alarm_sns_topic_arn
}
