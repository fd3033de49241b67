resource "aws_vpc_endpoint" "execute_api" {
  vpc_id              = var.vpc_id
  service_name        = "com.amazonaws.eu-west-1.execute-api"
  vpc_endpoint_type   = "Interface"
  private_dns_enabled = true
  subnet_ids          = ["subnet-0a1b2c3d", "subnet-0d4e5f6a"]
  security_group_ids  = [var.sg]
}
resource "aws_route53_zone" "internal" {
  name = "internal.example.com"
  vpc {
    vpc_id = var.other_vpc_id
  }
}

resource "aws_route53_record" "api" {
  zone_id = aws_route53_zone.internal.zone_id
  name    = "api.internal.example.com"
  type    = "A"
  alias {
    name                   = aws_vpc_endpoint.execute_api.dns_entry[0].dns_name
    zone_id                = aws_vpc_endpoint.execute_api.dns_entry[0].hosted_zone_id
    evaluate_target_health = false
  }
}

resource "aws_route53_zone_association" "callers" {
  zone_id = aws_route53_zone.internal.zone_id
  vpc_id  = var.vpc_id
}
