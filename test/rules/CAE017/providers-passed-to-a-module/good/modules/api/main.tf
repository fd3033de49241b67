terraform {
  required_providers {
    aws = {
      source                = "hashicorp/aws"
      configuration_aliases = [aws.us_east_1]
    }
  }
}

resource "aws_acm_certificate" "api" {
  provider = aws.us_east_1

  domain_name       = "api.example.com"
  validation_method = "DNS"
}

resource "aws_api_gateway_domain_name" "api" {
  domain_name     = "api.example.com"
  certificate_arn = aws_acm_certificate.api.arn
  security_policy = "TLS_1_2"
}
