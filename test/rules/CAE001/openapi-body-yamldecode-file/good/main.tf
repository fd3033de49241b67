provider "aws" {
  region = "eu-west-1"
}

resource "aws_api_gateway_rest_api" "this" {
  name = "orders"
  body = jsonencode(yamldecode(file("${path.module}/openapi.yaml")))

  endpoint_configuration {
    types = ["PRIVATE"]
  }
}
