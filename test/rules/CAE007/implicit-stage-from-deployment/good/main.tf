provider "aws" {
  region = "eu-west-1"
}

resource "aws_api_gateway_deployment" "this" {
  rest_api_id = var.rest_api_id
  triggers    = { redeployment = var.api_hash }

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_api_gateway_stage" "prod" {
  rest_api_id   = var.rest_api_id
  deployment_id = aws_api_gateway_deployment.this.id
  stage_name    = "prod"

  access_log_settings {
    destination_arn = var.log_group_arn
    format          = "$context.requestId $context.identity.sourceIp $context.status"
  }
}
