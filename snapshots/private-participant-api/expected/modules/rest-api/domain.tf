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

# The endpoint's DNS name and hosted zone, for the alias record: given (an endpoint another
# account owns, such as the network account's in a VPC shared through AWS RAM, which this
# account may not be able to read), or read from the endpoint.
data "aws_vpc_endpoint" "this" {
  count = var.vpc_endpoint_dns_name == null || var.vpc_endpoint_zone_id == null ? 1 : 0

  id = var.vpc_endpoint_ids[0]
}

locals {
  endpoint_dns_name = coalesce(var.vpc_endpoint_dns_name, one(data.aws_vpc_endpoint.this[*].dns_entry[0].dns_name))
  endpoint_zone_id  = coalesce(var.vpc_endpoint_zone_id, one(data.aws_vpc_endpoint.this[*].dns_entry[0].hosted_zone_id))
  private_zone_id   = coalesce(var.private_zone_id, one(aws_route53_zone.private[*].zone_id))
}

# A private zone for exactly this host name: it answers for the API without shadowing the rest
# of the parent domain inside the VPC. Route 53 creates a private zone against a VPC of its own
# account (zone_vpc_id): in a VPC another account shares with this one, give a VPC of this
# account there, or private_zone_id (a zone the network account keeps), and authorize the shared
# VPC (authorized_vpc_ids) for its owner to associate (README: private DNS across accounts).
resource "aws_route53_zone" "private" {
  count = var.private_zone_id == null ? 1 : 0

  name    = var.domain_name
  comment = "Private custom domain of ${var.name}"

  #checkov:skip=CKV2_AWS_38:DNSSEC signing is not supported for private hosted zones.
  #checkov:skip=CKV2_AWS_39:Query logging is not supported for private hosted zones; use Route 53 Resolver query logging for the VPC.
  vpc {
    vpc_id = var.zone_vpc_id != null ? var.zone_vpc_id : one(data.aws_vpc_endpoint.this[*].vpc_id)
  }

  tags = var.tags

  lifecycle {
    # VPCs associated outside this block (below, or by their owners) are not undone on the next apply.
    ignore_changes = [vpc]

    precondition {
      condition     = var.zone_vpc_id != null || length(data.aws_vpc_endpoint.this) > 0
      error_message = "With vpc_endpoint_dns_name and vpc_endpoint_zone_id given, give zone_vpc_id (a VPC of this account to create the private zone against) or private_zone_id (an existing zone)."
    }
  }
}

# More VPCs of this account (spokes of a hub-and-spoke network reaching the endpoint through a
# transit gateway): associated as their own resources, so one added elsewhere is left alone.
resource "aws_route53_zone_association" "this" {
  # Keyed by position: IDs of VPCs created in the same apply are unknown at plan time.
  for_each = { for i, id in var.associated_vpc_ids : tostring(i) => id }

  zone_id = local.private_zone_id
  vpc_id  = each.value
}

# VPCs of other accounts (the network account's shared VPC, their spokes): authorized here; each
# owner then applies aws_route53_zone_association with the private_hosted_zone_id output.
resource "aws_route53_vpc_association_authorization" "this" {
  for_each = { for i, id in var.authorized_vpc_ids : tostring(i) => id }

  zone_id = local.private_zone_id
  vpc_id  = each.value
}

resource "aws_route53_record" "api" {
  zone_id = local.private_zone_id
  name    = var.domain_name
  type    = "A"

  alias {
    name                   = local.endpoint_dns_name
    zone_id                = local.endpoint_zone_id
    evaluate_target_health = true
  }
}
