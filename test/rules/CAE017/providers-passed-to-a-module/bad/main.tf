variable "region" {
  type = string
}

provider "aws" {
  region = var.region
}

provider "aws" {
  alias  = "us_east_1"
  region = "us-east-1"
}

module "api" {
  source = "./modules/api"
  providers = {
    aws           = aws
    aws.us_east_1 = aws.us_east_1
  }
}
