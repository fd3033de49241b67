data "aws_region" "current" {}

# The partition's DNS suffix (amazonaws.com, amazonaws.com.cn …) in the API's own host names.
data "aws_partition" "current" {}

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
