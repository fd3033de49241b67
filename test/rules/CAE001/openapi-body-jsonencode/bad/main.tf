provider "aws" {
  region = "eu-west-1"
}

resource "aws_api_gateway_rest_api" "this" {
  name = "orders"
  body = jsonencode({
    openapi = "3.0.1"
    info    = { title = "orders", version = "1.0" }
    paths = {
      "/health" = {
        get = {
          "x-amazon-apigateway-integration" = { type = "MOCK", requestTemplates = { "application/json" = "{\"statusCode\": 200}" } }
        }
      }
    }
  })

  endpoint_configuration {
    types = ["PRIVATE"]
  }
}
