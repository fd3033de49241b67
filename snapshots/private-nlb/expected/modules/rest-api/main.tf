data "aws_region" "current" {}

# The partition's DNS suffix (amazonaws.com, amazonaws.com.cn …) in the API's own host names.
data "aws_partition" "current" {}

# create-api-endpoint:ignore CAE018 Private DNS is off by choice (--no-private-dns): callers use the endpoint-specific host names (README: Calling the API).
resource "aws_api_gateway_rest_api" "this" {
  name        = var.name
  description = var.description

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

# Rejects requests whose required parameters are missing before they reach the backend.
resource "aws_api_gateway_request_validator" "this" {
  rest_api_id                 = aws_api_gateway_rest_api.this.id
  name                        = "validate-parameters-and-body"
  validate_request_parameters = true
  validate_request_body       = true
}

# One greedy resource forwards every path to the backend.
resource "aws_api_gateway_resource" "this" {
  rest_api_id = aws_api_gateway_rest_api.this.id
  parent_id   = aws_api_gateway_rest_api.this.root_resource_id
  path_part   = "{proxy+}"
}

resource "aws_api_gateway_method" "this" {
  rest_api_id          = aws_api_gateway_rest_api.this.id
  resource_id          = aws_api_gateway_resource.this.id
  http_method          = "ANY"
  authorization        = var.authorization
  request_validator_id = aws_api_gateway_request_validator.this.id

  request_parameters = {
    "method.request.path.proxy" = true
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

# Private integration through a VPC link V2 (AWS's recommendation for REST APIs; V1 is
# legacy): API Gateway places network interfaces in the load balancer's VPC and sends each
# request to the load balancer named by integration_target, with uri's host as the Host
# header. The load balancer sees the link's addresses, not the client's; use the access log's
# $context.identity.sourceIp to trace callers.
resource "aws_api_gateway_integration" "this" {
  rest_api_id             = aws_api_gateway_rest_api.this.id
  resource_id             = aws_api_gateway_resource.this.id
  http_method             = aws_api_gateway_method.this.http_method
  type                    = "HTTP_PROXY"
  integration_http_method = "ANY"
  connection_type         = "VPC_LINK"
  connection_id           = aws_apigatewayv2_vpc_link.this.id
  integration_target      = var.load_balancer_arn
  # With a TLS listener, this host name must match the listener certificate.
  uri                  = "${var.backend_url}/{proxy}"
  timeout_milliseconds = 29000

  request_parameters = {
    "integration.request.path.proxy" = "method.request.path.proxy"
  }
}
