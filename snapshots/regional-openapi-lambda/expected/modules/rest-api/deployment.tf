resource "aws_api_gateway_deployment" "this" {
  rest_api_id = aws_api_gateway_rest_api.this.id
  description = "Managed by Terraform"

  # A deployment is a snapshot: API Gateway serves a changed document only after a
  # new deployment. The body is the whole API (operations, integrations, validators), so its hash redeploys on any change to them.
  triggers = {
    redeployment = sha1(aws_api_gateway_rest_api.this.body)
  }

  lifecycle {
    # The stage points at the new deployment before the old one is deleted.
    create_before_destroy = true
  }

  depends_on = [aws_lambda_permission.api_gateway]
}

# create-api-endpoint:ignore CAE019 The account-wide CloudWatch role is set once per account and Region, outside this module (README: --account-baseline).
resource "aws_api_gateway_stage" "this" {
  rest_api_id          = aws_api_gateway_rest_api.this.id
  deployment_id        = aws_api_gateway_deployment.this.id
  stage_name           = var.stage_name
  xray_tracing_enabled = var.xray_tracing_enabled

  #checkov:skip=CKV_AWS_120:Response caching is off by default for APIs: it costs per hour and serves stale data unless designed for.
  #checkov:skip=CKV2_AWS_51:Client certificates authenticate API Gateway to an HTTP backend; callers authenticate with the OpenAPI document's security schemes.
  #checkov:skip=CKV2_AWS_77:Log4j payloads are blocked by AWSManagedRulesKnownBadInputsRuleSet; AWSManagedRulesAnonymousIpList is left out because its hosting-provider rule blocks server-to-server callers in the cloud.
  access_log_settings {
    destination_arn = aws_cloudwatch_log_group.access.arn
    format = jsonencode({
      requestId          = "$context.requestId"
      extendedRequestId  = "$context.extendedRequestId"
      requestTime        = "$context.requestTime"
      httpMethod         = "$context.httpMethod"
      resourcePath       = "$context.resourcePath"
      status             = "$context.status"
      responseLength     = "$context.responseLength"
      integrationStatus  = "$context.integrationStatus"
      integrationLatency = "$context.integrationLatency"
      sourceIp           = "$context.identity.sourceIp"
      userAgent          = "$context.identity.userAgent"
      errorMessage       = "$context.error.message"
      wafResponse        = "$context.wafResponseCode"
    })
  }

  tags = var.tags

  lifecycle {
    # Created only once the account has its logging role (the reference orders it after the
    # account baseline, without deferring the rest of the module to apply time as a
    # depends_on on the whole module would).
    precondition {
      condition     = var.account_logging_role_arn == null || var.account_logging_role_arn != ""
      error_message = "account_logging_role_arn is empty: pass module.account's cloudwatch_role_arn output, or null when the account already has a logging role."
    }
  }

  # API Gateway creates the execution log group on first use, with no expiry, unless it exists.
  depends_on = [aws_cloudwatch_log_group.execution]
}

# create-api-endpoint:ignore CAE019 The account-wide CloudWatch role is set once per account and Region, outside this module (README: --account-baseline).
resource "aws_api_gateway_method_settings" "all" {
  rest_api_id = aws_api_gateway_rest_api.this.id
  stage_name  = aws_api_gateway_stage.this.stage_name
  method_path = "*/*"

  #checkov:skip=CKV_AWS_225:Response caching is off by default for APIs (see the stage).
  settings {
    metrics_enabled        = true
    logging_level          = var.execution_logging_level
    data_trace_enabled     = false # full request/response bodies in logs would leak payloads
    throttling_rate_limit  = var.throttling_rate_limit
    throttling_burst_limit = var.throttling_burst_limit
    caching_enabled        = false
    cache_data_encrypted   = true
  }
}
