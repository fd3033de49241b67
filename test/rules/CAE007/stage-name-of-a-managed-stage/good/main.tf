resource "aws_api_gateway_stage" "this" {
  rest_api_id   = var.rest_api_id
  deployment_id = aws_api_gateway_deployment.this.id
  stage_name    = "v1"

  access_log_settings {
    destination_arn = var.log_group_arn
    format          = "$context.requestId $context.identity.sourceIp $context.status"
  }
}

resource "aws_api_gateway_deployment" "this" {
  rest_api_id = var.rest_api_id
  stage_name  = "v1"
}
