provider "aws" {
  region = "eu-west-1"
}

resource "aws_api_gateway_rest_api" "this" {
  name = "orders"

  endpoint_configuration {
    types = ["PRIVATE"]
  }
}

resource "aws_api_gateway_rest_api_policy" "this" {
  rest_api_id = aws_api_gateway_rest_api.this.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Action    = "execute-api:Invoke"
        Effect    = "Allow"
        Principal = "*"
        Resource  = "execute-api:/*"
      },
      {
        Action    = "execute-api:Invoke"
        Effect    = "Deny"
        Principal = "*"
        Resource  = "execute-api:/*"
        Condition = {
          StringNotEquals = { "aws:SourceVpce" = var.vpce_id }
        }
      },
    ]
  })
}
