resource "aws_cloudfront_distribution" "this" {
  enabled = true
  origin {
    origin_id   = "api"
    domain_name = "${aws_api_gateway_rest_api.this.id}.execute-api.eu-west-1.amazonaws.com"
    custom_header {
      name  = "x-origin-verify"
      value = var.secret
    }
  }
}
