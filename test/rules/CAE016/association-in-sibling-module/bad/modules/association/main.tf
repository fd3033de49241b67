variable "domain_name_arn" {
  type = string
}

variable "vpce_id" {
  type = string
}

resource "aws_api_gateway_domain_name_access_association" "this" {
  access_association_source      = var.vpce_id
  access_association_source_type = "VPCE"
  domain_name_arn                = var.domain_name_arn
}
