resource "aws_api_gateway_method_settings" "all" {
  rest_api_id = var.api_id
  stage_name  = "prod"
  method_path = "*/*"
  settings {
    logging_level   = "INFO"
    metrics_enabled = true
  }
}

resource "aws_api_gateway_account" "this" {
  cloudwatch_role_arn = var.cloudwatch_role_arn
}
