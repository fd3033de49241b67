output "vpc_endpoint_id" {
  description = "Send this to the API owner: it goes into their consumer_vpc_endpoint_ids."
  value       = local.vpc_endpoint_id
}

output "vpc_endpoint_dns_names" {
  description = "DNS names of the consumer interface endpoint (empty when an existing one is reused)."
  value       = flatten(aws_vpc_endpoint.execute_api[*].dns_entry[*].dns_name)
}

output "private_hosted_zone_id" {
  description = "The private hosted zone that resolves the domain in this VPC (created here, or private_zone_id)."
  value       = local.private_zone_id
}
