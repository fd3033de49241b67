# Consumer accounts reach the private custom domain through AWS RAM: they accept the share,
# then associate their own interface endpoint with the domain name (modules/consumer).
resource "aws_ram_resource_share" "domain" {
  name                      = "${var.name}-private-domain"
  allow_external_principals = var.ram_allow_external_principals

  tags = var.tags
}

resource "aws_ram_resource_association" "domain" {
  resource_arn       = aws_api_gateway_domain_name.this.arn
  resource_share_arn = aws_ram_resource_share.domain.arn
}

resource "aws_ram_principal_association" "consumers" {
  for_each = toset(var.consumer_account_ids)

  principal          = each.value
  resource_share_arn = aws_ram_resource_share.domain.arn
}
