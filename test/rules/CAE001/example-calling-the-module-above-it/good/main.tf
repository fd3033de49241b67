variable "enabled" {
  type    = bool
  default = true
}

variable "create_rest_api" {
  type    = bool
  default = false
}

variable "endpoint_type" {
  type    = string
  default = "REGIONAL"
}

resource "aws_api_gateway_rest_api" "this" {
  count = var.enabled && var.create_rest_api ? 1 : 0
  name  = "orders"

  endpoint_configuration {
    types = [var.endpoint_type]
  }
}

resource "aws_api_gateway_rest_api_policy" "this" {
  count       = var.enabled && var.create_rest_api && var.endpoint_type == "PRIVATE" ? 1 : 0
  rest_api_id = aws_api_gateway_rest_api.this[0].id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect    = "Allow"
        Principal = "*"
        Action    = "execute-api:Invoke"
        Resource  = "execute-api:/*"
        Condition = { StringEquals = { "aws:SourceVpce" = "vpce-0a1b2c3d4e5f67890" } }
      },
    ]
  })
}
