provider "aws" {
  region = "eu-west-1"
}

resource "aws_api_gateway_deployment" "legacy" {
  rest_api_id = var.rest_api_id
}
