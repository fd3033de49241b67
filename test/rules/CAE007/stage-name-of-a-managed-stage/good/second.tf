resource "aws_api_gateway_stage" "second" {
  rest_api_id   = var.rest_api_id
  deployment_id = aws_api_gateway_deployment.second.id
  stage_name    = "v2"

  access_log_settings {
    destination_arn = var.log_group_arn
    format          = "$context.requestId $context.identity.sourceIp $context.status"
  }
}

resource "aws_api_gateway_deployment" "second" {
  rest_api_id = var.rest_api_id
  stage_name  = aws_api_gateway_stage.second.stage_name
}
