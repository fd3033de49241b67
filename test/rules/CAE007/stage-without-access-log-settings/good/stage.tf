resource "aws_api_gateway_stage" "prod" {
  rest_api_id   = "abc"
  deployment_id = "def"
  stage_name    = "prod"
  access_log_settings {
    destination_arn = "arn:aws:logs:eu-west-1:111122223333:log-group:x"
    format          = "$context.requestId"
  }
}
