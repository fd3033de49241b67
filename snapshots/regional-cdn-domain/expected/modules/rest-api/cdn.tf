# Your own CloudFront distribution in front of the regional endpoint: caching, headers and
# edge security stay under your control (an edge-optimized endpoint hides its distribution).
data "aws_cloudfront_cache_policy" "disabled" {
  name = "Managed-CachingDisabled"
}

# Forwards everything but Host: API Gateway routes on its own host name.
data "aws_cloudfront_origin_request_policy" "all_viewer_except_host" {
  name = "Managed-AllViewerExceptHostHeader"
}

data "aws_cloudfront_response_headers_policy" "security_headers" {
  name = "Managed-SecurityHeadersPolicy"
}

# CloudFront only uses certificates from us-east-1.
resource "aws_acm_certificate" "this" {
  count    = var.create_certificate ? 1 : 0
  provider = aws.us_east_1

  domain_name       = var.domain_name
  validation_method = "DNS"

  tags = var.tags

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_route53_record" "certificate_validation" {
  # Keyed by the domain name, known at plan time (the validation options are not, until
  # the certificate exists).
  for_each = var.create_certificate ? toset([var.domain_name]) : toset([])

  zone_id         = var.hosted_zone_id
  name            = local.certificate_validation[each.key].resource_record_name
  type            = local.certificate_validation[each.key].resource_record_type
  records         = [local.certificate_validation[each.key].resource_record_value]
  ttl             = 300
  allow_overwrite = true
}

resource "aws_acm_certificate_validation" "this" {
  count    = var.create_certificate ? 1 : 0
  provider = aws.us_east_1

  certificate_arn         = aws_acm_certificate.this[0].arn
  validation_record_fqdns = [for record in aws_route53_record.certificate_validation : record.fqdn]
}

locals {
  # The DNS record ACM asks for, per domain name.
  certificate_validation = { for option in flatten(aws_acm_certificate.this[*].domain_validation_options) : option.domain_name => option }
  # The certificate the domain uses: the one issued here, or var.certificate_arn. A boolean
  # decides, not whether the ARN is null: an ARN from a resource of the same apply is unknown
  # at plan time, and count must be known then.
  certificate_arn = var.create_certificate ? one(aws_acm_certificate_validation.this[*].certificate_arn) : var.certificate_arn
}

resource "aws_cloudfront_distribution" "this" {
  enabled         = true
  comment         = "${var.name} API"
  is_ipv6_enabled = true
  price_class     = var.cloudfront_price_class
  aliases         = [var.domain_name]
  web_acl_id      = aws_wafv2_web_acl.cloudfront.arn

  #checkov:skip=CKV_AWS_86:Standard logs go to an S3 bucket of yours: set cloudfront_log_bucket (the stage's access log records every request meanwhile).
  #checkov:skip=CKV_AWS_310:An API has one origin; there is no second origin to fail over to.
  #checkov:skip=CKV_AWS_374:Geo restriction is a business decision, not a default.
  #checkov:skip=CKV_AWS_305:A default root object applies to websites, not APIs.
  origin {
    origin_id   = "api-gateway"
    domain_name = "${aws_api_gateway_rest_api.this.id}.execute-api.${data.aws_region.current.region}.${data.aws_partition.current.dns_suffix}"
    origin_path = "/${aws_api_gateway_stage.this.stage_name}"

    # The secret the stage's web ACL checks: requests that did not come through here are blocked.
    custom_header {
      name  = "x-origin-verify"
      value = var.origin_verify_secret
    }
    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "https-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }

  default_cache_behavior {
    target_origin_id           = "api-gateway"
    viewer_protocol_policy     = "https-only"
    allowed_methods            = ["GET", "HEAD", "OPTIONS", "PUT", "POST", "PATCH", "DELETE"]
    cached_methods             = ["GET", "HEAD"]
    cache_policy_id            = data.aws_cloudfront_cache_policy.disabled.id
    origin_request_policy_id   = data.aws_cloudfront_origin_request_policy.all_viewer_except_host.id
    response_headers_policy_id = data.aws_cloudfront_response_headers_policy.security_headers.id
    # No compress: with caching disabled CloudFront compresses nothing (the cache policy decides
    # Accept-Encoding); compress in the backend if responses are large.
  }

  dynamic "logging_config" {
    for_each = var.cloudfront_log_bucket == null ? [] : [var.cloudfront_log_bucket]

    content {
      bucket          = logging_config.value
      prefix          = "${var.name}/"
      include_cookies = false
    }
  }

  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }

  viewer_certificate {
    acm_certificate_arn      = local.certificate_arn
    ssl_support_method       = "sni-only"
    minimum_protocol_version = "TLSv1.2_2021"
  }

  tags = var.tags
}

# A and AAAA: the distribution serves IPv6 too (is_ipv6_enabled), so IPv6 clients get it by name.
resource "aws_route53_record" "api" {
  for_each = toset(["A", "AAAA"])

  zone_id = var.hosted_zone_id
  name    = var.domain_name
  type    = each.value

  alias {
    name                   = aws_cloudfront_distribution.this.domain_name
    zone_id                = aws_cloudfront_distribution.this.hosted_zone_id
    evaluate_target_health = false
  }
}
