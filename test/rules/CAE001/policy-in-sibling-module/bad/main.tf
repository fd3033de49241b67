provider "aws" {
  region = "eu-west-1"
}

module "api" {
  source = "./modules/api"
}
