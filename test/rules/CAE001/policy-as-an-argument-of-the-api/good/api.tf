# the orders API
resource "aws_api_gateway_rest_api" "this" {
  name   = "orders"
  policy = data.aws_iam_policy_document.api.json
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
