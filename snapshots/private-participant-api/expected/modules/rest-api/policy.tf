locals {
  # Requests are admitted only through these interface endpoints: the VPC's.
  allowed_vpc_endpoint_ids = var.vpc_endpoint_ids
}

# The canonical private API policy: allow Invoke, then deny every request that does not
# arrive through an allowed endpoint. A 403 "not authorized to access this resource"
# usually means the caller's endpoint is missing here.
data "aws_iam_policy_document" "api" {
  statement {
    sid       = "AllowInvoke"
    effect    = "Allow"
    actions   = ["execute-api:Invoke"]
    resources = ["execute-api:/*"]

    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }

  statement {
    sid       = "DenyOutsideAllowedEndpoints"
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
      values   = local.allowed_vpc_endpoint_ids
    }
  }
}

resource "aws_api_gateway_rest_api_policy" "this" {
  rest_api_id = aws_api_gateway_rest_api.this.id
  policy      = data.aws_iam_policy_document.api.json
}
