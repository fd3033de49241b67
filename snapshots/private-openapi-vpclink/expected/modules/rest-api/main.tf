data "aws_region" "current" {}

# The partition's DNS suffix (amazonaws.com, amazonaws.com.cn …) in the API's own host names.
data "aws_partition" "current" {}

# create-api-endpoint:ignore CAE018 Private DNS is off by choice (--no-private-dns): callers use the endpoint-specific host names (README: Calling the API).
resource "aws_api_gateway_rest_api" "this" {
  name        = var.name
  description = var.description

  # The API is your OpenAPI document, with what only Terraform knows filled in (openapi.tf).
  # overwrite: an operation removed from the document is removed from the API; the body
  # carries the endpoint configuration and the resource policy, so the import keeps them.
  body              = local.openapi_body
  put_rest_api_mode = "overwrite"

  endpoint_configuration {
    types = ["PRIVATE"]
    # Associating an endpoint creates the {api-id}-{vpce-id}.execute-api alias host name, which
    # resolves with or without private DNS.
    vpc_endpoint_ids = local.allowed_vpc_endpoint_ids
  }

  tags = var.tags

  lifecycle {
    # A replacement API (new ID, new URL) exists before the old one is deleted.
    create_before_destroy = true
  }
}

# One VPC link V2 serves every API whose load balancers are in this VPC: the next API passes
# this module's vpc_link_id output (--vpc-link-id) instead of creating another.
# The link's subnets: the first names the VPC; their Availability Zones are checked (network
# interfaces in one zone are a single point of failure for every API behind the link).
data "aws_subnet" "vpc_link" {
  count = length(var.vpc_link_subnet_ids)

  id = var.vpc_link_subnet_ids[count.index]
}

data "aws_vpc" "vpc_link" {
  id = data.aws_subnet.vpc_link[0].vpc_id
}

locals {
  # The listener port: the URL's explicit port, else 443 for https and 80 for http.
  backend_port = try(tonumber(regex("^https?://[^/:]+:([0-9]+)$", var.backend_url)[0]), startswith(var.backend_url, "https://") ? 443 : 80)
}

resource "aws_security_group" "vpc_link" {
  name_prefix = "${var.name}-vpc-link-"
  description = "Network interfaces of the VPC link of ${var.name}: out to the load balancer listener only"
  vpc_id      = data.aws_subnet.vpc_link[0].vpc_id

  tags = merge(var.tags, { Name = "${var.name}-vpc-link" })

  lifecycle {
    create_before_destroy = true
  }
}

# Out to the listener port inside the VPC's primary range only (a load balancer in a
# secondary range needs a rule of your own). No ingress: the link only opens connections.
resource "aws_vpc_security_group_egress_rule" "vpc_link_to_listener" {
  security_group_id = aws_security_group.vpc_link.id
  description       = "To the load balancer listener"
  cidr_ipv4         = data.aws_vpc.vpc_link.cidr_block
  ip_protocol       = "tcp"
  from_port         = local.backend_port
  to_port           = local.backend_port
}

resource "aws_apigatewayv2_vpc_link" "this" {
  name               = "${var.name}-backend"
  subnet_ids         = var.vpc_link_subnet_ids
  security_group_ids = [aws_security_group.vpc_link.id]

  tags = var.tags

  lifecycle {
    precondition {
      condition     = length(distinct([for s in data.aws_subnet.vpc_link : s.availability_zone])) >= 2
      error_message = "The VPC link's subnets are all in one Availability Zone: if it fails, every API behind the link is unreachable. Give vpc_link_subnet_ids in at least two Availability Zones."
    }
  }
}
