# Ledger postings for the payments platform
# Endpoint type: PRIVATE — see README.md for why.
module "api" {
  source = "./modules/rest-api"

  name                      = var.name
  description               = var.description
  lambda_function_name      = var.lambda_function_name
  vpc_endpoint_ids          = [module.endpoint.vpc_endpoint_id]
  consumer_account_ids      = var.consumer_account_ids
  consumer_vpc_endpoint_ids = var.consumer_vpc_endpoint_ids
  domain_name               = var.domain_name
  certificate_arn           = var.certificate_arn
  log_kms_key_arn           = var.log_kms_key_arn
  alarm_sns_topic_arn       = var.alarm_sns_topic_arn
}

# The VPC's network baseline: its execute-api interface endpoint and what goes with it, once
# per VPC. The next private API in this VPC reuses it: generate it with
# --vpc-endpoint-id <the vpc_endpoint_id output> instead of creating another.
module "endpoint" {
  source = "./modules/vpc-endpoint"

  name                      = var.name
  vpc_id                    = var.vpc_id
  subnet_ids                = var.subnet_ids
  client_security_group_ids = var.client_security_group_ids
  private_dns_enabled       = var.private_dns_enabled
  log_kms_key_arn           = var.log_kms_key_arn
  alarm_sns_topic_arn       = var.alarm_sns_topic_arn
}
