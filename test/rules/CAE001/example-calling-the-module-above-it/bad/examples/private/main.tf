provider "aws" {
  region = "eu-west-1"
}

module "private_api" {
  source = "../../"

  create_rest_api = true
  endpoint_type   = "PRIVATE"
}
