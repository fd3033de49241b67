provider "aws" {
  region = "eu-west-1"
}

resource "aws_vpc_endpoint" "execute_api" {
  vpc_id              = var.vpc_id
  service_name        = "com.amazonaws.${var.region}.execute-api"
  vpc_endpoint_type   = "Interface"
  private_dns_enabled = true
  subnet_ids          = [aws_subnet.a.id, aws_subnet.b.id]
  security_group_ids  = [var.endpoint_sg_id]
}
