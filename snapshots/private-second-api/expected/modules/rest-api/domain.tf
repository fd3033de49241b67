# Private custom domain: a stable, friendly name for callers inside the VPC. It has its own resource policy: the same rule as the API's (policy.tf),
# so a request through an endpoint that is not allowed is refused at the domain as well.
resource "aws_api_gateway_domain_name" "this" {
  domain_name     = var.domain_name
  certificate_arn = var.certificate_arn
  security_policy = "TLS_1_2"
  policy          = data.aws_iam_policy_document.api.json

  endpoint_configuration {
    types = ["PRIVATE"]
  }

  tags = var.tags
}

resource "aws_api_gateway_base_path_mapping" "this" {
  api_id         = aws_api_gateway_rest_api.this.id
  stage_name     = aws_api_gateway_stage.this.stage_name
  domain_name    = aws_api_gateway_domain_name.this.domain_name
  domain_name_id = aws_api_gateway_domain_name.this.domain_name_id
}

# Without this association the endpoint cannot reach the domain name, even with a policy that allows it.
resource "aws_api_gateway_domain_name_access_association" "this" {
  domain_name_arn                = aws_api_gateway_domain_name.this.arn
  access_association_source      = var.vpc_endpoint_ids[0]
  access_association_source_type = "VPCE"

  tags = var.tags
}

# A private zone for exactly this host name: it answers for the API without shadowing the
# rest of the parent domain inside the VPC.
# The VPC's endpoint, for the alias record and the zone's VPC.
data "aws_vpc_endpoint" "this" {
  id = var.vpc_endpoint_ids[0]
}

resource "aws_route53_zone" "private" {
  name    = var.domain_name
  comment = "Private custom domain of ${var.name}"

  #checkov:skip=CKV2_AWS_38:DNSSEC signing is not supported for private hosted zones.
  #checkov:skip=CKV2_AWS_39:Query logging is not supported for private hosted zones; use Route 53 Resolver query logging for the VPC.
  vpc {
    vpc_id = data.aws_vpc_endpoint.this.vpc_id
  }

  tags = var.tags
}

resource "aws_route53_record" "api" {
  zone_id = aws_route53_zone.private.zone_id
  name    = var.domain_name
  type    = "A"

  alias {
    name                   = data.aws_vpc_endpoint.this.dns_entry[0].dns_name
    zone_id                = data.aws_vpc_endpoint.this.dns_entry[0].hosted_zone_id
    evaluate_target_health = true
  }
}
