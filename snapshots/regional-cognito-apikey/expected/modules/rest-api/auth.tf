# Who may call: people signed in to your apps, with an ID or access token of these Cognito user
# pools in the Authorization header. 401 without a token; 403 when the token is from another
# pool, has expired, or (access tokens) lacks a scope the method requires.
resource "aws_api_gateway_authorizer" "this" {
  name            = "${var.name}-cognito"
  rest_api_id     = aws_api_gateway_rest_api.this.id
  type            = "COGNITO_USER_POOLS"
  provider_arns   = var.cognito_user_pool_arns
  identity_source = "method.request.header.Authorization"
}

# API keys identify and meter callers; they do not authenticate them (a key travels in every
# request). One key per client (api_key_clients), all in one usage plan that caps each key's
# rate, burst and daily quota. A call without a key of the plan gets 403 Forbidden; past the
# quota, 429 Too Many Requests. The keys' values are in the Terraform state.
resource "aws_api_gateway_usage_plan" "this" {
  name        = "${var.name}-clients"
  description = "Per-client limits of ${var.name}"

  api_stages {
    api_id = aws_api_gateway_rest_api.this.id
    stage  = aws_api_gateway_stage.this.stage_name
  }

  throttle_settings {
    rate_limit  = var.api_key_rate_limit
    burst_limit = var.api_key_burst_limit
  }

  quota_settings {
    limit  = var.api_key_quota_per_day
    period = "DAY"
  }

  tags = var.tags
}

resource "aws_api_gateway_api_key" "this" {
  for_each = toset(var.api_key_clients)

  name        = "${var.name}-${each.key}"
  description = "API key of client ${each.key} for ${var.name}"

  tags = var.tags
}

resource "aws_api_gateway_usage_plan_key" "this" {
  for_each = aws_api_gateway_api_key.this

  key_id        = each.value.id
  key_type      = "API_KEY"
  usage_plan_id = aws_api_gateway_usage_plan.this.id
}
