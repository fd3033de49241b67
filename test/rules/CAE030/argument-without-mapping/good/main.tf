resource "aws_api_gateway_rest_api" "this" {
  name                         = "orders"
  body                         = null
  disable_execute_api_endpoint = true

  endpoint_configuration {
    types = ["REGIONAL"]
  }
}

resource "aws_api_gateway_base_path_mapping" "this" {
  api_id      = aws_api_gateway_rest_api.this.id
  stage_name  = "v1"
  domain_name = "api.example.com"
}
