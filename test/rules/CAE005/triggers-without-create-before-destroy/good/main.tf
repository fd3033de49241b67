

resource "aws_api_gateway_deployment" "this" {
  rest_api_id = "abc123"
  triggers    = { redeployment = "1" }
  lifecycle {
    create_before_destroy = true
  }
}
