resource "aws_api_gateway_domain_name" "internal" {
  domain_name     = "api.internal.example.com"
  certificate_arn = var.cert
  security_policy = "TLS_1_2"
  endpoint_configuration {
    types = ["PRIVATE"]
  }
  policy = var.domain_policy
}

resource "aws_api_gateway_domain_name_access_association" "this" {
  access_association_source      = aws_vpc_endpoint.execute_api.id
  access_association_source_type = "VPCE"
  domain_name_arn                = aws_api_gateway_domain_name.internal.arn
}
