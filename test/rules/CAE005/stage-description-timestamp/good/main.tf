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

resource "aws_api_gateway_stage" "this" {
  rest_api_id   = var.rest_api_id
  deployment_id = aws_api_gateway_deployment.this.id
  stage_name    = "v1"
}
