provider "aws" {
  region = "eu-west-1"
}

variable "policy" {
  description = "The API's resource policy (JSON); null attaches none."
  type        = string
  default     = null
}

resource "aws_api_gateway_rest_api" "this" {
  name = "orders"

  endpoint_configuration {
    types = ["PRIVATE"]
  }
}

resource "aws_api_gateway_rest_api_policy" "this" {
  count = var.policy == null ? 0 : 1

  rest_api_id = aws_api_gateway_rest_api.this.id
  policy      = var.policy
}
