resource "aws_api_gateway_stage" "prod" {
  rest_api_id   = "abc"
  deployment_id = "def"
  stage_name    = "prod"
}
