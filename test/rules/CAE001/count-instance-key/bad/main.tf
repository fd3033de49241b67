provider "aws" {
  region = "eu-west-1"
}

resource "aws_api_gateway_rest_api" "this" {
  count = 1

  name = "orders"

  endpoint_configuration {
    types = ["PRIVATE"]
  }
}
