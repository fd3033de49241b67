resource "aws_network_acl" "endpoint" {
  vpc_id = var.vpc_id
}

resource "aws_network_acl_rule" "https_in" {
  network_acl_id = aws_network_acl.endpoint.id
  rule_number    = 100
  egress         = false
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = "192.168.0.0/16"
  from_port      = 443
  to_port        = 443
}

resource "aws_network_acl_rule" "ephemeral_out" {
  network_acl_id = aws_network_acl.endpoint.id
  rule_number    = 100
  egress         = true
  protocol       = "-1"
  rule_action    = "allow"
  cidr_block     = "192.168.0.0/16"
}

resource "aws_route53_resolver_endpoint" "inbound" {
  direction          = "INBOUND"
  security_group_ids = [var.sg]
  ip_address {
    subnet_id = var.subnet_a
  }
  ip_address {
    subnet_id = var.subnet_b
  }
}

