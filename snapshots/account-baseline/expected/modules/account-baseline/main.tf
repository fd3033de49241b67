# Once per AWS account and Region: the IAM role API Gateway uses to write access and
# execution logs to CloudWatch Logs, set as the account's API Gateway setting. Every API in
# the account and Region shares it; apply this in exactly one root module per account and
# Region (the first API's, or a platform baseline), and leave it out of every other.

data "aws_partition" "current" {}

data "aws_iam_policy_document" "assume" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["apigateway.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "cloudwatch" {
  name_prefix        = "api-gateway-cloudwatch-"
  description        = "API Gateway writes access and execution logs to CloudWatch Logs with this role (account setting)."
  assume_role_policy = data.aws_iam_policy_document.assume.json

  tags = var.tags
}

resource "aws_iam_role_policy_attachment" "cloudwatch" {
  role       = aws_iam_role.cloudwatch.name
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs"
}

resource "aws_api_gateway_account" "this" {
  cloudwatch_role_arn = aws_iam_role.cloudwatch.arn

  # API Gateway checks that the role can write to CloudWatch Logs when the setting is made:
  # attach the policy first.
  depends_on = [aws_iam_role_policy_attachment.cloudwatch]

  # Destroying this resets the setting for every API in the account and Region, and their
  # stages stop logging. To hand it to another stack, `terraform state rm` it here first.
  lifecycle {
    prevent_destroy = true
  }
}
