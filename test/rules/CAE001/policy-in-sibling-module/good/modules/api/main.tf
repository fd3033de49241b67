resource "aws_api_gateway_rest_api" "this" {
  name = "orders"

  endpoint_configuration {
    types = ["PRIVATE"]
  }
}

output "id" {
  value = aws_api_gateway_rest_api.this.id
}
