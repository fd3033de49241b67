# Hybrid DNS: on-premises resolvers forward the API's names to a Route 53 Resolver inbound
# endpoint, which answers from the VPC's view (the interface endpoint's private addresses).
# Zones forwarded: the private custom domains of the APIs behind this endpoint, each by its own
# name. On-premises callers need no forwarder for the endpoint-specific host names
# ({api-id}-{vpce-id}.execute-api…), which public DNS resolves to the endpoint's private
# addresses. Forwarding the whole execute-api zone is opt-in (forward_execute_api_zone): it sends
# every API called by its default host name from on premises — public APIs of anyone included —
# to this endpoint, where they fail.
locals {
  forward_zones = concat(
    var.resolver_forward_zones,
    var.forward_execute_api_zone && var.private_dns_enabled ? ["execute-api.${data.aws_region.current.region}.${data.aws_partition.current.dns_suffix}"] : [],
  )
  # An inbound endpoint costs about $180 a month: created only when there is something to
  # forward to it, and not when the VPC already has one (resolver_endpoint_id, a central one).
  create_resolver = length(local.forward_zones) > 0 && var.resolver_endpoint_id == null
}

resource "aws_security_group" "resolver" {
  count = local.create_resolver ? 1 : 0

  name_prefix = "${var.name}-resolver-"
  description = "DNS from on-premises resolvers to the Route 53 Resolver inbound endpoint of ${var.name}"
  vpc_id      = var.vpc_id

  tags = merge(var.tags, { Name = "${var.name}-resolver-inbound" })

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_vpc_security_group_ingress_rule" "resolver_dns" {
  for_each = local.create_resolver ? {
    for pair in setproduct(var.onprem_cidr_blocks, ["tcp", "udp"]) : "${pair[0]}/${pair[1]}" => {
      cidr     = pair[0]
      protocol = pair[1]
    }
  } : {}

  security_group_id = aws_security_group.resolver[0].id
  description       = "DNS over ${upper(each.value.protocol)} from on-premises ${each.value.cidr}"
  cidr_ipv4         = each.value.cidr
  ip_protocol       = each.value.protocol
  from_port         = 53
  to_port           = 53
}

resource "aws_route53_resolver_endpoint" "inbound" {
  count = local.create_resolver ? 1 : 0

  name               = "${var.name}-inbound"
  direction          = "INBOUND"
  security_group_ids = [aws_security_group.resolver[0].id]

  # One address per subnet: two Availability Zones at least, like the API endpoint.
  dynamic "ip_address" {
    for_each = toset(var.subnet_ids)

    content {
      subnet_id = ip_address.value
    }
  }

  tags = var.tags
}

# A central inbound endpoint the VPC already has (resolver_endpoint_id): its addresses.
data "aws_route53_resolver_endpoint" "central" {
  count = var.resolver_endpoint_id != null ? 1 : 0

  resolver_endpoint_id = var.resolver_endpoint_id
}

locals {
  resolver_ips           = var.resolver_endpoint_id != null ? tolist(one(data.aws_route53_resolver_endpoint.central[*].ip_addresses)) : flatten([for r in aws_route53_resolver_endpoint.inbound : [for ip in r.ip_address : ip.ip]])
  conditional_forwarders = { for zone in local.forward_zones : zone => local.resolver_ips }
}
