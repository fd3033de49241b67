# partner-api REST API
# Endpoint type: REGIONAL — see README.md for why.
module "api" {
  source = "./modules/rest-api"

  name                    = var.name
  description             = var.description
  mtls_truststore_uri     = var.mtls_truststore_uri
  mtls_truststore_version = var.mtls_truststore_version
  domain_name             = var.domain_name
  hosted_zone_id          = var.hosted_zone_id
  certificate_arn         = var.certificate_arn
  create_certificate      = var.create_certificate
  alarm_sns_topic_arn     = var.alarm_sns_topic_arn
}
