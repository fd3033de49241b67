resource "aws_api_gateway_rest_api" "this" {
  name        = var.name
  description = var.description

  endpoint_configuration {
    types = ["REGIONAL"]
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
  connection_id           = var.vpc_link_id
  integration_target      = var.load_balancer_arn
  # With a TLS listener, this host name must match the listener certificate.
  uri                  = "${var.backend_url}/{proxy}"
  timeout_milliseconds = 29000

  request_parameters = {
    "integration.request.path.proxy" = "method.request.path.proxy"
  }
}
