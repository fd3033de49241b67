resource "aws_api_gateway_deployment" "this" {
  rest_api_id = var.rest_api_id
  variables = {
    environment = "prod"
  }
}

resource "aws_api_gateway_stage" "this" {
  rest_api_id   = var.rest_api_id
  deployment_id = aws_api_gateway_deployment.this.id
  stage_name    = "v1"
}
