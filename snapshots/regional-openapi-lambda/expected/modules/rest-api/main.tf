resource "aws_api_gateway_rest_api" "this" {
  name        = var.name
  description = var.description

  # The API is your OpenAPI document, with what only Terraform knows filled in (openapi.tf).
  # overwrite: an operation removed from the document is removed from the API; the body
  # carries everything the API defines, so the import keeps it whole.
  body              = local.openapi_body
  put_rest_api_mode = "overwrite"

  endpoint_configuration {
    types = ["REGIONAL"]
  }

  tags = var.tags

  lifecycle {
    # A replacement API (new ID, new URL) exists before the old one is deleted.
    create_before_destroy = true
  }
}

data "aws_lambda_function" "backend" {
  function_name = var.lambda_function_name
}
