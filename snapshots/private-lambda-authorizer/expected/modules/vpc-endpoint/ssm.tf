# What every API root in the VPC takes from this baseline, published as SSM parameters under
# ssm_parameter_prefix for roots that read them (data "aws_ssm_parameter") instead of taking
# them as inputs. null: nothing published.
resource "aws_ssm_parameter" "baseline" {
  for_each = var.ssm_parameter_prefix == null ? {} : {
    "vpc-endpoint-id"            = aws_vpc_endpoint.execute_api.id
    "endpoint-security-group-id" = aws_security_group.endpoint.id
    "vpc-endpoint-dns-name"      = aws_vpc_endpoint.execute_api.dns_entry[0].dns_name
    "vpc-endpoint-zone-id"       = aws_vpc_endpoint.execute_api.dns_entry[0].hosted_zone_id
  }

  #checkov:skip=CKV2_AWS_34:Resource IDs and DNS names, not secrets: plain String parameters other roots read.
  name        = "${var.ssm_parameter_prefix}/${each.key}"
  description = "${each.key} of the VPC's execute-api endpoint (${var.name} network baseline)"
  type        = "String"
  value       = each.value

  tags = var.tags
}
