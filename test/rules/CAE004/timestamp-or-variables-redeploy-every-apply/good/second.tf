resource "aws_api_gateway_deployment" "second" {
  rest_api_id = aws_api_gateway_rest_api.this.id
  triggers = {
    redeployment = timestamp()
  }
  lifecycle {
    create_before_destroy = true
  }
}
