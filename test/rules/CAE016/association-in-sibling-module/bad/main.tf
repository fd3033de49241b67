provider "aws" {
  region = "eu-west-1"
}

module "domain" {
  source          = "./modules/domain"
  certificate_arn = var.certificate_arn
  domain_policy   = var.domain_policy
}
