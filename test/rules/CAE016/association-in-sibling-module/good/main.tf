provider "aws" {
  region = "eu-west-1"
}

module "domain" {
  source          = "./modules/domain"
  certificate_arn = var.certificate_arn
  domain_policy   = var.domain_policy
}

module "association" {
  source          = "./modules/association"
  domain_name_arn = module.domain.arn
  vpce_id         = var.vpce_id
}
