provider "aws" {
  region = "eu-west-1"
}

resource "aws_api_gateway_rest_api" "this" {
  name = "orders"
  body = templatefile("${path.module}/openapi.json.tpl", { title = "orders", vpce_id = var.vpce_id })

  endpoint_configuration {
    types = ["PRIVATE"]
  }
}
