resource "aws_api_gateway_deployment" "this" {
  rest_api_id = "abc123"
  triggers    = { redeployment = sha1(file("openapi.yaml")) }

  lifecycle {
    create_before_destroy = true
  }
}
