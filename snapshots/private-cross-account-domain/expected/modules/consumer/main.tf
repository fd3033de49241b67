# Runs in a consumer account: an execute-api interface endpoint in the consumer VPC, its
# association with the shared private custom domain, and DNS for that domain. Send the
# vpc_endpoint_id output to the API owner, who adds it to consumer_vpc_endpoint_ids. A consumer
# VPC that already has an execute-api endpoint (only one with private DNS per VPC) reuses it:
# create_vpc_endpoint = false and vpc_endpoint_id.
data "aws_region" "current" {}

resource "aws_security_group" "endpoint" {
  count = var.create_vpc_endpoint ? 1 : 0

  #checkov:skip=CKV2_AWS_5:Attached to aws_vpc_endpoint.execute_api (security_group_ids); both exist only with create_vpc_endpoint, which the graph check cannot follow.

  name_prefix = "${var.name}-consumer-execute-api-"
  description = "HTTPS from consumer clients to the execute-api interface endpoint"
  vpc_id      = var.vpc_id

  tags = merge(var.tags, { Name = "${var.name}-consumer-execute-api" })

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_vpc_security_group_ingress_rule" "endpoint_from_security_groups" {
  # Keyed by position: IDs of security groups created in the same apply are unknown at plan time.
  for_each = var.create_vpc_endpoint ? { for i, id in var.client_security_group_ids : tostring(i) => id } : {}

  security_group_id            = aws_security_group.endpoint[0].id
  description                  = "HTTPS from client security group ${each.value}"
  referenced_security_group_id = each.value
  ip_protocol                  = "tcp"
  from_port                    = 443
  to_port                      = 443
}

resource "aws_vpc_endpoint" "execute_api" {
  count = var.create_vpc_endpoint ? 1 : 0

  vpc_id              = var.vpc_id
  service_name        = "com.amazonaws.${data.aws_region.current.region}.execute-api"
  vpc_endpoint_type   = "Interface"
  subnet_ids          = var.subnet_ids
  security_group_ids  = [aws_security_group.endpoint[0].id]
  private_dns_enabled = var.private_dns_enabled

  tags = merge(var.tags, { Name = "${var.name}-consumer-execute-api" })

  lifecycle {
    precondition {
      condition     = length(var.subnet_ids) >= 2 && length(var.client_security_group_ids) > 0
      error_message = "Creating the endpoint needs subnet_ids in two Availability Zones and client_security_group_ids; or reuse the VPC's endpoint with create_vpc_endpoint = false and vpc_endpoint_id."
    }
    precondition {
      condition     = length(distinct([for s in data.aws_subnet.endpoint : s.availability_zone])) >= 2
      error_message = "The endpoint's subnets are all in one Availability Zone: if it fails, this VPC's callers cannot reach the API. Give subnet_ids in at least two Availability Zones."
    }
  }
}

# The endpoint's subnets' Availability Zones: two subnets in one zone are still a single point of failure.
data "aws_subnet" "endpoint" {
  count = var.create_vpc_endpoint ? length(var.subnet_ids) : 0

  id = var.subnet_ids[count.index]
}

locals {
  vpc_endpoint_id = var.create_vpc_endpoint ? aws_vpc_endpoint.execute_api[0].id : var.vpc_endpoint_id
}

resource "aws_api_gateway_domain_name_access_association" "this" {
  domain_name_arn                = var.domain_name_arn
  access_association_source      = local.vpc_endpoint_id
  access_association_source_type = "VPCE"

  tags = var.tags
}

# The endpoint's DNS name and hosted zone, for the alias record: given (an endpoint another
# account owns, such as the network account's in a VPC shared through AWS RAM, which this
# account may not be able to read), or read from the endpoint.
data "aws_vpc_endpoint" "this" {
  count = var.vpc_endpoint_dns_name == null || var.vpc_endpoint_zone_id == null ? 1 : 0

  id = local.vpc_endpoint_id
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
  comment = "Private custom domain shared by the API owner"

  #checkov:skip=CKV2_AWS_38:DNSSEC signing is not supported for private hosted zones.
  #checkov:skip=CKV2_AWS_39:Query logging is not supported for private hosted zones; use Route 53 Resolver query logging for the VPC.
  vpc {
    vpc_id = var.zone_vpc_id != null ? var.zone_vpc_id : var.vpc_id
  }

  tags = var.tags

  lifecycle {
    # VPCs associated outside this block (below, or by their owners) are not undone on the next apply.
    ignore_changes = [vpc]
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
