provider "aws" {
  region = "eu-west-1"
}

module "api" {
  source = "./modules/api"
}

module "policy" {
  source      = "./modules/policy"
  rest_api_id = module.api.id
}
