provider "aws" {
  region = "eu-west-1"
}

resource "aws_api_gateway_rest_api" "this" {
  name = "orders"
  body = jsonencode({
    openapi = "3.0.1"
    info    = { title = "orders", version = "1.0" }
    "x-amazon-apigateway-policy" = {
      Version = "2012-10-17"
      Statement = [
        { Effect = "Allow", Principal = "*", Action = "execute-api:Invoke", Resource = "execute-api:/*" },
        { Effect = "Deny", Principal = "*", Action = "execute-api:Invoke", Resource = "execute-api:/*", Condition = { StringNotEquals = { "aws:SourceVpce" = var.vpce_id } } },
      ]
    }
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

resource "aws_api_gateway_deployment" "this" {
  rest_api_id = aws_api_gateway_rest_api.this.id
  triggers    = { redeployment = sha1(aws_api_gateway_rest_api.this.body) }

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_api_gateway_stage" "this" {
  rest_api_id   = aws_api_gateway_rest_api.this.id
  deployment_id = aws_api_gateway_deployment.this.id
  stage_name    = "v1"
}
