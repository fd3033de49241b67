resource "aws_api_gateway_domain_name" "this" {
  domain_name     = "api.internal.example.com"
  certificate_arn = var.certificate_arn

  endpoint_configuration {
    types = ["PRIVATE"]
  }
}
