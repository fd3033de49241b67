variable "tls" {
  default = "TLS_1_0"
}

resource "aws_api_gateway_domain_name" "api" {
  domain_name     = "api.example.com"
  security_policy = var.tls
}
