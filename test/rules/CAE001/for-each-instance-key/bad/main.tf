provider "aws" {
  region = "eu-west-1"
}

resource "aws_api_gateway_rest_api" "this" {
  for_each = toset(["orders"])

  name = each.key

  endpoint_configuration {
    types = ["PRIVATE"]
  }
}
