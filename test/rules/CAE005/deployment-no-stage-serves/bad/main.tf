resource "aws_api_gateway_deployment" "legacy" {
  rest_api_id = var.rest_api_id
}

resource "aws_api_gateway_stage" "v1" {
  rest_api_id   = var.rest_api_id
  deployment_id = aws_api_gateway_deployment.legacy.id
  stage_name    = "v1"
}
