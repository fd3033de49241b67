provider "aws" {
  region = "eu-west-1"
}

variable "enable_access_logs" {
  type    = bool
  default = false
}

resource "aws_api_gateway_stage" "this" {
  rest_api_id   = var.rest_api_id
  deployment_id = var.deployment_id
  stage_name    = "v1"

  dynamic "access_log_settings" {
    for_each = var.enable_access_logs ? [1] : []
    content {
      destination_arn = var.log_group_arn
      format          = "$context.requestId $context.identity.sourceIp $context.status"
    }
  }
}

resource "aws_api_gateway_account" "this" {
  cloudwatch_role_arn = var.role_arn
}
