resource "aws_api_gateway_rest_api" "this" {
  name                         = "partners"
  disable_execute_api_endpoint = true

  endpoint_configuration {
    types = ["REGIONAL"]
  }
}

resource "aws_api_gateway_domain_name" "this" {
  domain_name              = "partners.example.com"
  regional_certificate_arn = var.certificate_arn
  security_policy          = "TLS_1_2"

  endpoint_configuration {
    types = ["REGIONAL"]
  }

  mutual_tls_authentication {
    truststore_uri     = "s3://partners-truststore/truststore.pem"
    truststore_version = "3"
  }
}

resource "aws_api_gateway_base_path_mapping" "this" {
  api_id      = aws_api_gateway_rest_api.this.id
  stage_name  = "v1"
  domain_name = aws_api_gateway_domain_name.this.domain_name
}
