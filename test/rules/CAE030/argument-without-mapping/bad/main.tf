resource "aws_api_gateway_rest_api" "this" {
  name                         = "orders"
  body                         = null
  disable_execute_api_endpoint = true

  endpoint_configuration {
    types = ["REGIONAL"]
  }
}
