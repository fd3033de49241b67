# Public catalogue API for the web shop
# Endpoint type: EDGE — see README.md for why.
module "api" {
  source = "./modules/rest-api"

  name                = var.name
  description         = var.description
  alarm_sns_topic_arn = var.alarm_sns_topic_arn
}
