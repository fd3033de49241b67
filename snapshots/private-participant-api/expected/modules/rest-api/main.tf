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

data "aws_lambda_function" "backend" {
  function_name = var.lambda_function_name
}

resource "aws_api_gateway_integration" "this" {
  rest_api_id = aws_api_gateway_rest_api.this.id
  resource_id = aws_api_gateway_resource.this.id
  http_method = aws_api_gateway_method.this.http_method
  type        = "AWS_PROXY"
  # Lambda proxy integrations are always invoked with POST, whatever the client's method.
  integration_http_method = "POST"
  uri                     = data.aws_lambda_function.backend.invoke_arn
}

resource "aws_lambda_permission" "api_gateway" {
  statement_id  = "AllowInvokeFromApiGateway-${var.name}"
  action        = "lambda:InvokeFunction"
  function_name = data.aws_lambda_function.backend.function_name
  principal     = "apigateway.amazonaws.com"
  # Any stage and method of this API only.
  source_arn = "${aws_api_gateway_rest_api.this.execution_arn}/*/*"
}
