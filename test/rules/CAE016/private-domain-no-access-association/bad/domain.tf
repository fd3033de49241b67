resource "aws_api_gateway_domain_name" "internal" {
  domain_name     = "api.internal.example.com"
  certificate_arn = var.cert
  security_policy = "TLS_1_2"
  endpoint_configuration {
    types = ["PRIVATE"]
  }
  policy = var.domain_policy
}
