provider "aws" {
  region = "eu-west-1"
}

resource "aws_api_gateway_deployment" "this" {
  rest_api_id       = var.rest_api_id
  stage_description = "Deployed at ${timestamp()}"

  lifecycle {
    create_before_destroy = true
  }
}
