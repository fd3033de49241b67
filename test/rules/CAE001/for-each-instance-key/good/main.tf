provider "aws" {
  region = "eu-west-1"
}

resource "aws_api_gateway_rest_api" "this" {
  for_each = toset(["orders"])

  name = each.key

  endpoint_configuration {
    types = ["PRIVATE"]
  }
}

data "aws_iam_policy_document" "api" {
  statement {
    effect    = "Allow"
    actions   = ["execute-api:Invoke"]
    resources = ["execute-api:/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
  statement {
    effect    = "Deny"
    actions   = ["execute-api:Invoke"]
    resources = ["execute-api:/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "StringNotEquals"
      variable = "aws:SourceVpce"
      values   = [var.vpce_id]
    }
  }
}

resource "aws_api_gateway_rest_api_policy" "this" {
  for_each = aws_api_gateway_rest_api.this

  rest_api_id = aws_api_gateway_rest_api.this[each.key].id
  policy      = data.aws_iam_policy_document.api.json
}
