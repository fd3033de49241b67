# The custom domain's certificate: an existing one (var.certificate_arn), or a public one
# issued here and validated through DNS in the public hosted zone.
resource "aws_acm_certificate" "this" {
  count = var.create_certificate ? 1 : 0

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
  count = var.create_certificate ? 1 : 0

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

resource "aws_api_gateway_domain_name" "this" {
  domain_name              = var.domain_name
  regional_certificate_arn = local.certificate_arn
  security_policy          = "TLS_1_2"
  # Needed when the certificate above is imported or from a private CA (null with a public ACM one).
  ownership_verification_certificate_arn = var.mtls_ownership_verification_certificate_arn

  # Mutual TLS: clients present a certificate that chains to a CA of the truststore. The
  # version is pinned; a new bundle is a new version here (rotate by adding the new CA first,
  # then removing the old one once no client uses it). The API's default endpoint is off
  # (main.tf), or callers would go around this check.
  mutual_tls_authentication {
    truststore_uri     = var.mtls_truststore_uri
    truststore_version = var.mtls_truststore_version
  }

  endpoint_configuration {
    types = ["REGIONAL"]
  }

  tags = var.tags

  lifecycle {
    precondition {
      condition     = var.create_certificate || var.certificate_arn != null
      error_message = "With create_certificate = false, give certificate_arn: an ACM certificate for ${var.domain_name} in the API's Region."
    }
  }
}

resource "aws_api_gateway_base_path_mapping" "this" {
  api_id      = aws_api_gateway_rest_api.this.id
  stage_name  = aws_api_gateway_stage.this.stage_name
  domain_name = aws_api_gateway_domain_name.this.domain_name
}

resource "aws_route53_record" "api" {
  zone_id = var.hosted_zone_id
  name    = aws_api_gateway_domain_name.this.domain_name
  type    = "A"

  alias {
    name                   = aws_api_gateway_domain_name.this.regional_domain_name
    zone_id                = aws_api_gateway_domain_name.this.regional_zone_id
    evaluate_target_health = false
  }
}
