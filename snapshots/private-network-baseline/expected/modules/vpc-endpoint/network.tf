# The VPC, read once: its DNS settings (checked before the endpoint is created) and its range.
# Network ACL for the endpoint subnets (opt-in): a second, stateless layer under the
# security group. Inbound 443 from the client ranges, outbound ephemeral ports back to
# them; the implicit final rule denies everything else.
data "aws_vpc" "this" {
  id = var.vpc_id
}

locals {
  # The VPC's own range stands in for clients admitted by security group (a network ACL
  # cannot reference security groups). Keys are static (the VPC's range is unknown at plan
  # time when the VPC is created in the same apply); each list has its own block of rule
  # numbers, so a range added at the end of a list changes no other rule (one inserted in
  # the middle renumbers those after it).
  nacl_rules = var.manage_network_acl ? merge(
    { vpc = { cidr = data.aws_vpc.this.cidr_block, number = 100 } },
    { for i, cidr in var.vpc_secondary_cidr_blocks : "vpc ${cidr}" => { cidr = cidr, number = 110 + i * 10 } },
    { for i, cidr in var.client_cidr_blocks : cidr => { cidr = cidr, number = 200 + i * 10 } },
    { for i, cidr in var.onprem_cidr_blocks : "onprem ${cidr}" => { cidr = cidr, number = 400 + i * 10 } },
  ) : {}
  # DNS from on premises to the Resolver inbound endpoint in these subnets: 53 in over UDP
  # and TCP, UDP answers out to the resolvers' ephemeral ports (TCP ones go out by the rule
  # above). CIDR → rule number.
  nacl_dns_rules = var.manage_network_acl ? {
    for i, cidr in var.onprem_cidr_blocks : cidr => { cidr = cidr, number = 600 + i * 10 }
  } : {}
}

resource "aws_network_acl" "endpoint" {
  count = var.manage_network_acl ? 1 : 0

  #checkov:skip=CKV2_AWS_1:Attached through subnet_ids = var.subnet_ids; the graph check cannot follow the count-conditional variable.
  vpc_id     = var.vpc_id
  subnet_ids = var.subnet_ids

  tags = merge(var.tags, { Name = "${var.name}-execute-api-endpoint" })
}

resource "aws_network_acl_rule" "https_in" {
  for_each = local.nacl_rules

  network_acl_id = aws_network_acl.endpoint[0].id
  rule_number    = each.value.number
  egress         = false
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = each.value.cidr
  from_port      = 443
  to_port        = 443
}

resource "aws_network_acl_rule" "ephemeral_out" {
  for_each = local.nacl_rules

  network_acl_id = aws_network_acl.endpoint[0].id
  rule_number    = each.value.number
  egress         = true
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = each.value.cidr
  from_port      = 1024
  to_port        = 65535
}

resource "aws_network_acl_rule" "dns_in_udp" {
  for_each = local.nacl_dns_rules

  network_acl_id = aws_network_acl.endpoint[0].id
  rule_number    = each.value.number
  egress         = false
  protocol       = "udp"
  rule_action    = "allow"
  cidr_block     = each.value.cidr
  from_port      = 53
  to_port        = 53
}

resource "aws_network_acl_rule" "dns_in_tcp" {
  for_each = local.nacl_dns_rules

  network_acl_id = aws_network_acl.endpoint[0].id
  rule_number    = each.value.number + 5
  egress         = false
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = each.value.cidr
  from_port      = 53
  to_port        = 53
}

resource "aws_network_acl_rule" "dns_answers_out_udp" {
  for_each = local.nacl_dns_rules

  network_acl_id = aws_network_acl.endpoint[0].id
  rule_number    = each.value.number
  egress         = true
  protocol       = "udp"
  rule_action    = "allow"
  cidr_block     = each.value.cidr
  from_port      = 1024
  to_port        = 65535
}

# Flow logs on the endpoint's network interfaces (not whole subnets): the first place to look
# when a call times out.
resource "aws_cloudwatch_log_group" "flow_logs" {
  count = var.enable_flow_logs ? 1 : 0

  name              = "/aws/vpc-flow-logs/${var.name}-execute-api"
  retention_in_days = var.log_retention_days
  kms_key_id        = var.log_kms_key_arn
  skip_destroy      = var.log_skip_destroy

  #checkov:skip=CKV_AWS_158:Customer-managed KMS encryption is opt-in through var.log_kms_key_arn; CloudWatch Logs encrypts at rest by default.
  tags = var.tags
}

data "aws_iam_policy_document" "flow_logs_assume" {
  count = var.enable_flow_logs ? 1 : 0

  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["vpc-flow-logs.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [data.aws_caller_identity.current.account_id]
    }
  }
}

data "aws_iam_policy_document" "flow_logs" {
  count = var.enable_flow_logs ? 1 : 0

  statement {
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"]
    resources = ["${aws_cloudwatch_log_group.flow_logs[0].arn}:*"]
  }
}

resource "aws_iam_role" "flow_logs" {
  count = var.enable_flow_logs ? 1 : 0

  name_prefix        = "${substr(var.name, 0, 20)}-flow-logs-"
  assume_role_policy = data.aws_iam_policy_document.flow_logs_assume[0].json

  tags = var.tags
}

resource "aws_iam_role_policy" "flow_logs" {
  count = var.enable_flow_logs ? 1 : 0

  name   = "write-flow-logs"
  role   = aws_iam_role.flow_logs[0].id
  policy = data.aws_iam_policy_document.flow_logs[0].json
}

resource "aws_flow_log" "endpoint" {
  # One per network interface, one interface per subnet: the count is known at plan time even
  # when the subnets are created in the same apply.
  count = var.enable_flow_logs ? length(var.subnet_ids) : 0

  eni_id               = sort(aws_vpc_endpoint.execute_api.network_interface_ids)[count.index]
  traffic_type         = "ALL"
  log_destination_type = "cloud-watch-logs"
  log_destination      = aws_cloudwatch_log_group.flow_logs[0].arn
  iam_role_arn         = aws_iam_role.flow_logs[0].arn

  tags = var.tags
}
