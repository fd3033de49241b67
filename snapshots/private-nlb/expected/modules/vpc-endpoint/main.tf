# The VPC's network baseline for private APIs, created once per VPC: the execute-api interface
# endpoint (only one with private DNS can exist in a VPC), its security group and policy, flow
# logs on its network interfaces, an optional network ACL. Every private API in the VPC takes its
# vpc_endpoint_id; the next API's root passes it with --vpc-endpoint-id instead of creating one.

data "aws_region" "current" {}

# The partition's DNS suffix (amazonaws.com, amazonaws.com.cn …) names the execute-api zone.
data "aws_partition" "current" {}

data "aws_caller_identity" "current" {}

resource "aws_security_group" "endpoint" {
  name_prefix = "${var.name}-execute-api-"
  description = "HTTPS from approved clients to the execute-api interface endpoint of ${var.name}"
  vpc_id      = var.vpc_id

  tags = merge(var.tags, { Name = "${var.name}-execute-api-endpoint" })

  lifecycle {
    create_before_destroy = true
  }
}

# Clients are admitted by security group reference where possible: the rule follows them
# as their addresses change. No egress rules: the endpoint only answers connections.
resource "aws_vpc_security_group_ingress_rule" "endpoint_from_security_groups" {
  # Keyed by position, not by ID: a caller may pass security groups created in the same apply,
  # whose IDs are unknown at plan time (for_each keys must be known then).
  for_each = { for i, id in var.client_security_group_ids : tostring(i) => id }

  security_group_id            = aws_security_group.endpoint.id
  description                  = "HTTPS from client security group ${each.value}"
  referenced_security_group_id = each.value
  ip_protocol                  = "tcp"
  from_port                    = 443
  to_port                      = 443
}

resource "aws_vpc_security_group_ingress_rule" "endpoint_from_cidrs" {
  for_each = local.endpoint_client_cidrs

  security_group_id = aws_security_group.endpoint.id
  description       = "HTTPS from ${each.value} ${each.key}"
  cidr_ipv4         = each.key
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
}

locals {
  # CIDR → who it is, for rule descriptions.
  endpoint_client_cidrs = merge(
    { for cidr in var.client_cidr_blocks : cidr => "clients in" },
  )
}

# The endpoint policy: which APIs callers in this VPC may invoke through it. One endpoint
# serves every private API in the VPC (other teams' and other accounts' too), so the default
# allows every API and leaves the decision to each API's resource policy; narrow
# allowed_execute_api_arns to keep callers from reaching APIs outside your organisation.
data "aws_iam_policy_document" "endpoint" {
  #checkov:skip=CKV_AWS_111:An endpoint policy, not an identity policy: execute-api:Invoke on the APIs in allowed_execute_api_arns (every API by default, so the VPC's other private APIs keep working); each API's resource policy decides who gets in.
  #checkov:skip=CKV_AWS_356:Same: "*" is the default of allowed_execute_api_arns, narrowed per organisation.
  statement {
    sid       = "InvokeAllowedApis"
    effect    = "Allow"
    actions   = ["execute-api:Invoke"]
    resources = var.allowed_execute_api_arns

    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
}

resource "aws_vpc_endpoint" "execute_api" {
  vpc_id             = var.vpc_id
  service_name       = "com.amazonaws.${data.aws_region.current.region}.execute-api"
  vpc_endpoint_type  = "Interface"
  subnet_ids         = var.subnet_ids
  security_group_ids = [aws_security_group.endpoint.id]
  policy             = data.aws_iam_policy_document.endpoint.json
  # On: *.execute-api.{region}.amazonaws.com resolves to this endpoint inside the VPC, so the
  # standard invoke URL works — and public APIs can no longer be called from this VPC by their
  # default hostnames (they answer 403). Off: use the endpoint-specific hostname instead.
  private_dns_enabled = var.private_dns_enabled

  tags = merge(var.tags, { Name = "${var.name}-execute-api" })

  lifecycle {
    precondition {
      condition     = !var.private_dns_enabled || (data.aws_vpc.this.enable_dns_support && data.aws_vpc.this.enable_dns_hostnames)
      error_message = "Private DNS on the execute-api endpoint needs DNS support and DNS hostnames on VPC ${var.vpc_id}: turn both on (aws ec2 modify-vpc-attribute --vpc-id ${var.vpc_id} --enable-dns-support and --enable-dns-hostnames, or enable_dns_support and enable_dns_hostnames on the aws_vpc), or set private_dns_enabled = false."
    }
    precondition {
      condition     = length(distinct([for s in data.aws_subnet.endpoint : s.availability_zone])) >= 2
      error_message = "The endpoint's subnets are all in one Availability Zone: if it fails, every private API in the VPC is unreachable. Give subnets in at least two Availability Zones."
    }
  }
}

# The subnets' Availability Zones: two subnets in one zone are still a single point of failure.
data "aws_subnet" "endpoint" {
  count = length(var.subnet_ids)

  id = var.subnet_ids[count.index]
}

# PrivateLink publishes the endpoint's metrics every minute at no cost (AWS/PrivateLinkEndpoints).
# Packets dropped for 15 minutes running mean the endpoint or the service behind it is unhealthy
# — every private API in the VPC is affected. Clients refused by the security group or network
# ACL show in the flow logs (REJECT), not here.
resource "aws_cloudwatch_metric_alarm" "endpoint_packets_dropped" {
  alarm_name          = "${var.name}-execute-api-endpoint-packets-dropped"
  alarm_description   = "The execute-api interface endpoint ${aws_vpc_endpoint.execute_api.id} dropped packets for 15 minutes: every private API in VPC ${var.vpc_id} may be failing. See TROUBLESHOOTING.md."
  namespace           = "AWS/PrivateLinkEndpoints"
  metric_name         = "PacketsDropped"
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 3
  datapoints_to_alarm = 3
  threshold           = 0
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  alarm_actions       = var.alarm_sns_topic_arn == null ? [] : [var.alarm_sns_topic_arn]
  ok_actions          = var.alarm_sns_topic_arn == null ? [] : [var.alarm_sns_topic_arn]

  dimensions = {
    "Endpoint Type"   = "Interface"
    "Service Name"    = aws_vpc_endpoint.execute_api.service_name
    "VPC Endpoint Id" = aws_vpc_endpoint.execute_api.id
    "VPC Id"          = var.vpc_id
  }

  tags = var.tags
}
