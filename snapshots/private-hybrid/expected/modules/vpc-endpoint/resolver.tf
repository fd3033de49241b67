# Hybrid DNS: on-premises resolvers forward the API's names to this inbound endpoint, which
# answers from the VPC's view (the interface endpoint's private addresses).
resource "aws_security_group" "resolver" {
  name_prefix = "${var.name}-resolver-"
  description = "DNS from on-premises resolvers to the Route 53 Resolver inbound endpoint of ${var.name}"
  vpc_id      = var.vpc_id

  tags = merge(var.tags, { Name = "${var.name}-resolver-inbound" })

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_vpc_security_group_ingress_rule" "resolver_dns" {
  for_each = {
    for pair in setproduct(var.onprem_cidr_blocks, ["tcp", "udp"]) : "${pair[0]}/${pair[1]}" => {
      cidr     = pair[0]
      protocol = pair[1]
    }
  }

  security_group_id = aws_security_group.resolver.id
  description       = "DNS over ${upper(each.value.protocol)} from on-premises ${each.value.cidr}"
  cidr_ipv4         = each.value.cidr
  ip_protocol       = each.value.protocol
  from_port         = 53
  to_port           = 53
}

resource "aws_route53_resolver_endpoint" "inbound" {
  name               = "${var.name}-inbound"
  direction          = "INBOUND"
  security_group_ids = [aws_security_group.resolver.id]

  # One address per subnet: two Availability Zones at least, like the API endpoint.
  dynamic "ip_address" {
    for_each = toset(var.subnet_ids)

    content {
      subnet_id = ip_address.value
    }
  }

  tags = var.tags
}

locals {
  resolver_ips = [for ip in aws_route53_resolver_endpoint.inbound.ip_address : ip.ip]
  # Zones on-premises DNS forwards to the inbound endpoint: the private custom domains of the
  # APIs behind this endpoint, each by its own name. On-premises callers need no forwarder for
  # the endpoint-specific host names ({api-id}-{vpce-id}.execute-api…), which public DNS
  # resolves to the endpoint's private addresses. Forwarding the whole execute-api zone is
  # opt-in (forward_execute_api_zone): it sends every API called by its default host name
  # from on premises — public APIs of anyone included — to this endpoint, where they fail.
  conditional_forwarders = {
    for zone in concat(
      var.resolver_forward_zones,
      var.forward_execute_api_zone && var.private_dns_enabled ? ["execute-api.${data.aws_region.current.region}.amazonaws.com"] : [],
    ) : zone => local.resolver_ips
  }
}
