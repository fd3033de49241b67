resource "aws_cloudwatch_log_group" "access" {
  name              = "/aws/apigateway/${var.name}/${var.stage_name}/access"
  retention_in_days = var.log_retention_days
  kms_key_id        = var.log_kms_key_arn
  skip_destroy      = var.log_skip_destroy

  #checkov:skip=CKV_AWS_158:Customer-managed KMS encryption is opt-in through var.log_kms_key_arn; CloudWatch Logs encrypts at rest by default.
  tags = var.tags
}

# The name API Gateway writes execution logs to. Creating it here sets its retention and
# lets Terraform remove it with the API.
resource "aws_cloudwatch_log_group" "execution" {
  name              = "API-Gateway-Execution-Logs_${aws_api_gateway_rest_api.this.id}/${var.stage_name}"
  retention_in_days = var.log_retention_days
  kms_key_id        = var.log_kms_key_arn
  skip_destroy      = var.log_skip_destroy

  #checkov:skip=CKV_AWS_158:Customer-managed KMS encryption is opt-in through var.log_kms_key_arn; CloudWatch Logs encrypts at rest by default.
  tags = var.tags
}

locals {
  alarm_actions = var.alarm_sns_topic_arn == null ? [] : [var.alarm_sns_topic_arn]
}

# A burst of 4XX (403 above all) is the first sign of a misconfigured resource policy,
# endpoint or client: see TROUBLESHOOTING.md.
resource "aws_cloudwatch_metric_alarm" "client_errors" {
  alarm_name          = "${var.name}-${var.stage_name}-4xx"
  alarm_description   = "${var.name} returned ${var.alarm_4xx_threshold} or more 4XX responses in 5 minutes (403: policy, endpoint). See TROUBLESHOOTING.md."
  namespace           = "AWS/ApiGateway"
  metric_name         = "4XXError"
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = var.alarm_4xx_threshold
  comparison_operator = "GreaterThanOrEqualToThreshold"
  treat_missing_data  = "notBreaching"
  alarm_actions       = local.alarm_actions
  ok_actions          = local.alarm_actions

  dimensions = {
    ApiName = aws_api_gateway_rest_api.this.name
    Stage   = aws_api_gateway_stage.this.stage_name
  }

  tags = var.tags
}

resource "aws_cloudwatch_metric_alarm" "server_errors" {
  alarm_name          = "${var.name}-${var.stage_name}-5xx"
  alarm_description   = "${var.name} returned ${var.alarm_5xx_threshold} or more 5XX responses in 5 minutes. See TROUBLESHOOTING.md."
  namespace           = "AWS/ApiGateway"
  metric_name         = "5XXError"
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = var.alarm_5xx_threshold
  comparison_operator = "GreaterThanOrEqualToThreshold"
  treat_missing_data  = "notBreaching"
  alarm_actions       = local.alarm_actions
  ok_actions          = local.alarm_actions

  dimensions = {
    ApiName = aws_api_gateway_rest_api.this.name
    Stage   = aws_api_gateway_stage.this.stage_name
  }

  tags = var.tags
}

resource "aws_cloudwatch_metric_alarm" "latency" {
  alarm_name          = "${var.name}-${var.stage_name}-latency-p99"
  alarm_description   = "${var.name} p99 latency above ${var.alarm_latency_p99_ms} ms for 15 minutes."
  namespace           = "AWS/ApiGateway"
  metric_name         = "Latency"
  extended_statistic  = "p99"
  period              = 300
  evaluation_periods  = 3
  threshold           = var.alarm_latency_p99_ms
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  alarm_actions       = local.alarm_actions
  ok_actions          = local.alarm_actions

  dimensions = {
    ApiName = aws_api_gateway_rest_api.this.name
    Stage   = aws_api_gateway_stage.this.stage_name
  }

  tags = var.tags
}
