resource "aws_api_gateway_rest_api" "this" {
  name = "orders"
  body = jsonencode({
    openapi = "3.0.3"
    info    = { title = "Orders", version = "1" }
    paths = {
      "/orders" = {
        get = {
          responses = { "200" = { description = "ok" } }
          x-amazon-apigateway-integration = {
            type       = "aws_proxy"
            httpMethod = "POST"
            uri        = aws_lambda_function.orders.invoke_arn
          }
        }
      }
    }
  })

  endpoint_configuration {
    types = ["REGIONAL"]
  }
}
