resource "aws_api_gateway_deployment" "this" {
  rest_api_id = var.rest_api_id
  variables = {
    environment = "prod"
  }
}
