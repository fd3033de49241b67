# This API's callers, admitted by this API's own root on 443 in the security group of the VPC's
# shared execute-api endpoint (endpoint_security_group_id, an output of the network baseline):
# no team edits another team's root, and destroying this API removes only its own rules.
resource "aws_vpc_security_group_ingress_rule" "endpoint_clients" {
  # Keyed by position: IDs of security groups created in the same apply are unknown at plan time.
  for_each = { for i, id in var.client_security_group_ids : tostring(i) => id }

  security_group_id            = var.endpoint_security_group_id
  description                  = "HTTPS to the execute-api endpoint from ${var.name} clients ${each.value}"
  referenced_security_group_id = each.value
  ip_protocol                  = "tcp"
  from_port                    = 443
  to_port                      = 443

  tags = var.tags
}
