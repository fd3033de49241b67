

resource "aws_api_gateway_deployment" "this" {
  rest_api_id = "abc123"
  triggers    = { redeployment = "1" }
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_api_gateway_stage" "this" {
  rest_api_id   = "abc123"
  deployment_id = aws_api_gateway_deployment.this.id
  stage_name    = "v1"
}
