resource "aws_api_gateway_rest_api" "this" {
  name = "orders"
  body = file("${path.module}/openapi.json")

  endpoint_configuration {
    types = ["REGIONAL"]
  }
}
