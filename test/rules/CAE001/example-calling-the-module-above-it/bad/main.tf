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
