# Hub and spoke: the endpoint's private DNS answers only inside its own VPC. Callers in spoke VPCs
# (reaching this VPC through a transit gateway or peering) resolve the default execute-api host
# names through a private zone of their own that points at this endpoint. Like private DNS on the
# endpoint, it sends every API called by its default host name from those spokes here, public
# APIs included (they answer 403): call public APIs from the spokes through custom domains.
resource "aws_route53_zone" "spokes" {
  count = length(var.spoke_vpc_ids) > 0 ? 1 : 0

  name    = "execute-api.${data.aws_region.current.region}.${data.aws_partition.current.dns_suffix}"
  comment = "execute-api names of the spoke VPCs, resolved to the central endpoint of ${var.name}"

  #checkov:skip=CKV2_AWS_38:DNSSEC signing is not supported for private hosted zones.
  #checkov:skip=CKV2_AWS_39:Query logging is not supported for private hosted zones; use Route 53 Resolver query logging for the VPCs.
  # Created against the first spoke; the others are associated below (a private zone needs one VPC
  # to exist), and associations made elsewhere are not undone.
  vpc {
    vpc_id = var.spoke_vpc_ids[0]
  }

  tags = var.tags

  lifecycle {
    ignore_changes = [vpc]
  }
}

resource "aws_route53_zone_association" "spokes" {
  # Keyed by position: IDs of VPCs created in the same apply are unknown at plan time.
  for_each = { for i, id in slice(var.spoke_vpc_ids, min(1, length(var.spoke_vpc_ids)), length(var.spoke_vpc_ids)) : tostring(i + 1) => id }

  zone_id = aws_route53_zone.spokes[0].zone_id
  vpc_id  = each.value
}

# Spokes of other accounts: authorized here; each owner applies aws_route53_zone_association with
# the spokes_private_zone_id output.
resource "aws_route53_vpc_association_authorization" "spokes" {
  for_each = length(var.spoke_vpc_ids) > 0 ? { for i, id in var.spoke_authorized_vpc_ids : tostring(i) => id } : {}

  zone_id = aws_route53_zone.spokes[0].zone_id
  vpc_id  = each.value
}

resource "aws_route53_record" "spokes" {
  count = length(var.spoke_vpc_ids) > 0 ? 1 : 0

  zone_id = aws_route53_zone.spokes[0].zone_id
  name    = "*.execute-api.${data.aws_region.current.region}.${data.aws_partition.current.dns_suffix}"
  type    = "A"

  alias {
    name                   = aws_vpc_endpoint.execute_api.dns_entry[0].dns_name
    zone_id                = aws_vpc_endpoint.execute_api.dns_entry[0].hosted_zone_id
    evaluate_target_health = true
  }
}
