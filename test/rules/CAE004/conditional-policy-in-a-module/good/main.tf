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

resource "aws_api_gateway_deployment" "this" {
  rest_api_id = aws_api_gateway_rest_api.this.id
  triggers    = { redeployment = sha1(jsonencode([aws_api_gateway_rest_api.this.body, var.policy])) }

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_api_gateway_stage" "this" {
  rest_api_id   = aws_api_gateway_rest_api.this.id
  deployment_id = aws_api_gateway_deployment.this.id
  stage_name    = "v1"
}
