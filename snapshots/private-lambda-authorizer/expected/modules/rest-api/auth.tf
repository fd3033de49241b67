# Who may call: whoever the authorizer function allows. API Gateway passes it the Authorization
# header and caches its answer per token (authorizer_result_ttl_in_seconds): a revoked token is
# honoured until its cached answer expires.
data "aws_lambda_function" "authorizer" {
  function_name = var.authorizer_function_name
}

resource "aws_api_gateway_authorizer" "this" {
  name                             = "${var.name}-authorizer"
  rest_api_id                      = aws_api_gateway_rest_api.this.id
  type                             = "TOKEN"
  authorizer_uri                   = data.aws_lambda_function.authorizer.invoke_arn
  identity_source                  = "method.request.header.Authorization"
  authorizer_result_ttl_in_seconds = var.authorizer_result_ttl_in_seconds
}

resource "aws_lambda_permission" "authorizer" {
  statement_id  = "AllowAuthorizer-${var.name}"
  action        = "lambda:InvokeFunction"
  function_name = data.aws_lambda_function.authorizer.function_name
  principal     = "apigateway.amazonaws.com"
  # This authorizer only, not the whole API.
  source_arn = "${aws_api_gateway_rest_api.this.execution_arn}/authorizers/${aws_api_gateway_authorizer.this.id}"
}
