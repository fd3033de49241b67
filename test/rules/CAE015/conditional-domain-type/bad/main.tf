provider "aws" {
  region = "eu-west-1"
}

variable "regional" {
  type    = bool
  default = false
}

resource "aws_api_gateway_domain_name" "api" {
  domain_name              = "api.example.com"
  certificate_arn          = var.regional ? null : var.edge_certificate_arn
  regional_certificate_arn = var.regional ? var.regional_certificate_arn : null
  security_policy          = "TLS_1_2"

  endpoint_configuration {
    types = var.regional ? ["REGIONAL"] : ["EDGE"]
  }
}

resource "aws_route53_record" "api" {
  zone_id = var.zone_id
  name    = "api.example.com"
  type    = "A"

  alias {
    name                   = aws_api_gateway_domain_name.api.regional_domain_name
    zone_id                = aws_api_gateway_domain_name.api.regional_zone_id
    evaluate_target_health = false
  }
}
