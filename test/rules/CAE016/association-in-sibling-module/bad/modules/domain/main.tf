resource "aws_api_gateway_domain_name" "this" {
  domain_name     = "api.internal.example.com"
  certificate_arn = var.certificate_arn
  security_policy = "TLS_1_2"
  policy          = var.domain_policy

  endpoint_configuration {
    types = ["PRIVATE"]
  }
}

variable "certificate_arn" {
  type = string
}

variable "domain_policy" {
  type = string
}

output "arn" {
  value = aws_api_gateway_domain_name.this.arn
}
