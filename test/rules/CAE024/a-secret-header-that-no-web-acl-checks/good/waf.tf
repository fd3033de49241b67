resource "aws_wafv2_web_acl" "api" {
  name  = "api"
  scope = "REGIONAL"
  default_action {
    allow {}
  }
  rule {
    name     = "only-cloudfront"
    priority = 0
    action {
      block {}
    }
    statement {
      not_statement {
        statement {
          byte_match_statement {
            search_string         = var.secret
            positional_constraint = "EXACTLY"
            field_to_match {
              single_header {
                name = "x-origin-verify"
              }
            }
            text_transformation {
              priority = 0
              type     = "NONE"
            }
          }
        }
      }
    }
    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "o"
      sampled_requests_enabled   = true
    }
  }
  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "api"
    sampled_requests_enabled   = true
  }
}
